package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.annual.AnnualReportPdf;
import gov.nist.mep.impact.report.annual.AnnualReportXlsx;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.report.center.CenterFeedbackXlsx;
import gov.nist.mep.impact.report.center.CenterReports;
import gov.nist.mep.impact.report.center.CenterScorecardXlsx;
import gov.nist.mep.impact.report.impact.ImpactReportPdf;
import gov.nist.mep.impact.report.impact.ImpactReportXlsx;
import gov.nist.mep.impact.report.impact.StateFactSheets;
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.OutputFolder;
import gov.nist.mep.impact.support.ParallelTasks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders the reports a job asks for from the metrics model, into the run's work folder. The report templates are
 * read at run time, so the publications team can change wording without a rebuild, from the folder named by
 * {@code mep.reports.templates} (the command line's {@code --templates}), else {@code report-templates/} in the
 * working folder when there is one, else the copy built into the jar.
 */
@Component
class ReportRenderers {

    static final String ANNUAL = "annual-report";
    static final String IMPACT = "impact-report";
    static final String CENTER = "center-report";
    static final List<String> KNOWN = List.of(ANNUAL, IMPACT, CENTER);

    private static final Logger log = LoggerFactory.getLogger(ReportRenderers.class);

    private final BuiltInFolders.Location templatesLocation;
    private final Path templates;
    private final ProgramRules rules;

    ReportRenderers(@Value("${mep.reports.templates:}") String templates, ProgramRules rules) {
        this.templatesLocation = BuiltInFolders.locate(BuiltInFolders.REPORT_TEMPLATES,
                templates.isBlank() ? null : Path.of(templates).toAbsolutePath(), Path.of("").toAbsolutePath());
        this.templates = templatesLocation.folder();
        this.rules = rules;
    }

    /** Says which templates the reports are rendered from (once per run: the render step calls it). */
    void announceTemplates() {
        log.info("  report templates: {}", templatesLocation.describe());
    }

    void render(String report, ImpactMetrics metrics, CenterOversight oversight, StateTrends trends,
            OutputFolder work) {
        int year = metrics.fiscalYear();
        // Every output is a document of its own (own fonts, own workbook): they are written on every core, the
        // largest first, each to its own file, so the bytes do not depend on the order.
        Map<String, OutputFolder.Writer> outputs = new LinkedHashMap<>();
        switch (report) {
            case ANNUAL -> {
                outputs.put("annual-report-FY" + year + ".pdf",
                        o -> new AnnualReportPdf(templates).write(metrics, o));
                outputs.put("annual-report-FY" + year + ".xlsx",
                        o -> new AnnualReportXlsx(templates, rules).write(metrics, o));
            }
            case IMPACT -> {
                outputs.put("impact-report-FY" + year + ".pdf",
                        o -> new ImpactReportPdf(templates).write(metrics, o));
                outputs.put("impact-report-FY" + year + ".xlsx",
                        o -> new ImpactReportXlsx(templates, rules).write(metrics, o));
                StateFactSheets sheets = new StateFactSheets(templates, trends);
                outputs.put("state-fact-sheets-FY" + year + ".pdf", o -> sheets.writeAll(metrics, o));
                for (StateFigures state : metrics.states()) {
                    outputs.put("state-fact-sheets/" + state.state() + "-FY" + year + ".pdf",
                            o -> sheets.writeState(metrics, state.state(), o));
                }
            }
            case CENTER -> {
                outputs.put("center-scorecard-FY" + year + ".xlsx",
                        o -> new CenterScorecardXlsx(templates, rules).write(oversight, o));
                CenterReports reports = new CenterReports(templates);
                outputs.put("center-reports-FY" + year + ".pdf",
                        o -> reports.writeAll(metrics, oversight, o));
                CenterFeedbackXlsx feedback = new CenterFeedbackXlsx(templates, rules);
                for (CenterFigures c : metrics.centers()) {
                    outputs.put("center-reports/" + c.centerId() + "-FY" + year + ".pdf",
                            o -> reports.writeCenter(metrics, oversight, c.centerId(), o));
                    outputs.put("center-feedback/" + c.centerId() + "-FY" + year + ".xlsx",
                            o -> feedback.write(oversight, c.centerId(), o));
                }
            }
            default -> throw new IllegalArgumentException("unknown report '" + report + "' (reports: " + KNOWN + ")");
        }
        writeAll(outputs, work);
    }

    /**
     * Writes every output on every core (see {@link ParallelTasks}: when one fails, the others end before the failure
     * is thrown, so nothing is still writing into the work folder once the step has failed).
     */
    private static void writeAll(Map<String, OutputFolder.Writer> outputs, OutputFolder work) {
        Map<String, ParallelTasks.Task> tasks = new LinkedHashMap<>();
        outputs.forEach((name, writer) -> tasks.put(name, () -> work.publish(name, writer)));
        ParallelTasks.runAll("render", tasks, ParallelTasks.threadsFor(tasks.size()));
    }
}
