package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.ingest.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return problems(job, reports, null);
    }

    /** The same for a run on {@code input}: an extract with the district crosswalk has its district sheets checked. */
    public List<String> problems(String job, String reports, Path input) {
        boolean districts = input != null && Files.isRegularFile(input.resolve(FileKind.CROSSWALK.location()));
        return renderers.checkTemplates(ReportRenderers.reportsOf(job, reports), districts);
    }
}
