package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The process that serves the shared H2 job repository to other processes waits for them before it closes it, but
 * only for those in the middle of a statement or a transaction (idle connections, like a scheduler's pool, reconnect
 * on their own), for a bounded time, saying what it waits for. The other process here is a real one: H2's shell,
 * connected through this process's server.
 */
class SharedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void itWaitsOnlyForOtherProcessesInTheMiddleOfSomethingAndNotLongerThanTheSetting() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Process other = null;
        try (Connection serving = dataSource.getConnection()) {
            serving.createStatement().execute("CREATE TABLE T (X INT)");
            other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.h2.tools.Shell", "-url", url, "-user", "sa",
                    "-password", "").redirectErrorStream(true).redirectOutput(dir.resolve("shell.log").toFile())
                    .start();
            awaitSessions(jdbc, "SERVER IS NOT NULL");
            SharedDatabase shared = new SharedDatabase(dataSource, url, Duration.ofSeconds(1), Duration.ofSeconds(3));
            String justActive = console(shared);
            Thread.sleep(3_500);

            String idle = console(shared);

            OutputStream shell = other.getOutputStream();
            shell.write("SET AUTOCOMMIT OFF;\nINSERT INTO T VALUES (1);\n".getBytes(StandardCharsets.UTF_8));
            shell.flush();
            awaitSessions(jdbc, "SERVER IS NOT NULL AND CONTAINS_UNCOMMITTED");
            String inTransaction = console(shared);

            assertThat(justActive).as("a connection that ran a statement a moment ago is waited for")
                    .contains(": active in the last 3 s]");
            assertThat(idle).as("an idle connection of another process is not waited for").isEmpty();
            assertThat(inTransaction.lines()).hasSize(2);
            assertThat(inTransaction).startsWith("Waiting up to 1 s (mep.repository.wait-for-others) for other"
                    + " processes using the job repository through this one")
                    .contains("1 connection(s) [from ").contains(": in a transaction]")
                    .contains("Stopped waiting after 1 s (mep.repository.wait-for-others): 1 connection(s) of other"
                            + " processes still [from ");
        } finally {
            if (other != null) {
                other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String console(SharedDatabase shared) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        shared.awaitOtherProcesses(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void awaitSessions(JdbcTemplate jdbc, String where) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Integer> n = jdbc.queryForList("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE " + where,
                    Integer.class);
            if (n.get(0) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no session where " + where);
    }
}
