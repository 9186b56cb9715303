package gov.nist.mep.impact.jobs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A failure read back from the job repository gets the same one line as the live exception. */
class RecordedFailuresTest {

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Test
    void theLineFromTheRecordedTraceIsTheLiveOne() {
        Throwable live = new IllegalStateException("step failed", new java.io.UncheckedIOException("cannot write",
                new AccessDeniedException("/srv/out/rejects.csv")));
        Failures.Explained expected = Failures.explain(live, null);
        assertThat(expected.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);

        Failures.Explained recorded = RecordedFailures.explain(trace(live), null);

        assertThat(recorded).isEqualTo(expected);
        assertThat(recorded.line()).contains("cannot write /srv/out/rejects.csv: permission denied");
    }

    @Test
    void anUnknownExceptionClassStillGivesItsRootMessage() {
        String text = "com.example.Boom: outer\n\tat x.y(Z.java:1)\nCaused by: org.acme.Missing: center-financials.csv"
                + " line 3: a structural error\n\tat a.b(C.java:2)\n";
        Failures.Explained recorded = RecordedFailures.explain(text, null);
        assertThat(recorded.line()).isEqualTo("center-financials.csv line 3: a structural error");
        assertThat(recorded.exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void aDatabaseLockIsExplainedWithItsFix() {
        Throwable live = new RuntimeException(new SQLException("Database may be already in use: the file is locked"));
        assertThat(RecordedFailures.explain(trace(live), "jdbc:h2:file:/x").line())
                .isEqualTo(Failures.explain(live, "jdbc:h2:file:/x").line()).contains("AUTO_SERVER=TRUE");
    }

    @Test
    void noTextNoExplanation() {
        assertThat(RecordedFailures.explain("", null)).isNull();
        assertThat(RecordedFailures.explain(null, null)).isNull();
    }
}
