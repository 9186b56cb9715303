package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.support.BuiltInFolders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The templates check of a job's start: which reports a job checks, and the shipped templates pass it. */
class ReportTemplatesCheckTest {

    private static ReportRenderers renderers(Path templates) {
        return new ReportRenderers(new ReportSettings(templates.toAbsolutePath().toString()), ProgramRules.defaults(),
                OversightThresholds.defaults());
    }

    @Test
    void theProjectsAndTheBuiltInTemplatesHaveNoProblem() {
        for (Path templates : List.of(Path.of("report-templates"),
                BuiltInFolders.builtIn(BuiltInFolders.REPORT_TEMPLATES))) {
            assertThat(renderers(templates).checkTemplates(ReportRenderers.KNOWN)).as(templates.toString()).isEmpty();
        }
    }

    @Test
    void aJobChecksTheReportsItRenders() {
        assertThat(ReportRenderers.reportsOf("annual-report", null)).containsExactly("annual-report");
        assertThat(ReportRenderers.reportsOf("validate", null)).isEmpty();
        assertThat(ReportRenderers.reportsOf("nightly", null)).isEmpty();
        assertThat(ReportRenderers.reportsOf("nightly", " center-report, impact-report ,"))
                .containsExactly("center-report", "impact-report");
    }

    @Test
    void aNightlyNamingAnUnknownReportIsAProblem() {
        assertThat(renderers(Path.of("report-templates")).checkTemplates(List.of("annual-reprot")))
                .containsExactly("unknown report 'annual-reprot' (reports: annual-report, impact-report,"
                        + " center-report)");
    }
}
