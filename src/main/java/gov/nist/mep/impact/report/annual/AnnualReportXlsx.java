package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import gov.nist.mep.impact.report.render.XlsxNotes;
import gov.nist.mep.impact.report.render.XlsxWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
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
    public static final String NOTES_FILE = "xlsx-notes.md";
    static final String NOTES_SHEET = "Notes";
    /** The annual report's folder inside the templates folder. */
    static final String REPORT_FOLDER = "annual-report";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

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
        int year = metrics.fiscalYear();
        // read the notes first: a missing or broken notes file fails before anything is written
        XlsxNotes notes = XlsxNotes.read(notesFile(), placeholders(metrics));
        XlsxWorkbook.writeReport(properties(year), new AnnualReportXlsxTables(metrics, rules).all(), NOTES_SHEET, notes,
                out);
    }

    /** {@value #REPORT_FOLDER}/{@value #NOTES_FILE} in the templates folder, or {@value #NOTES_FILE} in it. */
    Path notesFile() throws NoSuchFileException {
        return XlsxNotes.locate(templatesFolder, REPORT_FOLDER, NOTES_FILE, "Annual Report");
    }

    static XlsxDocumentProperties properties(int year) {
        String fy = "FY" + year;
        return new XlsxDocumentProperties("MEP Annual Report " + fy,
                "Manufacturing Extension Partnership: the program year in review, fiscal year " + year + " ("
                        + LONG_DATE.format(FiscalYear.start(year)) + " to " + LONG_DATE.format(FiscalYear.end(year)) + ")",
                "MEP Impact",
                "MEP; Manufacturing Extension Partnership; annual report; " + fy + "; impact metrics; cost share",
                "The tables of the MEP Annual Report " + fy + ". Every figure comes from metrics-" + fy + ".json; the "
                        + "Notes sheet gives definitions, denominators, sources and the suppression rule.",
                FiscalYear.end(year));
    }

    /** The values the notes may use as {name}: the year and the program rules the figures were computed with. */
    Map<String, String> placeholders(ImpactMetrics metrics) {
        int year = metrics.fiscalYear();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fiscalYear", Integer.toString(year));
        values.put("previousFiscalYear", Integer.toString(year - 1));
        values.put("fiscalYearStart", LONG_DATE.format(FiscalYear.start(year)));
        values.put("fiscalYearEnd", LONG_DATE.format(FiscalYear.end(year)));
        values.put("suppressionThreshold", Integer.toString(rules.suppressionThreshold()));
        values.put("lateAfterDays", Integer.toString(rules.lateAfterDays()));
        values.put("employeeLimit", Long.toString(rules.employeeLimit()));
        values.put("eligibleNaicsPrefixes", String.join(", ", rules.eligibleNaicsPrefixes()));
        values.put("capYears1To3", rules.capYears1To3());
        values.put("capYear4", rules.capYear4());
        values.put("capLaterYears", rules.capLaterYears());
        values.put("capRecompeted", rules.capRecompeted());
        return values;
    }
}
