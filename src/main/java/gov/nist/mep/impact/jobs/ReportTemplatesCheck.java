package gov.nist.mep.impact.jobs;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The templates check a job runs when it starts: every template of the reports the job renders, checked against the
 * model's names (no data needed), so that a mistake in a template stops the job before any ingest, each problem one
 * line with the file, the line and the fix.
 */
@Component
public class ReportTemplatesCheck {

    private final ReportRenderers renderers;

    ReportTemplatesCheck(ReportRenderers renderers) {
        this.renderers = renderers;
    }

    /**
     * The problems of the templates of a job's reports: {@code reports} (comma separated) when given, else the job's own
     * report; none for a job that renders no report.
     */
    public List<String> problems(String job, String reports) {
        return renderers.checkTemplates(ReportRenderers.reportsOf(job, reports));
    }
}
