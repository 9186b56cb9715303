package gov.nist.mep.impact.jobs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.SetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure a user can cause becomes one line with its cause, its fix and the documented exit code. */
class FailuresTest {

    static final String URL = "jdbc:postgresql://db.example:5432/mep";

    @TempDir
    Path dir;

    private static Failures.Explained explain(Throwable t) {
        return Failures.explain(new IllegalStateException("Error creating bean with name 'jobRepository'", t), URL);
    }

    @Test
    void anUnreachableDatabaseServerNamesTheUrlAndTheSetting() {
        Failures.Explained x = explain(new RuntimeException("Connection to db.example:5432 refused.",
                new ConnectException("Connection refused")));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).startsWith("cannot reach the database server of " + URL)
                .contains("Connection refused").contains("SPRING_DATASOURCE_URL").doesNotContain("\n");
    }

    @Test
    void aUrlThatIsNoDatabaseIsAUsageError() {
        Failures.Explained x = Failures.explain(new IllegalArgumentException("'url' must start with \"jdbc\""),
                "foo:bar");

        assertThat(x.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(x.line()).contains("spring.datasource.url 'foo:bar'").contains("jdbc:postgresql://");
    }

    @Test
    void aLockedH2FileSaysHowToShareIt() {
        Failures.Explained x = explain(new RuntimeException("Database may be already in use: \"/x/db.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-240]"));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).contains("locked by another process").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void anH2FileBeingTakenOverIsAnEnvironmentFailureNotABadUrl() {
        // as CI saw it: H2's lock error under Spring Boot's failure to read the database's metadata
        Failures.Explained x = explain(new RuntimeException("Failed to determine DatabaseDriver",
                new RuntimeException("Error opening database: \"Lock file recently modified\" [8000-240]")));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).contains("taken over by another process").contains("run the same command again")
                .doesNotContain("is not a database this program can use");
    }

    @Test
    void aRefusedLoginNamesTheCredentialSettings() {
        Failures.Explained x = explain(new RuntimeException(
                "FATAL: password authentication failed for user \"mep\""));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).contains("refused the login").contains("spring.datasource.password");
    }

    @Test
    void aFullDiskSaysToFreeSpaceAndRerun() {
        Failures.Explained x = explain(new UncheckedIOException(new FileSystemException("/out/.rejects.csv.tmp",
                null, "No space left on device")));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).startsWith("the disk is full").contains("run the same command again");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() {
        Failures.Explained x = explain(new AccessDeniedException("/srv/out"));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).startsWith("cannot write /srv/out").contains("--output DIR");
    }

    @Test
    void aMissingTemplateNamesTheFolderOption() {
        Failures.Explained x = explain(new RuntimeException("template folder /t/annual-report does not exist"));
        Failures.Explained y = explain(new NoSuchFileException("/t/report-templates/annual-report/00-cover.md"));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).contains("/t/annual-report").contains("--templates DIR");
        assertThat(y.line()).contains("00-cover.md");
    }

    @Test
    void aSetupMistakeIsPrintedAsItIs() {
        Failures.Explained x = explain(new SetupException("the jobs folder /x does not exist: name an existing one"));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(x.line()).isEqualTo("the jobs folder /x does not exist: name an existing one");
    }

    @Test
    void anythingElseIsAFailureWithItsRootMessage() {
        Failures.Explained x = explain(new IllegalStateException("something unexpected"));

        assertThat(x.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(x.line()).isEqualTo("something unexpected");
    }

    @Test
    void theStackTraceGoesToTheLogFile() throws IOException {
        Path log = dir.resolve("logs/mep.log");

        assertThat(Failures.log(log, new IllegalStateException("boom", new ConnectException("refused")))).isTrue();

        assertThat(Files.readString(log)).contains("IllegalStateException: boom").contains("Caused by:")
                .contains("\tat ");
    }

    static final String OUT_OF_MEMORY = "the staging engine (DuckDB) ran out of the memory"
            + " mep.staging.memory-limit gives it (its own message is in the log file). Fix: raise"
            + " mep.staging.memory-limit (default 256MB), or lower mep.staging.threads, and run the same command again";

    /**
     * The staging engine out of its memory (a user can lower mep.staging.memory-limit): a real DuckDB error, from an
     * engine given 1 MB, is one line naming the setting, with the environment's exit code; another engine error
     * points at the setting only as a possibility.
     */
    @Test
    void theStagingEngineOutOfMemoryNamesItsMemorySetting() throws Exception {
        java.sql.SQLException outOfMemory = null;
        java.sql.SQLException other = null;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SET memory_limit = '1MB'");
            try {
                s.executeQuery("SELECT i % 1000003 AS k, string_agg(i::VARCHAR, ',') FROM range(2000000) t(i)"
                        + " GROUP BY k ORDER BY k").close();
            } catch (java.sql.SQLException e) {
                outOfMemory = e;
            }
            try (java.sql.Statement again = c.createStatement()) {
                again.executeQuery("SELECT * FROM no_such_table").close();
            } catch (java.sql.SQLException e) {
                other = e;
            }
        }
        assertThat((Throwable) outOfMemory).isNotNull();
        assertThat(outOfMemory.getMessage()).containsIgnoringCase("out of memory");
        Failures.Explained x = explain(new RuntimeException("StatementCallback; uncategorized SQLException",
                outOfMemory));
        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).isEqualTo(OUT_OF_MEMORY);

        assertThat((Throwable) other).isNotNull();
        Failures.Explained y = explain(other);
        assertThat(y.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(y.line()).contains("no_such_table").contains("if mep.staging.memory-limit is set below its"
                + " default (256MB), raise it");
    }

    /**
     * A query whose rows are streamed (as the staging engine's are) and that runs out of memory reaches the driver as
     * "Invalid result set", without the engine's message: a real one is explained as the memory setting.
     */
    @Test
    void aStreamedQueryThatFailsNamesTheMemorySetting() throws Exception {
        java.util.Properties streamed = new java.util.Properties();
        streamed.setProperty("jdbc_stream_results", "true");
        streamed.setProperty("threads", "1");
        streamed.setProperty("memory_limit", "1MB");
        java.sql.SQLException failed = null;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:", streamed);
                java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet rows = s.executeQuery("SELECT i % 1000003 AS k, string_agg(i::VARCHAR, ',')"
                    + " FROM range(2000000) t(i) GROUP BY k ORDER BY k")) {
                while (rows.next()) {
                    rows.getString(2);
                }
            } catch (java.sql.SQLException e) {
                failed = e;
            }
        }
        assertThat((Throwable) failed).isNotNull();
        assertThat(failed.getMessage()).as("the driver loses the engine's message").isEqualTo(
                "Invalid Input Error: Invalid result set");
        Failures.Explained x = explain(new RuntimeException("PreparedStatementCallback; uncategorized SQLException",
                failed));
        assertThat(x.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(x.line()).isEqualTo(OUT_OF_MEMORY);
    }

    /** An appender (ingest stages records with them) that runs out of memory says it in its own words. */
    @Test
    void anAppenderOutOfMemoryNamesTheMemorySetting() throws Exception {
        java.util.Properties tight = new java.util.Properties();
        tight.setProperty("threads", "1");
        tight.setProperty("memory_limit", "1MB");
        java.sql.SQLException failed = null;
        try (org.duckdb.DuckDBConnection c = (org.duckdb.DuckDBConnection) java.sql.DriverManager.getConnection(
                "jdbc:duckdb:", tight); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (k BIGINT, v VARCHAR)");
            try (var appender = c.createAppender("t")) {
                for (long i = 0; i < 2_000_000; i++) {
                    appender.beginRow();
                    appender.append(i);
                    appender.append("a value that is not inlined, number " + i);
                    appender.endRow();
                }
            } catch (java.sql.SQLException e) {
                failed = e;
            }
        }
        assertThat((Throwable) failed).isNotNull();
        assertThat(failed.getMessage()).doesNotContainIgnoringCase("out of memory");
        assertThat(explain(failed).line()).isEqualTo(OUT_OF_MEMORY);
    }
}
