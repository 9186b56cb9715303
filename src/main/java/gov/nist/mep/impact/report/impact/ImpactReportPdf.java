package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.render.ReportTemplate;
import gov.nist.mep.impact.report.render.ReportTemplatePdf;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The Socio-economic Impact Report as an accessible PDF. Its wording and structure are read at run time from
 * {@code impact-report/} in the templates folder; the figures come from the metrics model as they stand. The same model
 * and templates give the same bytes (dates are the fiscal year's last day).
 *
 * @see gov.nist.mep.impact.report.render.TemplateException for template errors
 */
public final class ImpactReportPdf {

    /** The folder of the impact report's templates inside the templates folder. */
    static final String TEMPLATES = "impact-report";
    static final String CREATOR = "MEP Impact (impact-report)";

    private final Path templatesFolder;

    /** @param templatesFolder the {@code report-templates/} folder */
    public ImpactReportPdf(Path templatesFolder) {
        this.templatesFolder = templatesFolder;
    }

    /** Writes the report of the metrics' fiscal year to {@code out} (not closed). */
    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportTemplate template = ReportTemplate.load(templatesFolder.resolve(TEMPLATES));
        EconomyWideText economyWide = EconomyWideText.load(templatesFolder.resolve(TEMPLATES));
        new ReportTemplatePdf(template, new ImpactReportPdfContent(metrics, economyWide),
                FiscalYear.end(metrics.fiscalYear()), CREATOR).write(out);
    }
}
