package gov.nist.mep.impact.cli;

import java.io.PrintStream;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 job repository is shared between processes in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}
 * in the URL): the first process to open the file serves it to the others over a local socket. When that process
 * ends, the others would lose their connection in the middle of a transaction, so before it closes the database it
 * waits until no other process has a session open. PostgreSQL needs none of this.
 */
@Component
class SharedDatabase {

    private static final long POLL_MILLIS = 500;

    private final JdbcTemplate jdbc;
    private final boolean sharedH2;

    SharedDatabase(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = new JdbcTemplate(dataSource);
        String u = url.toUpperCase(Locale.ROOT);
        this.sharedH2 = u.startsWith("JDBC:H2:") && u.contains("AUTO_SERVER=TRUE");
    }

    /** Returns once no other process uses the database through this one; tells the user when it has to wait. */
    void awaitOtherProcesses(PrintStream out) throws InterruptedException {
        if (!sharedH2 || !servesOthers()) {
            return;
        }
        boolean told = false;
        for (int others = otherSessions(); others > 0; others = otherSessions()) {
            if (!told) {
                out.println("Waiting for the other process(es) using the job repository to finish: this process"
                        + " serves the database file to them (" + others + " connection(s) open).");
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** True when this process opened the database file itself (its own session came through no server). */
    private boolean servesOthers() {
        Boolean embedded = jdbc.queryForObject("SELECT SERVER IS NULL FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE SESSION_ID = SESSION_ID()", Boolean.class);
        return Boolean.TRUE.equals(embedded);
    }

    private int otherSessions() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL",
                Integer.class);
        return n == null ? 0 : n;
    }
}
