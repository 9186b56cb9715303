package gov.nist.mep.impact.report.render;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report workbook: table sheets ({@link XlsxTable}), a Notes sheet ({@link XlsxNotes}) and document properties,
 * written so that the same content always gives the same bytes (document dates from the data, zip entries with a fixed
 * time and order).
 *
 * <pre>
 * try (XlsxWorkbook book = new XlsxWorkbook(properties)) {
 *     book.add(XlsxTable.of("States", states).column(...));
 *     book.addNotes("Notes", XlsxNotes.read(notesFile, placeholders));
 *     book.write(out);
 * }
 * </pre>
 *
 * <p>Every text cell of a table passes {@link XlsxContactDetails}: an e-mail address or telephone number in the data
 * is replaced, and a warning names the cell. The Notes text is the publications team's own and is written as given.
 */
public final class XlsxWorkbook implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(XlsxWorkbook.class);
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String TRUNCATED = " [truncated]";
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    private static final int NOTES_WIDTH = 100;

    private final XSSFWorkbook workbook = new XSSFWorkbook(XlsxSharedStrings.FACTORY);
    private final XlsxDocumentProperties properties;
    private final XlsxStyles styles;
    /** The data rows written as XML ({@link XlsxSheetRows}), by the package entry of their sheet. */
    private final Map<String, byte[]> directRows = new HashMap<>();

    public XlsxWorkbook(XlsxDocumentProperties properties) {
        this.properties = properties;
        this.styles = new XlsxStyles(workbook);
    }

    /**
     * Adds the table as the next sheet. Its data rows are written as XML by {@link XlsxSheetRows} (the header,
     * footnotes and everything else of the sheet by POI), unless the table has charts: a chart copies the values of
     * its cells, so those rows must be POI's.
     */
    public <T> void add(XlsxTable<T> table) {
        List<XlsxColumn<T>> columns = table.columns();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("sheet '" + table.sheetName() + "' has no columns");
        }
        XSSFSheet sheet = workbook.createSheet(table.sheetName());
        int lastColumn = columns.size() - (table.hasSuppression() ? 0 : 1);
        writeHeader(sheet, table, columns);
        XlsxSheetRows direct = table.charts().isEmpty() ? new XlsxSheetRows(lastColumn + 1,
                (XlsxSharedStrings) workbook.getSharedStringSource()) : null;
        int r = 1;
        for (T row : table.rows()) {
            writeRow(direct != null ? direct.row(r) : new PoiRow(sheet.createRow(r)), sheet.getSheetName(), r, table,
                    columns, row);
            r++;
        }
        int lastRow = r - 1;
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        int footnoteRow = lastRow + 2;
        for (String footnote : table.footnotes()) {
            XSSFCell cell = sheet.createRow(footnoteRow++).createCell(0);
            cell.setCellValue(footnote);
            cell.setCellStyle(styles.footnote());
        }
        if (direct != null) {
            // the range POI would give the sheet had it held the rows: from A1 to the last row (the last footnote's,
            // else the last data row) and the last column (every row has the header's columns)
            int lastSheetRow = table.footnotes().isEmpty() ? lastRow : footnoteRow - 1;
            sheet.setDimensionOverride(new CellRangeAddress(0, lastSheetRow, 0, lastColumn));
            directRows.put(sheet.getPackagePart().getPartName().getName().substring(1), direct.xml());
        }
        printSetup(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        if (lastRow >= 1) {
            // below the footnotes, so neither covers the other; anchored absolutely, so filters do not squeeze it
            int chartRow = footnoteRow + 1;
            for (XlsxChart chart : table.charts()) {
                int category = table.columnIndex(chart.categoryHeader());
                boolean numeric = columns.get(category).format().apply(table.rows().get(0)).pattern() != null;
                XlsxCharts.draw(sheet, chart, category, numeric, table.columnIndex(chart.valueHeader()), 1, lastRow,
                        chartRow, columnsSpanning(sheet, XlsxCharts.CHART_WIDTH));
                chartRow += XlsxCharts.CHART_ROWS + 2;
            }
        }
    }

    /** A sheet added before, for what tables do not cover (conditional formatting); null when there is none. */
    public XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }

    /** How many columns from A are at least this many characters wide together. */
    private static int columnsSpanning(XSSFSheet sheet, int characters) {
        int columns = 0;
        for (int width = 0; width < characters * 256; columns++) {
            width += sheet.getColumnWidth(columns);
        }
        return columns;
    }

    /** Adds a Notes sheet: one block of text per row, headings in bold, list items with a bullet. */
    public void addNotes(String sheetName, XlsxNotes notes) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        sheet.setColumnWidth(0, NOTES_WIDTH * 256);
        int r = 0;
        for (XlsxNotes.Block block : notes.blocks()) {
            if (block.kind() == XlsxNotes.Kind.HEADING && r > 0) {
                r++;
            }
            XSSFRow row = sheet.createRow(r++);
            XSSFCell cell = row.createCell(0);
            String text = block.kind() == XlsxNotes.Kind.ITEM ? "\u2022 " + block.text() : block.text();
            cell.setCellValue(truncate(text));
            cell.setCellStyle(block.kind() == XlsxNotes.Kind.HEADING ? styles.heading(block.level()) : styles.noteText());
            float lineHeight = block.kind() == XlsxNotes.Kind.HEADING && block.level() <= 1 ? 19f : LINE_POINTS;
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines(text, NOTES_WIDTH) * lineHeight));
        }
        printSetup(sheet, true);
    }

    /** Writes the workbook: document properties dated {@code created}, zip entries with that date, fixed order. */
    /**
     * A report's whole workbook: its tables in order, then the Notes sheet, written to {@code out}. The notes are read
     * by the caller first, so a missing or broken notes file fails before anything is written.
     */
    public static void writeReport(XlsxDocumentProperties properties, List<XlsxTable<?>> tables, String notesSheet,
            XlsxNotes notes, OutputStream out) throws IOException {
        try (XlsxWorkbook book = new XlsxWorkbook(properties)) {
            for (XlsxTable<?> table : tables) {
                book.add(table);
            }
            book.addNotes(notesSheet, notes);
            book.write(out);
        }
    }

    public void write(OutputStream out) throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(properties.title());
        core.setSubjectProperty(properties.subject());
        core.setCreator(properties.creator());
        core.setKeywords(properties.keywords());
        core.setDescription(properties.description());
        Date asOf = Date.from(properties.created().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        core.getUnderlyingProperties().setLanguageProperty("en-US");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        workbook.write(buffer);
        XlsxZip.rewrite(buffer.toByteArray(), properties.created().atStartOfDay(), (name, xml) -> {
            byte[] rows = directRows.get(name);
            return rows == null ? xml : XlsxSheetRows.insertAfterHeader(name, xml, rows);
        }, out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private <T> void writeHeader(XSSFSheet sheet, XlsxTable<T> table, List<XlsxColumn<T>> columns) {
        XSSFRow header = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            XlsxColumn<T> column = columns.get(c);
            headerCell(header, c, column.header());
            sheet.setColumnWidth(c, column.width() * 256);
            lines = Math.max(lines, lines(column.header(), column.width()));
        }
        if (table.hasSuppression()) {
            headerCell(header, columns.size(), XlsxTable.NOTE_HEADER);
            sheet.setColumnWidth(columns.size(), XlsxTable.NOTE_WIDTH * 256);
        }
        header.setHeightInPoints(lines * LINE_POINTS);
    }

    private void headerCell(XSSFRow header, int column, String text) {
        XSSFCell cell = header.createCell(column);
        setText(cell, text);
        cell.setCellStyle(styles.header());
    }

    private <T> void writeRow(RowCells cells, String sheetName, int rowIndex, XlsxTable<T> table,
            List<XlsxColumn<T>> columns, T row) {
        boolean suppressed = table.isSuppressed(row);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            XlsxColumn<T> column = columns.get(c);
            XlsxFormat format = column.format().apply(row);
            XSSFCellStyle style = styles.body(format);
            Object value = suppressed && column.disclosureControlled() ? null : column.value().apply(row);
            String text = setValue(cells, c, style, value, sheetName, rowIndex);
            if (text != null && format.wrapped()) {
                lines = Math.max(lines, lines(text, column.width()));
            }
        }
        if (table.hasSuppression()) {
            XSSFCellStyle style = styles.body(XlsxFormat.TEXT);
            if (suppressed) {
                cells.text(columns.size(), style, DisplayFormat.SUPPRESSED);
            } else {
                cells.blank(columns.size(), style);
            }
        }
        cells.end(lines > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS) : -1);
    }

    /**
     * Sets the row's cell from a model value; returns the text written, or null for a number or a blank (a null
     * value: the cell has its style only).
     */
    private String setValue(RowCells cells, int column, XSSFCellStyle style, Object value, String sheetName,
            int rowIndex) {
        if (value == null) {
            cells.blank(column, style);
            return null;
        }
        if (value instanceof Number number) {
            // BigDecimal included: the nearest double, which is what a spreadsheet cell holds; never rounded to the format
            double d = number instanceof BigDecimal b ? b.doubleValue() : number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(where(sheetName, rowIndex, column) + ": " + value
                        + " is not a finite number");
            }
            cells.number(column, style, d);
            return null;
        }
        String text = value instanceof Boolean b ? (b ? "Yes" : "No") : value.toString();
        String clean = XlsxContactDetails.remove(text);
        if (!clean.equals(text)) {
            log.warn("Removed contact details (an e-mail address or telephone number) from cell {}",
                    where(sheetName, rowIndex, column));
        }
        clean = truncate(clean);
        cells.text(column, style, clean);
        return clean;
    }

    /**
     * The cells of one data row, in column order, then {@link #end}: either POI's row ({@link PoiRow}) or the XML of
     * {@link XlsxSheetRows}, which is the XML POI would save for the same calls.
     */
    interface RowCells {

        /** A cell with its style only. */
        void blank(int column, XSSFCellStyle style);

        void number(int column, XSSFCellStyle style, double value);

        /** A text cell: an entry of the shared strings table. */
        void text(int column, XSSFCellStyle style, String text);

        /** The row is complete; its height in points, or -1 for the default. */
        void end(float heightPoints);
    }

    /** A data row as POI cells (a table with charts: they copy the cells' values). */
    private static final class PoiRow implements RowCells {

        private final XSSFRow row;

        PoiRow(XSSFRow row) {
            this.row = row;
        }

        private XSSFCell cell(int column, XSSFCellStyle style) {
            XSSFCell cell = row.createCell(column);
            cell.setCellStyle(style);
            return cell;
        }

        @Override
        public void blank(int column, XSSFCellStyle style) {
            cell(column, style);
        }

        @Override
        public void number(int column, XSSFCellStyle style, double value) {
            cell(column, style).setCellValue(value);
        }

        @Override
        public void text(int column, XSSFCellStyle style, String text) {
            setText(cell(column, style), text);
        }

        @Override
        public void end(float heightPoints) {
            if (heightPoints != -1) {
                row.setHeightInPoints(heightPoints);
            }
        }
    }

    /**
     * A new cell's text (at most {@link #MAX_CELL_TEXT} characters): the same cell as {@code setCellValue(text)} makes,
     * without the rich-text element POI would make only to look a repeated text up (see
     * {@link XlsxSharedStrings#index}).
     */
    static void setText(XSSFCell cell, String text) {
        int index = ((XlsxSharedStrings) cell.getSheet().getWorkbook().getSharedStringSource()).index(text);
        CTCell xml = cell.getCTCell();
        xml.setT(STCellType.S);
        xml.setV(Integer.toString(index));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_CELL_TEXT ? text
                : text.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED;
    }

    private static String where(String sheetName, int rowIndex, int column) {
        return new CellReference(sheetName, rowIndex, column, false, false).formatAsString();
    }

    /**
     * Lines the text takes in a wrapped cell this many characters wide: an estimate, since fonts are not measured (a
     * width unit is one digit; ordinary text runs about a tenth narrower).
     */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width * 11 / 10 - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static void printSetup(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
