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
}
