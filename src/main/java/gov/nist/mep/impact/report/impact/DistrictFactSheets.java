package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.render.LineBreaks;
import gov.nist.mep.impact.report.render.ReportTemplate;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.render.ReportTemplatePdf;
import gov.nist.mep.impact.report.render.TemplateCheck;
import gov.nist.mep.impact.report.render.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The congressional district fact sheets as accessible PDFs, one page per district of the crosswalk: the district's
 * name as staff say it, its Congress, its headline figures first (clients served, projects, new sales, jobs), a
 * two-sentence summary, its figures beside its state's and the nation's ("(D)" where withheld), the centers that served
 * it and its top services. Wording and structure are read at run time from {@code district-fact-sheet/} in the
 * templates folder, the summary from its {@code summary.md}; the template and summary are read once for all the
 * sheets. Same model and templates, same bytes.
 */
public final class DistrictFactSheets {

    /** The folder of the district fact sheets' templates inside the templates folder. */
    public static final String TEMPLATES = "district-fact-sheet";
    static final String CREATOR = "MEP Impact (district-fact-sheets)";

    private final ReportTemplate template;
    private final StateFactSheetSummary summary;
    /** The line breaks of every sheet written with this instance, shared by the single sheets and the combined PDF. */
    private final LineBreaks lineBreaks = new LineBreaks();
    /** The model whose districts the template was last checked against (sheets are written on several threads). */
    private volatile ImpactMetrics checkedFor;

    /** @param templatesFolder the {@code report-templates/} folder */
    public DistrictFactSheets(Path templatesFolder) {
        Path folder = templatesFolder.resolve(TEMPLATES);
        this.template = ReportTemplate.load(folder);
        this.summary = StateFactSheetSummary.load(folder);
    }

    /**
     * Every problem of the district fact sheets' templates (sections and {@code summary.md}), one line each (file,
     * line, fix), found without data: checked when a job that renders them starts.
     */
    public static List<String> check(Path templatesFolder) {
        Path folder = templatesFolder.resolve(TEMPLATES);
        List<String> problems = new ArrayList<>();
        ReportTemplate template = ReportTemplate.read(folder, problems);
        boolean complete = problems.isEmpty();
        if (!Files.isDirectory(folder)) {
            return problems;
        }
        try {
            DistrictFactSheetContent content = new DistrictFactSheetContent(EmptyModels.metrics(), List.of(),
                    StateFactSheetSummary.load(folder));
            if (template != null) {
                problems.addAll(TemplateCheck.problems(template, content, complete));
            }
        } catch (TemplateException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Writes every district's sheet, in the order of codes, one bookmark each (the unknown group has none). */
    public void writeAll(ImpactMetrics metrics, OutputStream out) throws IOException {
        write(metrics, metrics.districts().crosswalkDistricts(), out);
    }

    /**
     * Writes one district's sheet alone.
     *
     * @param district the district's code as the model holds it (e.g. {@code OH-09})
     * @throws IllegalArgumentException when the model has no such district
     */
    public void writeDistrict(ImpactMetrics metrics, String district, OutputStream out) throws IOException {
        DistrictFigures d = metrics.districts().crosswalkDistricts().stream()
                .filter(x -> x.district().equals(district)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the metrics of FY" + metrics.fiscalYear()
                        + " have no district " + district));
        // the template is checked against every district once per model, not again for each of the 437 sheets
        if (checkedFor != metrics) {
            pdf(metrics, metrics.districts().crosswalkDistricts()).check();
            checkedFor = metrics;
        }
        pdf(metrics, List.of(d)).writeChecked(out);
    }

    private void write(ImpactMetrics metrics, List<DistrictFigures> districts, OutputStream out) throws IOException {
        pdf(metrics, districts).write(out);
    }

    private ReportTemplatePdf pdf(ImpactMetrics metrics, List<DistrictFigures> districts) {
        return new ReportTemplatePdf(template, new DistrictFactSheetContent(metrics, districts, summary),
                FiscalYear.end(metrics.fiscalYear()), CREATOR, lineBreaks);
    }
}
