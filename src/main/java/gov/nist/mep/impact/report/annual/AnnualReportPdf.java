package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.render.ReportTemplate;
import gov.nist.mep.impact.report.render.ReportTemplatePdf;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

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

    /** Writes the report of the metrics' fiscal year to {@code out} (not closed). */
    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportTemplate template = ReportTemplate.load(templatesFolder.resolve(TEMPLATES));
        new ReportTemplatePdf(template, new AnnualReportPdfContent(metrics), FiscalYear.end(metrics.fiscalYear()),
                CREATOR).write(out);
    }
}
