package gov.nist.mep.impact.report.annual;

import static gov.nist.mep.impact.report.render.XlsxCellDump.column;
import static gov.nist.mep.impact.report.render.XlsxCellDump.isBlank;
import static gov.nist.mep.impact.report.render.XlsxCellDump.row;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Annual Report workbook of the contract's worked example (FY2014), read back with POI: cells equal the metrics
 * model, the bytes are reproducible, no contact data leaks, and the Notes sheet follows the templates folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportXlsxTest extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;
    static final Path TEMPLATES = Path.of("report-templates");
    static final Path NOTES = TEMPLATES.resolve("annual-report").resolve(AnnualReportXlsx.NOTES_FILE);

    @Autowired
    MetricsCalculator calculator;

    @TempDir
    static Path dir;

    ImpactMetrics metrics;
    byte[] xlsx;
    XSSFWorkbook book;

    @BeforeAll
    void writeTheWorkedExampleWorkbook() throws Exception {
        JobExecution e = run("annual-report", EXAMPLE, dir, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        metrics = calculator.compute(e.getJobInstance().getInstanceId(), 2014);
        xlsx = write(new AnnualReportXlsx(TEMPLATES), metrics);
        book = XlsxCellDump.open(xlsx);
    }

    @Test
    void atAGlanceHoldsTheNationalFiguresOfTheModel() {
        NationalFigures n = metrics.national();
        Sheet sheet = book.getSheet("At a glance");
        int value = column(sheet, "FY2014");
        assertNumber(row(sheet, 0, "Centers").getCell(value), n.centers());
        assertNumber(row(sheet, 0, "Regional offices").getCell(value), n.regionalOffices());
        assertNumber(row(sheet, 0, "Clients served").getCell(value), n.figures().clientsServed());
        assertNumber(row(sheet, 0, "Projects completed").getCell(value), n.figures().projectsCompleted());
        assertNumber(row(sheet, 0, "Appropriation").getCell(value), n.appropriation());
        assertNumber(row(sheet, 0, "Federal funds awarded to centers").getCell(value), n.funding().federalFunds());
        assertNumber(row(sheet, 0, "Non-federal funds (state, local, client fees, other income)").getCell(value),
                n.funding().nonFederalFunds());
        assertNumber(row(sheet, 0, "New sales").getCell(value), n.figures().newSales());
        assertNumber(row(sheet, 0, "Retained sales").getCell(value), n.figures().retainedSales());
        assertNumber(row(sheet, 0, "Cost savings").getCell(value), n.figures().costSavings());
        assertNumber(row(sheet, 0, "New client investment").getCell(value), n.figures().investment());
        assertNumber(row(sheet, 0, "Jobs created").getCell(value), n.figures().jobsCreated());
        assertNumber(row(sheet, 0, "Jobs retained").getCell(value), n.figures().jobsRetained());
        assertNumber(row(sheet, 0, "Staff hours (staff and third-party)").getCell(value), n.figures().staffHours());
        assertRatio(row(sheet, 0, "New sales per dollar of federal funds awarded to centers").getCell(value),
                n.funding().newSalesPerFederalDollar());
        assertRatio(row(sheet, 0, "Federal funds awarded to centers per job created or retained").getCell(value),
                n.funding().federalCostPerJob());
        assertRatio(row(sheet, 0, "New sales per dollar of appropriation").getCell(value),
                n.newSalesPerAppropriationDollar());
        assertRatio(row(sheet, 0, "Appropriation per job created or retained").getCell(value),
                n.appropriationCostPerJob());
        int denominator = column(sheet, "Denominator (ratios and rates)");
        assertThat(row(sheet, 0, "New sales per dollar of appropriation").getCell(denominator).getStringCellValue())
                .isEqualTo("Appropriation");
        assertThat(row(sheet, 0, "New sales per dollar of federal funds awarded to centers").getCell(denominator)
                .getStringCellValue()).isEqualTo("Federal funds awarded to centers");
        assertThat(row(sheet, 0, "New sales").getCell(value).getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
        assertThat(row(sheet, 0, "New sales per dollar of appropriation").getCell(value).getCellStyle()
                .getDataFormatString()).isEqualTo("$#,##0.00");
        assertThat(row(sheet, 0, "Clients served").getCell(value).getCellStyle().getDataFormatString())
                .isEqualTo("#,##0");
    }

    @Test
    void fundingByCenterHoldsEachCentersFederalFundsAndCompliance() {
        Sheet sheet = book.getSheet("Funding by center");
        int federal = column(sheet, "Federal funds");
        int share = column(sheet, "Federal share");
        int compliant = column(sheet, "Cost-share compliant");
        assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(metrics.centers().size());
        for (int i = 0; i < metrics.centers().size(); i++) {
            CenterFigures c = metrics.centers().get(i);
            Row r = sheet.getRow(i + 1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(c.centerId());
            assertNumber(r.getCell(federal), c.funding().federalFunds());
            if (c.costShareCompliant() == null) {
                assertThat(isBlank(r.getCell(compliant))).as(c.centerId()).isTrue();
                assertThat(isBlank(r.getCell(share))).as(c.centerId()).isTrue();
            } else {
                assertThat(r.getCell(compliant).getStringCellValue()).as(c.centerId())
                        .isEqualTo(c.costShareCompliant() ? "Yes" : "No");
                assertRatio(r.getCell(share), c.federalShare());
            }
        }
        assertThat(metrics.centers()).anyMatch(c -> Boolean.FALSE.equals(c.costShareCompliant()));
    }

    @Test
    void servicesHoldEachCategorysProjectsAndHours() {
        Sheet sheet = book.getSheet("Services");
        int code = column(sheet, "Code");
        int projects = column(sheet, "Projects completed");
        int hours = column(sheet, "Staff hours");
        assertThat(metrics.serviceCategories()).isNotEmpty();
        for (CategoryFigures c : metrics.serviceCategories()) {
            Row r = row(sheet, code, c.serviceCategory());
            assertNumber(r.getCell(projects), c.figures().projectsCompleted());
            assertNumber(r.getCell(hours), c.figures().staffHours());
        }
        assertThat(book.getSheet("Services").getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(book.getSheet("Appropriation history").getDrawingPatriarch().getCharts()).hasSize(1);
    }

    @Test
    void statesShowImpactsUnlessSuppressed() {
        Sheet sheet = book.getSheet("States");
        int newSales = column(sheet, "New sales");
        int jobs = column(sheet, "Jobs created");
        int ratio = column(sheet, "New sales per federal dollar");
        int note = column(sheet, "Note");
        int centers = column(sheet, "Centers");
        assertThat(metrics.states()).anyMatch(StateFigures::suppressed).anyMatch(s -> !s.suppressed());
        for (StateFigures s : metrics.states()) {
            Row r = row(sheet, 0, s.state());
            assertNumber(r.getCell(centers), s.centers());
            if (s.suppressed()) {
                assertThat(isBlank(r.getCell(newSales)) && isBlank(r.getCell(jobs)) && isBlank(r.getCell(ratio)))
                        .as(s.state()).isTrue();
                assertThat(r.getCell(note).getStringCellValue()).isEqualTo(DisplayFormat.SUPPRESSED);
            } else {
                assertNumber(r.getCell(newSales), s.figures().newSales());
                assertNumber(r.getCell(jobs), s.figures().jobsCreated());
                assertThat(isBlank(r.getCell(note))).isTrue();
            }
        }
        assertThat(XlsxCellDump.allText(book))
                .anyMatch(t -> t.startsWith("(D): withheld") && t.contains("fewer than 3 clients of this group"));
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        byte[] again = write(new AnnualReportXlsx(TEMPLATES), metrics);
        assertThat(again).isEqualTo(xlsx);
        // and nothing in the package depends on the clock: every entry is dated the fiscal year's end
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(FiscalYear.end(2014).atStartOfDay());
            }
        }
    }

    @Test
    void noContactDataOfTheExtractAppearsAnywhere() throws IOException {
        List<String> forbidden = List.of("Pat Doe", "@example.com", "555-0100");
        for (String text : XlsxCellDump.allText(book)) {
            for (String f : forbidden) {
                assertThat(text).doesNotContainIgnoringCase(f);
            }
        }
        // and nowhere in the package either (properties, drawings, shared strings)
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String f : forbidden) {
                    assertThat(part).as(e.getName()).doesNotContainIgnoringCase(f);
                }
            }
        }
        assertThat(Files.readString(EXAMPLE.resolve("meis/clients/KS01-a.csv"))).contains("@example.com");
    }

    @Test
    void theNotesSheetIsTheTemplatesFoldersText() throws IOException {
        Path copy = dir.resolve("templates");
        Files.createDirectories(copy.resolve("annual-report"));
        String original = Files.readString(NOTES);
        Files.writeString(copy.resolve("annual-report").resolve(AnnualReportXlsx.NOTES_FILE), original.replace("## Sources",
                "## Sources\nEdited by the publications team for FY{fiscalYear}."));

        XSSFWorkbook edited = XlsxCellDump.open(write(new AnnualReportXlsx(copy), metrics));

        List<String> before = notes(book);
        List<String> after = notes(edited);
        assertThat(before).contains("Sources").doesNotContain("Edited by the publications team for FY2014.");
        assertThat(after).contains("Edited by the publications team for FY2014.");
        assertThat(after).hasSize(before.size() + 1);
        assertThat(before.get(0)).isEqualTo("MEP Annual Report FY2014: notes");
        assertThat(String.join("\n", before)).contains("fewer than 3 responding clients", "Denominators")
                .doesNotContain("{", "<!--");
    }

    @Test
    void documentPropertiesAreDatedTheFiscalYearsEnd() {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("MEP Annual Report FY2014");
        assertThat(core.getSubject()).contains("fiscal year 2014");
        assertThat(core.getCreator()).isEqualTo("MEP Impact");
        assertThat(core.getKeywords()).contains("FY2014");
        assertThat(core.getCreated()).isEqualTo(Date.from(FiscalYear.end(2014).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Test
    void everyDataSheetHasABoldFrozenHeaderAFilterAndSetWidths() {
        List<String> names = sheetNames(book);
        assertThat(names).containsExactly("At a glance", "Appropriation history", "Funding by center",
                "Cost-share non-compliant", "Centers by host type", "States", "Services", "Impacts by service category",
                "Center operations", "Success stories", "Center directory", "Data quality", "Data quality by file",
                "Rejects by rule", "Notes");
        for (String name : names.subList(0, names.size() - 1)) {
            XSSFSheet sheet = book.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            for (Cell header : sheet.getRow(0)) {
                String where = name + "!" + header.getStringCellValue();
                assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getBold()).as(where).isTrue();
                var width = sheet.getColumnHelper().getColumn(header.getColumnIndex(), false);
                assertThat(width).as(where).isNotNull();
                assertThat(width.getCustomWidth()).as(where).isTrue();
            }
        }
    }

    static byte[] write(AnnualReportXlsx report, ImpactMetrics m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(m, out);
        return out.toByteArray();
    }

    static List<String> notes(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet("Notes");
        List<String> lines = new ArrayList<>();
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) {
                lines.add(c.getStringCellValue());
            }
        }
        return lines;
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The cell is numeric and holds exactly the model's value (no rounding beyond the nearest double). */
    static void assertNumber(Cell cell, Number expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        BigDecimal want = expected instanceof BigDecimal b ? b : new BigDecimal(expected.toString());
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(want);
    }

    static void assertRatio(Cell cell, Double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }
}
