package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.OversightThresholds;
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
 * The center reports for the review panel as accessible PDFs: two pages per center (its figures beside its host-type
 * peers and all centers, compliance and data quality, a five-year trend chart with its data, its services and its
 * success stories of the year). Wording and structure are read at run time from {@code center-report/} in the
 * templates folder. Same models and templates, same bytes (dates are the fiscal year's last day).
 */
public final class CenterReports {

    static final String CREATOR = "MEP Impact (center-reports)";

    private final Path templatesFolder;

    /** @param templatesFolder the {@code report-templates/} folder */
    public CenterReports(Path templatesFolder) {
        this.templatesFolder = templatesFolder;
    }

    /**
     * Every problem of the center reports' sections, one line each (file, line, fix), found without data: checked
     * when a job that renders them starts.
     */
    public static List<String> check(Path templatesFolder, OversightThresholds thresholds) {
        List<String> problems = new ArrayList<>();
        ReportTemplate template = ReportTemplate.read(templatesFolder.resolve(CenterScorecardXlsx.FOLDER), problems);
        if (template != null) {
            problems.addAll(TemplateCheck.problems(template, new CenterReportContent(EmptyModels.metrics(),
                    EmptyModels.oversight(thresholds), List.of()), problems.isEmpty()));
        }
        return problems;
    }

    /** Every center's report, in the model's order of centers, one bookmark each. */
    public void writeAll(ImpactMetrics metrics, CenterOversight oversight, OutputStream out) throws IOException {
        write(metrics, oversight, oversight.centers(), out);
    }

    /** One center's report alone. */
    public void writeCenter(ImpactMetrics metrics, CenterOversight oversight, String centerId, OutputStream out)
            throws IOException {
        write(metrics, oversight, List.of(oversight.center(centerId)), out);
    }

    private void write(ImpactMetrics metrics, CenterOversight oversight, List<CenterScorecard> centers,
            OutputStream out) throws IOException {
        ReportTemplate template = ReportTemplate.load(templatesFolder.resolve(CenterScorecardXlsx.FOLDER));
        new ReportTemplatePdf(template, new CenterReportContent(metrics, oversight, centers),
                FiscalYear.end(metrics.fiscalYear()), CREATOR).write(out);
    }
}
