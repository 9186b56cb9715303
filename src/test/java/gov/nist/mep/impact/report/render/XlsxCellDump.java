package gov.nist.mep.impact.report.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back, as a user would see it: cells as displayed, and lookups by header and label. */
public final class XlsxCellDump {

    private static final DataFormatter SHOWN = new DataFormatter(Locale.US);

    private XlsxCellDump() {
    }

    public static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The first rows of every sheet, each cell as displayed (with its number format) and its raw value. */
    public static String dump(XSSFWorkbook book, int rowsPerSheet) {
        StringBuilder out = new StringBuilder();
        for (Sheet sheet : book) {
            out.append("== ").append(sheet.getSheetName()).append(" (rows ").append(sheet.getLastRowNum() + 1)
                    .append(")\n");
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), rowsPerSheet - 1); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.BLANK) {
                        String shown = SHOWN.formatCellValue(cell);
                        String raw = cell.getCellType() == CellType.NUMERIC ? " {" + cell.getNumericCellValue() + "}" : "";
                        cells.add(new CellReference(cell).formatAsString(false) + "=" + shown + raw);
                    }
                }
                out.append("  ").append(String.join(" | ", cells)).append('\n');
            }
        }
        return out.toString();
    }

    /** Every non-blank cell of every sheet as text (numbers as displayed). */
    public static List<String> allText(XSSFWorkbook book) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.BLANK) {
                        texts.add(SHOWN.formatCellValue(cell));
                    }
                }
            }
        }
        return texts;
    }

    /** The 0-based index of the header cell (row 0) with this text. */
    public static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("sheet '" + sheet.getSheetName() + "' has no header '" + header + "'");
    }

    /** The first row whose cell in {@code column} is the text {@code key}. */
    public static Row row(Sheet sheet, int column, String key) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("sheet '" + sheet.getSheetName() + "' has no row '" + key + "'");
    }

    /** True when the cell is missing or blank. */
    public static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }
}
