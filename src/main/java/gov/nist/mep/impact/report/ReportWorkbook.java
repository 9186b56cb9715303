package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import gov.nist.mep.impact.report.render.XlsxNotes;
import gov.nist.mep.impact.report.render.XlsxTable;
import gov.nist.mep.impact.report.render.XlsxWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every report workbook shares: the Notes sheet, whose text is {@value #NOTES_FILE} in the report's folder of
 * the templates folder (the report's folder itself is accepted too), and the placeholders every report's notes may use.
 */
public final class ReportWorkbook {

    /** The Notes sheet's text, in the report's templates folder. */
    public static final String NOTES_FILE = "xlsx-notes.md";
    /** The last sheet of every report workbook. */
    public static final String NOTES_SHEET = "Notes";

    private ReportWorkbook() {
    }

    /**
     * Writes a report workbook: the notes are read first, so that a missing or broken notes file fails before
     * anything is written; then the tables, one sheet each, then the Notes sheet.
     */
    public static void write(Path templatesFolder, String reportFolder, String reportName,
            Map<String, String> placeholders, XlsxDocumentProperties properties, Supplier<List<XlsxTable<?>>> tables,
            OutputStream out) throws IOException {
        XlsxNotes notes = XlsxNotes.read(XlsxNotes.locate(templatesFolder, reportFolder, NOTES_FILE, reportName),
                placeholders);
        XlsxWorkbook.writeReport(properties, tables.get(), NOTES_SHEET, notes, out);
    }

    /** The problem of a report workbook's Notes text (missing, unreadable, an unknown placeholder), if any. */
    public static List<String> check(Path templatesFolder, String reportFolder, String reportName,
            Map<String, String> placeholders) {
        try {
            XlsxNotes.read(XlsxNotes.locate(templatesFolder, reportFolder, NOTES_FILE, reportName), placeholders);
            return List.of();
        } catch (TemplateException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * The values every report's notes may use as {name}: the fiscal year, the previous one, the year's first and last
     * day, and the program rules every report states (suppression threshold, eligible clients).
     */
    public static Map<String, String> placeholders(int year, ProgramRules rules) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fiscalYear", Integer.toString(year));
        values.put("previousFiscalYear", Integer.toString(year - 1));
        values.put("fiscalYearStart", longDate(FiscalYear.start(year)));
        values.put("fiscalYearEnd", longDate(FiscalYear.end(year)));
        values.put("suppressionThreshold", Integer.toString(rules.suppressionThreshold()));
        values.put("employeeLimit", Long.toString(rules.employeeLimit()));
        values.put("eligibleNaicsPrefixes", String.join(", ", rules.eligibleNaicsPrefixes()));
        return values;
    }

    /** September 30, 2014. */
    public static String longDate(LocalDate date) {
        return DisplayFormat.format(DisplayFormat.Kind.DATE, date);
    }
}
