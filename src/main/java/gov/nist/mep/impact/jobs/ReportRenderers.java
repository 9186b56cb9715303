package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.annual.AnnualReportPdf;
import gov.nist.mep.impact.report.annual.AnnualReportXlsx;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.report.center.CenterFeedbackXlsx;
import gov.nist.mep.impact.report.center.CenterReports;
import gov.nist.mep.impact.report.center.CenterScorecardXlsx;
import gov.nist.mep.impact.report.impact.DistrictFactSheets;
import gov.nist.mep.impact.report.impact.DistrictsXlsx;
import gov.nist.mep.impact.report.impact.ImpactReportPdf;
import gov.nist.mep.impact.report.impact.ImpactReportXlsx;
import gov.nist.mep.impact.report.impact.StateFactSheets;
import gov.nist.mep.impact.report.render.Fonts;
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.OutputFolder;
import gov.nist.mep.impact.support.ParallelTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final OversightThresholds thresholds;

    ReportRenderers(ReportSettings settings, ProgramRules rules, OversightThresholds thresholds) {
        this.templatesLocation = templatesLocation(settings.templates());
        this.templates = templatesLocation.folder();
        this.rules = rules;
        this.thresholds = thresholds;
    }

    /** The reports a run renders: those named (comma separated), or else the job's own report, if it has one. */
    static List<String> reportsOf(String job, String reports) {
        if (reports != null) {
            return Arrays.stream(reports.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        }
        return KNOWN.contains(job) ? List.of(job) : List.of();
    }

    /**
     * Every problem of the templates the reports use (sections, Notes texts, the rules in words, the fact sheets'
     * summary), one line each with the file, the line and the fix. The names the templates may use are known without
     * data, so this runs when a job starts, in milliseconds, before anything is read.
     */
    List<String> checkTemplates(List<String> reports) {
        return checkTemplates(reports, false);
    }

    /**
     * The same; {@code districts} when the extract has the district crosswalk, so that the impact report will render
     * the district fact sheets and workbook (their templates are checked too when their folder is there anyway).
     */
    List<String> checkTemplates(List<String> reports, boolean districts) {
        List<String> problems = new ArrayList<>();
        for (String report : reports) {
            switch (report) {
                case ANNUAL -> {
                    problems.addAll(AnnualReportPdf.check(templates));
                    problems.addAll(new AnnualReportXlsx(templates, rules).check());
                }
                case IMPACT -> {
                    problems.addAll(ImpactReportPdf.check(templates));
                    problems.addAll(new ImpactReportXlsx(templates, rules).check());
                    problems.addAll(StateFactSheets.check(templates));
                    if (districts || Files.isDirectory(templates.resolve(DistrictFactSheets.TEMPLATES))) {
                        problems.addAll(DistrictFactSheets.check(templates));
                        problems.addAll(new DistrictsXlsx(templates, rules).check());
                    }
                }
                case CENTER -> {
                    problems.addAll(CenterReports.check(templates, thresholds));
                    problems.addAll(new CenterScorecardXlsx(templates, rules).check(thresholds));
                    problems.addAll(new CenterFeedbackXlsx(templates, rules).check(thresholds));
                }
                default -> problems.add("unknown report '" + report + "' (reports: " + String.join(", ", KNOWN) + ")");
            }
        }
        return problems.stream().distinct().toList();
    }

    /**
     * The templates folder for the setting {@code mep.reports.templates}: that folder, else report-templates/ in the
     * working folder, else the built-in copy.
     */
    static BuiltInFolders.Location templatesLocation(String setting) {
        return BuiltInFolders.locate(BuiltInFolders.REPORT_TEMPLATES, setting.isBlank() ? null
                : Path.of(setting).toAbsolutePath(), Path.of("").toAbsolutePath());
    }

    /**
     * Starts making the renderer ready on a thread of its own (a daemon: it never holds the run up): the fonts parsed
     * (they are shared by every document; see {@link Fonts}) and the PDF and workbook libraries loaded. Nothing of the
     * run is read or written; a failure here is left for the render step to meet and report.
     */
    void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                Fonts.warmUp();
            } catch (RuntimeException | LinkageError e) {
                log.debug("warming up the renderer failed (the render step will say why)", e);
            }
        }, "render-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** Says which templates the reports are rendered from (once per run: the render step calls it). */
    void announceTemplates() {
        log.info("  report templates: {}", templatesLocation.describe());
    }

    /** Renders one report of a fiscal year into the work folder; returns what it wrote. */
    List<OutputFolder.Written> render(String report, ImpactMetrics metrics, CenterOversight oversight,
            StateTrends trends, OutputFolder work) {
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
                // the districts' combined sheets are the largest document: started first
                DistrictFactSheets districtSheets = metrics.districts().available()
                        ? new DistrictFactSheets(templates) : null;
                if (districtSheets != null) {
                    outputs.put("district-fact-sheets-FY" + year + ".pdf", o -> districtSheets.writeAll(metrics, o));
                }
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
                if (districtSheets != null) {
                    outputs.put("districts-FY" + year + ".xlsx", o -> new DistrictsXlsx(templates, rules)
                            .write(metrics, o));
                    for (DistrictFigures d : metrics.districts().crosswalkDistricts()) {
                        outputs.put("district-fact-sheets/" + d.district() + "-FY" + year + ".pdf",
                                o -> districtSheets.writeDistrict(metrics, d.district(), o));
                    }
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
        return writeAll(outputs, work);
    }

    /**
     * Writes every output on every core (see {@link ParallelTasks}: when one fails, the others end before the failure
     * is thrown, so nothing is still writing into the work folder once the step has failed); returns what it wrote,
     * in the order of {@code outputs}.
     */
    private static List<OutputFolder.Written> writeAll(Map<String, OutputFolder.Writer> outputs, OutputFolder work) {
        Map<String, Callable<OutputFolder.Written>> tasks = new LinkedHashMap<>();
        outputs.forEach((name, writer) -> tasks.put(name, () -> work.publish(name, writer)));
        return new ArrayList<>(ParallelTasks.computeAll("render", tasks, ParallelTasks.threadsFor(tasks.size()))
                .values());
    }
}
