package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.ReportWorkbook;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Annual Report workbook (XLSX) of one fiscal year: one sheet per table of the report, then a Notes sheet whose
 * text is {@code annual-report/xlsx-notes.md} in the templates folder ({@code report-templates/}, as for the PDF; the
 * {@code annual-report} folder itself is accepted too), read at every run so the publications team can edit it.
 * Every figure is the metrics model's value, unrounded (formats only change the display); impact cells of groups
 * with fewer responding clients than the suppression threshold are blank and marked. The same model and notes give
 * byte-identical files: the document is dated the fiscal year's last day, never the clock.
 */
public final class AnnualReportXlsx {

    /** The Notes sheet's text, in the templates folder. */
    public static final String NOTES_FILE = ReportWorkbook.NOTES_FILE;
    /** The annual report's folder inside the templates folder. */
    static final String REPORT_FOLDER = "annual-report";

    private final Path templatesFolder;
    private final ProgramRules rules;

    /**
     * With the contract's default program rules (suppression below 3 responding clients).
     *
     * @param templatesFolder the {@code report-templates/} folder
     */
    public AnnualReportXlsx(Path templatesFolder) {
        this(templatesFolder, ProgramRules.defaults());
    }

    /** With the program rules the metrics were computed with, so footnotes and notes state the same thresholds. */
    public AnnualReportXlsx(Path templatesFolder, ProgramRules rules) {
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        ReportWorkbook.write(templatesFolder, REPORT_FOLDER, "Annual Report", placeholders(metrics),
                properties(metrics.fiscalYear()), () -> new AnnualReportXlsxTables(metrics, rules).all(), out);
    }

    /** The problem of the workbook's Notes text (missing, unreadable, an unknown placeholder), if any. */
    public List<String> check() {
        return ReportWorkbook.check(templatesFolder, REPORT_FOLDER, "Annual Report", placeholders(EmptyModels.metrics()));
    }

    static XlsxDocumentProperties properties(int year) {
        String fy = "FY" + year;
        return new XlsxDocumentProperties("MEP Annual Report " + fy,
                "Manufacturing Extension Partnership: the program year in review, fiscal year " + year + " ("
                        + ReportWorkbook.longDate(FiscalYear.start(year)) + " to "
                        + ReportWorkbook.longDate(FiscalYear.end(year)) + ")",
                "MEP Impact",
                "MEP; Manufacturing Extension Partnership; annual report; " + fy + "; impact metrics; cost share",
                "The tables of the MEP Annual Report " + fy + ". Every figure comes from metrics-" + fy + ".json; the "
                        + "Notes sheet gives definitions, denominators, sources and the suppression rule.",
                FiscalYear.end(year));
    }

    /** The values the notes may use as {name}: the year and the program rules the figures were computed with. */
    Map<String, String> placeholders(ImpactMetrics metrics) {
        Map<String, String> values = ReportWorkbook.placeholders(metrics.fiscalYear(), rules);
        values.put("lateAfterDays", Integer.toString(rules.lateAfterDays()));
        values.put("capYears1To3", rules.capYears1To3());
        values.put("capYear4", rules.capYear4());
        values.put("capLaterYears", rules.capLaterYears());
        values.put("capRecompeted", rules.capRecompeted());
        return values;
    }
}
