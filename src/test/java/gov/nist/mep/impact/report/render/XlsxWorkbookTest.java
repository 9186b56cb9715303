package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX building blocks: exact values, formats, disclosure control, contact details, reproducible bytes. */
class XlsxWorkbookTest {

    static final XlsxDocumentProperties PROPERTIES = new XlsxDocumentProperties("Title", "Subject", "MEP Impact",
            "k1; k2", "Description", LocalDate.of(2014, 9, 30));

    record Group(String name, BigDecimal sales, long jobs, Double ratio, boolean suppressed) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("Alpha", new BigDecimal("1234567.89"), 12, 19.53125, false),
            new Group("Beta", new BigDecimal("98.10"), 2, 0.000835789621872854, true),
            new Group("Gamma", BigDecimal.ZERO, 0, null, false));

    static XlsxTable<Group> groups() {
        return XlsxTable.of("Groups", GROUPS)
                .column("Group", 12, XlsxFormat.TEXT, Group::name)
                .column("Jobs (not controlled)", 10, XlsxFormat.COUNT, Group::jobs)
                .impact("New sales", 16, XlsxFormat.MONEY, Group::sales)
                .impact("Per dollar", 12, XlsxFormat.MONEY_RATIO, Group::ratio)
                .suppressWhen(Group::suppressed, "S: suppressed (fewer than 3 responding clients).")
                .footnote("A second footnote.")
                .chart(new XlsxChart(XlsxChart.Kind.BAR, "Jobs by group", "Group", "Jobs (not controlled)", null,
                        "Jobs", "Bar chart of jobs by group."));
    }

    static byte[] write(XlsxTable<?>... tables) throws IOException {
        try (XlsxWorkbook book = new XlsxWorkbook(PROPERTIES)) {
            for (XlsxTable<?> t : tables) {
                book.add(t);
            }
            book.addNotes("Notes", new XlsxNotes(List.of(new XlsxNotes.Block(XlsxNotes.Kind.HEADING, 1, "Notes"))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void cellsHoldTheExactValuesWithTheirFormats() throws IOException {
        XSSFSheet sheet = XlsxCellDump.open(write(groups())).getSheet("Groups");

        Row alpha = sheet.getRow(1);
        assertThat(alpha.getCell(2).getNumericCellValue()).isEqualTo(1234567.89);
        assertThat(alpha.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
        assertThat(alpha.getCell(3).getNumericCellValue()).isEqualTo(19.53125);
        assertThat(alpha.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("$#,##0.00");
        assertThat(alpha.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        Row gamma = sheet.getRow(3);
        assertThat(gamma.getCell(2).getNumericCellValue()).isZero();
        assertThat(gamma.getCell(3).getCellType()).as("a null ratio is blank").isEqualTo(CellType.BLANK);
        assertThat(sheet.getColumnWidth(2)).isEqualTo(16 * 256);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
        assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
    }

    @Test
    void suppressedRowsHaveBlankImpactCellsAMarkerAndAFootnote() throws IOException {
        XSSFSheet sheet = XlsxCellDump.open(write(groups())).getSheet("Groups");

        assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Note");
        Row beta = sheet.getRow(2);
        assertThat(beta.getCell(0).getStringCellValue()).isEqualTo("Beta");
        assertThat(beta.getCell(1).getNumericCellValue()).as("not an impact column").isEqualTo(2);
        assertThat(beta.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(beta.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(beta.getCell(4).getStringCellValue()).isEqualTo(DisplayFormat.SUPPRESSED);
        assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(sheet.getRow(5).getCell(0).getStringCellValue())
                .isEqualTo("S: suppressed (fewer than 3 responding clients).");
        assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("A second footnote.");
    }

    @Test
    void theSameContentGivesTheSameBytesInAnyTimeZone() throws IOException {
        byte[] first = write(groups());
        TimeZone zone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = write(groups());
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void zipEntriesCarryTheFixedTimeInAFixedOrder() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write(groups())))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2014, 9, 30, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNull();
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted();
        assertThat(names).contains("xl/charts/chart1.xml", "docProps/core.xml");
    }

    @Test
    void documentPropertiesComeFromTheData() throws IOException {
        XSSFWorkbook book = XlsxCellDump.open(write(groups()));
        var core = book.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Title");
        assertThat(core.getSubject()).isEqualTo("Subject");
        assertThat(core.getCreator()).isEqualTo("MEP Impact");
        assertThat(core.getKeywords()).isEqualTo("k1; k2");
        assertThat(core.getCreated().toInstant()).hasToString("2014-09-30T00:00:00Z");
        assertThat(core.getModified().toInstant()).hasToString("2014-09-30T00:00:00Z");
    }

    record Story(String text) {
    }

    @Test
    void contactDetailsInTextNeverReachACell() throws IOException {
        XlsxTable<Story> stories = XlsxTable.of("Stories", List.of(
                new Story("Call Pat at 555-0100 or (301) 975-2000, or write to pat.doe@example.com."),
                new Story("Lead time down 40% in 2013-2014; scrap cut from 1,200 to 300 parts; $1.5 million sales."),
                new Story("Phone +1 301.975.2000 now.")))
                .column("Story", 60, XlsxFormat.WRAPPED_TEXT, Story::text);
        XSSFSheet sheet = XlsxCellDump.open(write(stories)).getSheet("Stories");

        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Call Pat at "
                + XlsxContactDetails.REMOVED + " or " + XlsxContactDetails.REMOVED + ", or write to "
                + XlsxContactDetails.REMOVED + ".");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                .isEqualTo("Lead time down 40% in 2013-2014; scrap cut from 1,200 to 300 parts; $1.5 million sales.");
        assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                .isEqualTo("Phone " + XlsxContactDetails.REMOVED + " now.");
    }

    @Test
    void mistakesInATableFailFastNamingTheSheet() {
        assertThatThrownBy(() -> XlsxTable.of("Groups", GROUPS).column("Group", 12, XlsxFormat.TEXT, Group::name)
                .chart(new XlsxChart(XlsxChart.Kind.BAR, "t", "Group", "Missing", null, null, "alt")))
                .hasMessageContaining("sheet 'Groups' has no column 'Missing'");
        assertThatThrownBy(() -> XlsxTable.of("Groups", GROUPS).column("Group", 12, XlsxFormat.TEXT, Group::name)
                .column("Group", 12, XlsxFormat.TEXT, Group::name))
                .hasMessageContaining("two columns 'Group'");
        assertThatThrownBy(() -> XlsxTable.of("A sheet name that is far too long for Excel", GROUPS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    record Year(int year, BigDecimal amount) {
    }

    @Test
    void aLineChartReadsTheTablesCellsAndCarriesAltText() throws IOException {
        XlsxTable<Year> trend = XlsxTable.of("Trend", List.of(new Year(2012, new BigDecimal("120000000")),
                        new Year(2013, new BigDecimal("128000000"))))
                .column("Fiscal year", 10, XlsxFormat.YEAR, Year::year)
                .column("Amount", 16, XlsxFormat.MONEY, Year::amount)
                .footnote("Source: test.")
                .chart(new XlsxChart(XlsxChart.Kind.LINE, "Amount by year", "Fiscal year", "Amount", "Fiscal year",
                        "Dollars", "Line chart of the amount by year."));
        XSSFSheet sheet = XlsxCellDump.open(write(trend)).getSheet("Trend");

        var chart = sheet.getDrawingPatriarch().getCharts().get(0);
        String xml = chart.getCTChartSpace().toString();
        assertThat(xml).contains("lineChart", "Trend!$A$2:$A$3", "Trend!$B$2:$B$3", "Amount by year");
        var frame = sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
        assertThat(frame.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr())
                .isEqualTo("Line chart of the amount by year.");
        assertThat(frame.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getId()).isEqualTo(1);
        assertThat(frame.getFrom().getRow()).as("below the footnote").isEqualTo(6);
    }

    @Test
    void anEmptyTableStillHasItsHeaderAndFilter() throws IOException {
        XlsxTable<Group> empty = XlsxTable.of("Empty", List.<Group>of())
                .column("Group", 12, XlsxFormat.TEXT, Group::name)
                .column("Jobs", 10, XlsxFormat.COUNT, Group::jobs)
                .chart(new XlsxChart(XlsxChart.Kind.COLUMN, "Jobs", "Group", "Jobs", null, null, "alt"));
        XSSFSheet sheet = XlsxCellDump.open(write(empty)).getSheet("Empty");
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Jobs");
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B1");
        assertThat(sheet.getDrawingPatriarch()).as("no chart without data").isNull();
    }

    /**
     * A text the workbook has already is referred to without POI's rich-text element: the sheet and the shared strings
     * must be exactly what POI's own {@code setCellValue(String)} writes, repeats, white space at the ends (looked up
     * by its XML, as POI does), an empty text and one that looks like XML included; plain POI is the oracle.
     */
    @Test
    void repeatedTextsGiveTheCellsAndSharedStringsOfPlainPoi() throws IOException {
        List<String> texts = new ArrayList<>();
        String[] words = {"Clients", "Projects", " leading", "trailing ", "", "<t>x</t>", "Clients", "a&b", "Projects",
            " leading", "meis/projects/OH01-2014Q1.csv", "trailing ", "\u00e9t\u00e9", "", "Clients"};
        for (int i = 0; i < 300; i++) {
            texts.add(words[i % words.length]);
            texts.add("unique " + i);
        }
        try (XSSFWorkbook plain = new XSSFWorkbook(); XSSFWorkbook ours = new XSSFWorkbook(XlsxSharedStrings.FACTORY)) {
            XSSFSheet plainSheet = plain.createSheet("S");
            XSSFSheet ourSheet = ours.createSheet("S");
            for (int i = 0; i < texts.size(); i++) {
                plainSheet.createRow(i).createCell(0).setCellValue(texts.get(i));
                XlsxWorkbook.setText(ourSheet.createRow(i).createCell(0), texts.get(i));
            }
            assertThat(ours.getSharedStringSource().getCount()).isEqualTo(texts.size());
            assertThat(ours.getSharedStringSource().getUniqueCount())
                    .isEqualTo(plain.getSharedStringSource().getUniqueCount());
            ByteArrayOutputStream plainBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream ourBytes = new ByteArrayOutputStream();
            plain.write(plainBytes);
            ours.write(ourBytes);
            for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
                assertThat(entry(ourBytes.toByteArray(), part)).as(part)
                        .isEqualTo(entry(plainBytes.toByteArray(), part));
            }
        }
    }

    record Line(String name, BigDecimal amount, Double ratio, Boolean flag, String story, boolean suppressed) {
    }

    /**
     * Rows of every kind a table writes: numbers of every size and sign, blanks, Yes/No, repeated texts and texts
     * with XML characters, white space at the ends or none at all, wrapped texts that make a row taller (up to the
     * highest row), suppressed rows.
     */
    static List<Line> lines() {
        String[] names = {"Alpha", " leading", "trailing ", "", "<t>x</t>", "a&b \"q\"", "\u00e9t\u00e9", "Alpha"};
        String[] amounts = {"1234567.89", "0", "-0.5", "1E+7", "123456789012.34", "0.000835789621872854", "98.10",
            "-42", "1E-7", "99999999999999999999"};
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String story = i % 7 == 0 ? null : "word ".repeat(i % 3 == 0 ? 4 : 40 * (i % 5) + 1).strip();
            if (i == 119) {
                story = "long ".repeat(3000).strip();
            }
            lines.add(new Line(names[i % names.length] + (i % 3 == 0 ? "" : " " + i / 10),
                    i % 11 == 5 ? null : new BigDecimal(amounts[i % amounts.length]),
                    i % 4 == 0 ? null : i / 7.0, i % 5 == 0 ? null : i % 2 == 0, story, i % 9 == 4));
        }
        return lines;
    }

    static XlsxTable<Line> lineTable(String sheet, boolean chart, boolean footnotes) {
        XlsxTable<Line> t = XlsxTable.of(sheet, lines())
                .column("Name", 12, XlsxFormat.TEXT, Line::name)
                .impact("Amount", 16, XlsxFormat.MONEY, Line::amount)
                .impact("Ratio", 12, XlsxFormat.MONEY_RATIO, Line::ratio)
                .column("Flag", 6, XlsxFormat.FLAG, Line::flag)
                .column("Story", 30, XlsxFormat.WRAPPED_TEXT, Line::story);
        if (footnotes) {
            t = t.suppressWhen(Line::suppressed, "S: suppressed.").footnote("Another footnote.");
        }
        return chart ? t.chart(new XlsxChart(XlsxChart.Kind.BAR, "Amounts", "Name", "Amount", null, null, "alt"))
                : t;
    }

    /**
     * The data rows of a table without charts are written as XML by XlsxSheetRows; those of a table with charts are
     * POI's own rows (a chart reads the cells). POI is the oracle: the same table both ways must give the same rows,
     * dimension and shared strings, with footnotes and suppression or without.
     */
    @Test
    void rowsWrittenAsXmlAreTheRowsPoiWrites() throws IOException {
        for (boolean footnotes : new boolean[] {true, false}) {
            byte[] poi = write(lineTable("First", true, footnotes), lineTable("Second", true, footnotes));
            byte[] xml = write(lineTable("First", false, footnotes), lineTable("Second", false, footnotes));
            for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
                String poiSheet = entry(poi, sheet);
                String xmlSheet = entry(xml, sheet);
                assertThat(between(xmlSheet, "<sheetData>", "</sheetData>")).as(sheet)
                        .isEqualTo(between(poiSheet, "<sheetData>", "</sheetData>"))
                        .contains("customHeight=\"true\"", "t=\"n\"", "t=\"s\"", "<row r=\"121\"");
                assertThat(between(xmlSheet, "<dimension", "/>")).as(sheet)
                        .isEqualTo(between(poiSheet, "<dimension", "/>"))
                        .isEqualTo(footnotes ? "<dimension ref=\"A1:F124\"" : "<dimension ref=\"A1:E121\"");
            }
            assertThat(entry(xml, "xl/sharedStrings.xml")).isEqualTo(entry(poi, "xl/sharedStrings.xml"));
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        assertThat(from).as(start).isNotNegative();
        assertThat(to).as(end).isNotNegative();
        return text.substring(from, to);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
