package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
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
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.OutputFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean announced = new AtomicBoolean();
    private final ProgramRules rules;

    ReportRenderers(@Value("${mep.reports.templates:}") String templates, ProgramRules rules) {
        this.templatesLocation = BuiltInFolders.locate(BuiltInFolders.REPORT_TEMPLATES,
                templates.isBlank() ? null : Path.of(templates).toAbsolutePath(), Path.of("").toAbsolutePath());
        this.templates = templatesLocation.folder();
        this.rules = rules;
    }

    void render(String report, ImpactMetrics metrics, CenterOversight oversight, StateTrends trends,
            OutputFolder work) {
        int year = metrics.fiscalYear();
        if (!announced.getAndSet(true)) {
            log.info("  report templates: {}", templatesLocation.describe());
        }
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
        writeAll(outputs, work);
    }

    private static void writeAll(Map<String, OutputFolder.Writer> outputs, OutputFolder work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(outputs.size(),
                Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> written = new ArrayList<>();
            outputs.forEach((name, writer) -> written.add(pool.submit(() -> work.publish(name, writer))));
            for (Future<?> w : written) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
