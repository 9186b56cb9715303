package gov.nist.mep.impact.report.render;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The data rows of a table sheet written as SpreadsheetML directly, instead of as POI rows that xmlbeans then saves: a
 * workbook of a center's records holds tens of thousands of cells, and building and saving them through xmlbeans took
 * most of its time. The XML is the one POI saved for the same cells, character for character: a row is
 * {@code <row r="2">}, with {@code ht="45.0" customHeight="true"} when its height is set; a cell has its reference, its
 * style ({@code s}) and then its type, {@code t="n"} with {@code Double.toString} of the value or {@code t="s"} with
 * the index of its text in the shared strings table, or no type and no value when it is blank. The texts go into the
 * workbook's shared strings table in cell order, as {@code setCellValue(String)} puts them there, so the table is the
 * same too. The sheet itself (header row, footnotes, columns, filters, dimension) is still POI's: the rows are
 * inserted after its header row when the package is written ({@link #insertAfterHeader}).
 */
final class XlsxSheetRows implements XlsxWorkbook.RowCells {

    private static final String ROW_END = "</row>";

    private final String[] columnNames;
    private final XlsxSharedStrings strings;
    private final StringBuilder xml = new StringBuilder();
    private final StringBuilder cells = new StringBuilder();
    private int rowNumber;

    /**
     * @param columns the number of columns of every row
     * @param strings the workbook's shared strings table
     */
    XlsxSheetRows(int columns, XlsxSharedStrings strings) {
        this.columnNames = new String[columns];
        for (int c = 0; c < columns; c++) {
            columnNames[c] = CellReference.convertNumToColString(c);
        }
        this.strings = strings;
    }

    /** Starts the row of this index (0-based; the header is row 0). */
    XlsxSheetRows row(int rowIndex) {
        rowNumber = rowIndex + 1;
        cells.setLength(0);
        return this;
    }

    private StringBuilder cell(int column, XSSFCellStyle style) {
        return cells.append("<c r=\"").append(columnNames[column]).append(rowNumber).append("\" s=\"")
                .append(style.getIndex()).append('"');
    }

    @Override
    public void blank(int column, XSSFCellStyle style) {
        cell(column, style).append("/>");
    }

    @Override
    public void number(int column, XSSFCellStyle style, double value) {
        cell(column, style).append(" t=\"n\"><v>").append(Double.toString(value)).append("</v></c>");
    }

    @Override
    public void text(int column, XSSFCellStyle style, String text) {
        cell(column, style).append(" t=\"s\"><v>").append(strings.index(text)).append("</v></c>");
    }

    @Override
    public void end(float heightPoints) {
        xml.append("<row r=\"").append(rowNumber).append('"');
        if (heightPoints != -1) {
            // as POI's setHeightInPoints keeps it: in twentieths of a point, as a short
            xml.append(" ht=\"").append(Double.toString((double) (short) (heightPoints * 20) / 20))
                    .append("\" customHeight=\"true\"");
        }
        xml.append('>').append(cells).append("</row>");
    }

    /** The rows written, as the bytes of the sheet's entry (ASCII: references and numbers only). */
    byte[] xml() {
        return xml.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The sheet's XML as POI saved it, with the rows inserted after its first row (the header, which every table
     * sheet has).
     *
     * @param entry the package entry, for the message when the XML is not a table sheet's
     */
    static byte[] insertAfterHeader(String entry, byte[] sheet, byte[] rows) {
        // ISO-8859-1 maps byte to char one to one, so a char index is a byte index in the UTF-8 XML
        String xml = new String(sheet, StandardCharsets.ISO_8859_1);
        int data = xml.indexOf("<sheetData>");
        int end = data < 0 ? -1 : xml.indexOf(ROW_END, data);
        if (end < 0) {
            throw new IllegalStateException(entry + " has no header row to write the table's rows after");
        }
        int at = end + ROW_END.length();
        byte[] out = new byte[sheet.length + rows.length];
        System.arraycopy(sheet, 0, out, 0, at);
        System.arraycopy(rows, 0, out, at, rows.length);
        System.arraycopy(sheet, at, out, at + rows.length, sheet.length - at);
        return out;
    }
}
