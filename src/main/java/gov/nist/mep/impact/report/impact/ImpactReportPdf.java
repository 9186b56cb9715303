package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.render.ReportTemplate;
import gov.nist.mep.impact.report.render.ReportTemplatePdf;
import gov.nist.mep.impact.report.render.TemplateCheck;
import gov.nist.mep.impact.report.render.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Every problem of the impact report's sections, one line each (file, line, fix), found without data: checked
     * when a job that renders the report starts.
     */
    public static List<String> check(Path templatesFolder) {
        List<String> problems = new ArrayList<>();
        ReportTemplate template = ReportTemplate.read(templatesFolder.resolve(TEMPLATES), problems);
        EconomyWideText text;
        try {
            text = EconomyWideText.load(templatesFolder.resolve(TEMPLATES));
        } catch (TemplateException e) {
            problems.add(e.getMessage());
            text = EconomyWideText.blank();
        }
        if (template != null) {
            problems.addAll(TemplateCheck.problems(template, new ImpactReportPdfContent(EmptyModels.metrics(), text),
                    problems.isEmpty()));
        }
        return problems;
    }

    /** Writes the report of the metrics' fiscal year to {@code out} (not closed). */
    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportTemplate template = ReportTemplate.load(templatesFolder.resolve(TEMPLATES));
        EconomyWideText economyWide = EconomyWideText.load(templatesFolder.resolve(TEMPLATES));
        new ReportTemplatePdf(template, new ImpactReportPdfContent(metrics, economyWide),
                FiscalYear.end(metrics.fiscalYear()), CREATOR).write(out);
    }
}
