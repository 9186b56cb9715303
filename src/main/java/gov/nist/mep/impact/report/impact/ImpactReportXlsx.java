package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.ReportWorkbook;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Socio-economic Impact Report workbook (XLSX) of one fiscal year: the impact report's tables, one summary sheet
 * per state, the survey estimates with their intervals, then a Notes sheet whose text is
 * {@code impact-report/xlsx-notes.md} in the templates folder ({@code report-templates/}; the {@code impact-report}
 * folder itself is accepted too), read at every run so the publications team can edit it. Every figure is the
 * metrics model's value, unrounded (formats only change the display); impact cells of groups with fewer responding
 * clients than the suppression threshold are blank and marked. The same model and notes give byte-identical files:
 * the document is dated the fiscal year's last day, never the clock.
 */
public final class ImpactReportXlsx {

    /** The Notes sheet's text, in the templates folder. */
    public static final String NOTES_FILE = ReportWorkbook.NOTES_FILE;
    /** The impact report's folder inside the templates folder. */
    static final String REPORT_FOLDER = "impact-report";
    /** What a method placeholder says when the metrics have no estimates section. */
    static final String NOT_COMPUTED = "not computed";

    private final Path templatesFolder;
    private final ProgramRules rules;

    /**
     * With the program rules the metrics were computed with, so footnotes and notes state the same thresholds.
     *
     * @param templatesFolder the {@code report-templates/} folder
     */
    public ImpactReportXlsx(Path templatesFolder, ProgramRules rules) {
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportWorkbook.write(templatesFolder, REPORT_FOLDER, "Impact Report", placeholders(metrics),
                properties(metrics.fiscalYear()), () -> new ImpactReportXlsxTables(metrics, rules,
                        EconomyWideText.locate(templatesFolder)).all(), out);
    }

    /** The problem of the workbook's Notes text (missing, unreadable, an unknown placeholder), if any. */
    public List<String> check() {
        return ReportWorkbook.check(templatesFolder, REPORT_FOLDER, "Impact Report", placeholders(EmptyModels.metrics()));
    }

    static XlsxDocumentProperties properties(int year) {
        String fy = "FY" + year;
        return new XlsxDocumentProperties("MEP Socio-economic Impact Report " + fy,
                "Manufacturing Extension Partnership: the impacts clients reported, and survey estimates, fiscal year "
                        + year + " (" + ReportWorkbook.longDate(FiscalYear.start(year)) + " to "
                        + ReportWorkbook.longDate(FiscalYear.end(year)) + ")",
                "MEP Impact",
                "MEP; Manufacturing Extension Partnership; socio-economic impact report; " + fy
                        + "; impact metrics; survey estimates",
                "The tables of the MEP Socio-economic Impact Report " + fy + ". Every figure comes from metrics-" + fy
                        + ".json; the Notes sheet gives definitions, denominators, sources, the estimation method and "
                        + "the suppression rule.",
                FiscalYear.end(year));
    }

    /** The values the notes may use as {name}: the year, the program rules and the estimation method. */
    Map<String, String> placeholders(ImpactMetrics metrics) {
        Map<String, String> values = ReportWorkbook.placeholders(metrics.fiscalYear(), rules);
        Estimates.Method method = metrics.estimates() == null ? null : metrics.estimates().method();
        values.put("confidenceLevel", method == null ? NOT_COMPUTED : percent(method.confidenceLevel()));
        values.put("bootstrapSeed", method == null ? NOT_COMPUTED : Long.toString(method.bootstrapSeed()));
        values.put("bootstrapReplicates", method == null ? NOT_COMPUTED
                : String.format(Locale.US, "%,d", method.bootstrapReplicates()));
        values.put("minimumClassRespondents", method == null ? NOT_COMPUTED
                : Integer.toString(method.minimumClassRespondents()));
        values.put("winsorisingPercentile", method == null ? NOT_COMPUTED
                : BigDecimal.valueOf(method.winsorisingPercentile()).stripTrailingZeros().toPlainString());
        values.put("percentileDefinition", method == null ? NOT_COMPUTED : method.percentileDefinition());
        values.put("intervalMethod", method == null ? NOT_COMPUTED : method.intervalMethod());
        return values;
    }

    /** 0.95 → 95%. */
    private static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
