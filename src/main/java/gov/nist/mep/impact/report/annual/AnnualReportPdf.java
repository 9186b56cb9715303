package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.render.ReportTemplate;
import gov.nist.mep.impact.report.render.ReportTemplatePdf;
import gov.nist.mep.impact.report.render.TemplateCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Annual Report (the program's year in review) as an accessible PDF. Its wording and structure are read at run
 * time from {@code annual-report/} in the templates folder; the figures come from the metrics model as they stand.
 * The same model and templates give the same bytes (dates are the fiscal year's last day).
 *
 * @see gov.nist.mep.impact.report.render.TemplateException for template errors
 */
public final class AnnualReportPdf {

    /** The folder of the annual report's templates inside the templates folder. */
    static final String TEMPLATES = "annual-report";
    static final String CREATOR = "MEP Impact (annual-report)";

    private final Path templatesFolder;

    /** @param templatesFolder the {@code report-templates/} folder */
    public AnnualReportPdf(Path templatesFolder) {
        this.templatesFolder = templatesFolder;
    }

    /**
     * Every problem of the annual report's sections, one line each (file, line, fix), found without data: checked
     * when a job that renders the report starts.
     */
    public static List<String> check(Path templatesFolder) {
        List<String> problems = new ArrayList<>();
        ReportTemplate template = ReportTemplate.read(templatesFolder.resolve(TEMPLATES), problems);
        if (template != null) {
            problems.addAll(TemplateCheck.problems(template, new AnnualReportPdfContent(EmptyModels.metrics()),
                    problems.isEmpty()));
        }
        return problems;
    }

    /** Writes the report of the metrics' fiscal year to {@code out} (not closed). */
    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportTemplate template = ReportTemplate.load(templatesFolder.resolve(TEMPLATES));
        new ReportTemplatePdf(template, new AnnualReportPdfContent(metrics), FiscalYear.end(metrics.fiscalYear()),
                CREATOR).write(out);
    }
}
