package gov.nist.mep.impact.report.render;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one workbook, each created once (a workbook holds at most 64,000 styles). */
final class XlsxStyles {

    /** Light grey behind black header text: contrast well above 4.5:1. */
    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

    private final XSSFWorkbook workbook;
    private final Map<XlsxFormat, XSSFCellStyle> body = new EnumMap<>(XlsxFormat.class);
    private final XSSFCellStyle header;
    private final XSSFCellStyle footnote;
    private final XSSFCellStyle noteText;
    private final XSSFCellStyle title;
    private final XSSFCellStyle heading;

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        for (XlsxFormat format : XlsxFormat.values()) {
            XSSFCellStyle style = workbook.createCellStyle();
            if (format.pattern() != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
            }
            style.setWrapText(format.wrapped());
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (format == XlsxFormat.FLAG) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            body.put(format, style);
        }
        header = workbook.createCellStyle();
        header.setFont(font(true, false, 11));
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        footnote = workbook.createCellStyle();
        footnote.setFont(font(false, true, 11));
        noteText = workbook.createCellStyle();
        noteText.setWrapText(true);
        noteText.setVerticalAlignment(VerticalAlignment.TOP);
        title = textStyle(font(true, false, 14));
        heading = textStyle(font(true, false, 12));
    }

    XSSFCellStyle body(XlsxFormat format) {
        return body.get(format);
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle footnote() {
        return footnote;
    }

    XSSFCellStyle noteText() {
        return noteText;
    }

    /** A level-1 heading of a Notes sheet, or a smaller heading for levels 2 and below. */
    XSSFCellStyle heading(int level) {
        return level <= 1 ? title : heading;
    }

    private XSSFCellStyle textStyle(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFFont font(boolean bold, boolean italic, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
