package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.render.ReportTemplate;
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
 * The state fact sheets for Congressional offices as accessible PDFs: two pages per state (its clients, impacts, ratios
 * with their denominators, the national comparison and a plain-language summary; then its five-year trend, its
 * success story of the year and its centers with their host organisations and regional offices). Wording and structure are
 * read at run time from {@code state-fact-sheet/} in the templates folder; the summary sentences from its
 * {@code summary.md}. Same model and templates, same bytes (dates are the fiscal year's last day).
 */
public final class StateFactSheets {

    /** The folder of the fact sheets' templates inside the templates folder. */
    static final String TEMPLATES = "state-fact-sheet";
    static final String CREATOR = "MEP Impact (state-fact-sheets)";

    private final Path templatesFolder;
    private final StateTrends trends;

    /**
     * With a trend of the reported year only (when the other years' figures are not at hand).
     *
     * @param templatesFolder the {@code report-templates/} folder
     */
    public StateFactSheets(Path templatesFolder) {
        this(templatesFolder, null);
    }

    /**
     * @param templatesFolder the {@code report-templates/} folder
     * @param trends each state's last five fiscal years (page two's trend); null for the reported year alone
     */
    public StateFactSheets(Path templatesFolder, StateTrends trends) {
        this.templatesFolder = templatesFolder;
        this.trends = trends;
    }

    /**
     * Every problem of the fact sheets' templates (sections and {@code summary.md}), one line each (file, line, fix),
     * found without data: checked when a job that renders them starts.
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
            StateFactSheetSummary summary = StateFactSheetSummary.load(folder);
            ImpactMetrics empty = EmptyModels.metrics();
            StateFactSheetContent content = new StateFactSheetContent(empty, List.of(), summary,
                    StateTrends.of(empty));
            if (template != null) {
                problems.addAll(TemplateCheck.problems(template, content, complete));
            }
        } catch (TemplateException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Writes every state's fact sheet, in the model's order of states, one bookmark each, to {@code out}. */
    public void writeAll(ImpactMetrics metrics, OutputStream out) throws IOException {
        write(metrics, metrics.states(), out);
    }

    /**
     * Writes one state's fact sheet alone to {@code out}.
     *
     * @param state the state's code as the model holds it (e.g. {@code MD})
     * @throws IllegalArgumentException when the model has no such state
     */
    public void writeState(ImpactMetrics metrics, String state, OutputStream out) throws IOException {
        StateFigures figures = metrics.states().stream().filter(s -> s.state().equals(state)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the metrics of FY" + metrics.fiscalYear()
                        + " have no state " + state));
        write(metrics, List.of(figures), out);
    }

    private void write(ImpactMetrics metrics, List<StateFigures> states, OutputStream out) throws IOException {
        Path folder = templatesFolder.resolve(TEMPLATES);
        ReportTemplate template = ReportTemplate.load(folder);
        StateFactSheetSummary summary = StateFactSheetSummary.load(folder);
        new ReportTemplatePdf(template, new StateFactSheetContent(metrics, states, summary,
                trends == null ? StateTrends.of(metrics) : trends),
                FiscalYear.end(metrics.fiscalYear()), CREATOR).write(out);
    }
}
