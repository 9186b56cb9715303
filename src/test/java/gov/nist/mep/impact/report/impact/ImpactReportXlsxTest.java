package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.render.XlsxCellDump.column;
import static gov.nist.mep.impact.report.render.XlsxCellDump.isBlank;
import static gov.nist.mep.impact.report.render.XlsxCellDump.row;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.ProgramRules;
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
 * The Socio-economic Impact Report workbook of the contract's worked example (FY2014), read back with POI: cells equal
 * the metrics model (national, states, a state's summary, centers, estimates), suppressed cells are blank and marked,
 * the bytes are reproducible, no contact data leaks, and the Notes sheet follows the templates folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportXlsxTest extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;
    static final Path TEMPLATES = Path.of("report-templates");
    static final Path NOTES = TEMPLATES.resolve("impact-report").resolve(ImpactReportXlsx.NOTES_FILE);
    static final List<String> IMPACT_COLUMNS = List.of("New sales", "Retained sales", "Cost savings",
            "New client investment", "Jobs created", "Jobs retained", "Net promoter score",
            "New sales per federal dollar", "New client investment per federal dollar", "Cost savings per federal dollar",
            "Federal funds per job created or retained");

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
        xlsx = write(report(TEMPLATES), metrics);
        book = XlsxCellDump.open(xlsx);
    }

    static ImpactReportXlsx report(Path templates) {
        return new ImpactReportXlsx(templates, ProgramRules.defaults());
    }

    @Test
    void sheetsComeInReportOrderWithOneSummaryPerState() {
        List<String> expected = new ArrayList<>(List.of("Headline impacts", "Trend", "States"));
        metrics.states().forEach(s -> expected.add("State " + s.state()));
        expected.addAll(List.of("Centers", "Service categories", "Survey response", "Distribution", "Estimates",
                "Estimation method", "Nonresponse", "Nonresponse size and hours", "Notes"));
        assertThat(sheetNames(book)).containsExactlyElementsOf(expected).allMatch(n -> n.length() <= 31);
    }

    @Test
    void headlineImpactsHoldTheNationalFiguresWithBothDenominators() {
        NationalFigures n = metrics.national();
        Sheet sheet = book.getSheet("Headline impacts");
        int value = column(sheet, "FY2014");
        int denominator = column(sheet, "Denominator (ratios and rates)");
        assertNumber(row(sheet, 0, "Clients served").getCell(value), n.figures().clientsServed());
        assertNumber(row(sheet, 0, "Surveys completed").getCell(value), n.figures().surveysCompleted());
        assertRatio(row(sheet, 0, "Response rate").getCell(value), n.figures().responseRate());
        assertNumber(row(sheet, 0, "New sales").getCell(value), n.figures().newSales());
        assertNumber(row(sheet, 0, "Retained sales").getCell(value), n.figures().retainedSales());
        assertNumber(row(sheet, 0, "Cost savings").getCell(value), n.figures().costSavings());
        assertNumber(row(sheet, 0, "New client investment").getCell(value), n.figures().investment());
        assertNumber(row(sheet, 0, "Jobs created").getCell(value), n.figures().jobsCreated());
        assertNumber(row(sheet, 0, "Jobs retained").getCell(value), n.figures().jobsRetained());
        assertNumber(row(sheet, 0, "Appropriation").getCell(value), n.appropriation());
        assertNumber(row(sheet, 0, "Federal funds awarded to centers").getCell(value), n.funding().federalFunds());
        assertRatio(row(sheet, 0, "New sales per dollar of appropriation").getCell(value),
                n.newSalesPerAppropriationDollar());
        assertRatio(row(sheet, 0, "New sales per dollar of federal funds awarded to centers").getCell(value),
                n.funding().newSalesPerFederalDollar());
        assertRatio(row(sheet, 0, "Cost savings per dollar of appropriation").getCell(value),
                n.costSavingsPerAppropriationDollar());
        assertRatio(row(sheet, 0, "New client investment per dollar of federal funds awarded to centers").getCell(value),
                n.funding().investmentPerFederalDollar());
        assertRatio(row(sheet, 0, "Appropriation per job created or retained").getCell(value),
                n.appropriationCostPerJob());
        assertRatio(row(sheet, 0, "Federal funds awarded to centers per job created or retained").getCell(value),
                n.funding().federalCostPerJob());
        assertThat(row(sheet, 0, "New sales per dollar of appropriation").getCell(denominator).getStringCellValue())
                .isEqualTo("Appropriation");
        assertThat(row(sheet, 0, "Appropriation per job created or retained").getCell(denominator)
                .getStringCellValue()).isEqualTo("Jobs created + jobs retained");
        assertThat(row(sheet, 0, "New sales per dollar of federal funds awarded to centers").getCell(denominator)
                .getStringCellValue()).isEqualTo("Federal funds awarded to centers");
        assertThat(row(sheet, 0, "New sales").getCell(value).getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
        assertThat(row(sheet, 0, "New sales per dollar of appropriation").getCell(value).getCellStyle()
                .getDataFormatString()).isEqualTo("$#,##0.00");
    }

    @Test
    void trendHasEveryFiscalYearAndNativeCharts() {
        XSSFSheet sheet = book.getSheet("Trend");
        int sales = column(sheet, "New sales");
        int jobs = column(sheet, "Jobs created");
        assertThat(metrics.trend()).isNotEmpty();
        for (int i = 0; i < metrics.trend().size(); i++) {
            NationalFigures year = metrics.trend().get(i);
            Row r = sheet.getRow(i + 1);
            assertNumber(r.getCell(0), year.fiscalYear());
            assertNumber(r.getCell(sales), year.figures().newSales());
            assertNumber(r.getCell(jobs), year.figures().jobsCreated());
        }
        assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
        assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().sizeOfLineChartArray())
                .isEqualTo(1);
        XSSFSheet categories = book.getSheet("Service categories");
        assertThat(categories.getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(categories.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().sizeOfBarChartArray())
                .isEqualTo(1);
    }

    @Test
    void statesShowImpactsAndRatiosUnlessSuppressed() {
        Sheet sheet = book.getSheet("States");
        int note = column(sheet, "Note");
        assertThat(metrics.states()).anyMatch(StateFigures::suppressed).anyMatch(s -> !s.suppressed());
        for (StateFigures s : metrics.states()) {
            Row r = row(sheet, 0, s.state());
            assertNumber(r.getCell(column(sheet, "Centers")), s.centers());
            assertNumber(r.getCell(column(sheet, "Federal funds")), s.funding().federalFunds());
            assertNumber(r.getCell(column(sheet, "Surveys fielded")), s.figures().surveysFielded());
            if (s.suppressed()) {
                for (String impact : IMPACT_COLUMNS) {
                    assertThat(isBlank(r.getCell(column(sheet, impact)))).as(s.state() + " " + impact).isTrue();
                }
                assertThat(r.getCell(note).getStringCellValue()).isEqualTo(DisplayFormat.SUPPRESSED);
            } else {
                assertNumber(r.getCell(column(sheet, "New sales")), s.figures().newSales());
                assertNumber(r.getCell(column(sheet, "Jobs retained")), s.figures().jobsRetained());
                assertOptionalRatio(r.getCell(column(sheet, "New sales per federal dollar")),
                        s.funding().newSalesPerFederalDollar());
                assertOptionalRatio(r.getCell(column(sheet, "Federal funds per job created or retained")),
                        s.funding().federalCostPerJob());
                assertThat(isBlank(r.getCell(note))).isTrue();
            }
        }
        assertThat(XlsxCellDump.allText(book))
                .anyMatch(t -> t.startsWith("(D): withheld") && t.contains("fewer than 3 clients of this group"));
    }

    @Test
    void eachStateSheetHoldsTheStateItsCentersAndTheNation() {
        assertThat(metrics.states()).anyMatch(s -> s.centers() == 1);
        for (StateFigures s : metrics.states()) {
            Sheet sheet = book.getSheet("State " + s.state());
            assertThat(sheet).as(s.state()).isNotNull();
            List<CenterFigures> centers = metrics.centers().stream().filter(c -> c.state().equals(s.state())).toList();
            assertThat(sheet.getRow(1).getCell(column(sheet, "Level")).getStringCellValue()).isEqualTo("State");
            assertThat(sheet.getRow(1).getCell(column(sheet, "ID")).getStringCellValue()).isEqualTo(s.state());
            assertNumber(sheet.getRow(1).getCell(column(sheet, "Clients served")), s.figures().clientsServed());
            for (int i = 0; i < centers.size(); i++) {
                CenterFigures c = centers.get(i);
                Row r = sheet.getRow(i + 2);
                assertThat(r.getCell(column(sheet, "ID")).getStringCellValue()).isEqualTo(c.centerId());
                assertNumber(r.getCell(column(sheet, "Federal funds")), c.funding().federalFunds());
                if (!c.suppressed()) {
                    assertNumber(r.getCell(column(sheet, "New sales")), c.figures().newSales());
                }
            }
            Row national = sheet.getRow(centers.size() + 2);
            assertThat(national.getCell(column(sheet, "Level")).getStringCellValue()).isEqualTo("National");
            assertNumber(national.getCell(column(sheet, "New sales")), metrics.national().figures().newSales());
            assertRatio(national.getCell(column(sheet, "New sales per federal dollar")),
                    metrics.national().funding().newSalesPerFederalDollar());
            assertThat(isBlank(national.getCell(column(sheet, "Note")))).isTrue();
            if (s.suppressed()) {
                assertThat(isBlank(sheet.getRow(1).getCell(column(sheet, "New sales")))).isTrue();
                assertThat(sheet.getRow(1).getCell(column(sheet, "Note")).getStringCellValue()).isEqualTo("(D)");
            }
        }
    }

    @Test
    void aStateWithASingleCenterHasThatCenterOnItsSheet() {
        StateFigures single = metrics.states().stream().filter(s -> s.centers() == 1).findFirst().orElseThrow();
        CenterFigures center = metrics.centers().stream().filter(c -> c.state().equals(single.state())).findFirst()
                .orElseThrow();
        Sheet sheet = book.getSheet("State " + single.state());
        assertThat(sheet.getRow(2).getCell(column(sheet, "ID")).getStringCellValue()).isEqualTo(center.centerId());
        assertThat(sheet.getRow(2).getCell(column(sheet, "Name")).getStringCellValue()).isEqualTo(center.centerName());
        assertThat(sheet.getRow(3).getCell(column(sheet, "Level")).getStringCellValue()).isEqualTo("National");
        assertThat((Object) sheet.getRow(4)).isNull();
    }

    @Test
    void centersHoldEachCentersImpacts() {
        Sheet sheet = book.getSheet("Centers");
        for (CenterFigures c : metrics.centers()) {
            Row r = row(sheet, 0, c.centerId());
            assertThat(r.getCell(column(sheet, "State")).getStringCellValue()).isEqualTo(c.state());
            assertNumber(r.getCell(column(sheet, "Surveys completed")), c.figures().surveysCompleted());
            if (c.suppressed()) {
                assertThat(isBlank(r.getCell(column(sheet, "New sales")))).isTrue();
                assertThat(r.getCell(column(sheet, "Note")).getStringCellValue()).isEqualTo("(D)");
            } else {
                assertNumber(r.getCell(column(sheet, "New sales")), c.figures().newSales());
                assertNumber(r.getCell(column(sheet, "Jobs created")), c.figures().jobsCreated());
            }
        }
        Sheet response = book.getSheet("Survey response");
        for (CenterFigures c : metrics.centers()) {
            Row r = row(response, column(response, "ID"), c.centerId());
            assertNumber(r.getCell(column(response, "Surveys fielded")), c.figures().surveysFielded());
            assertOptionalRatio(r.getCell(column(response, "Response rate")), c.figures().responseRate());
        }
    }

    @Test
    void estimatesAreLabelledAndEqualTheModel() {
        Estimates e = metrics.estimates();
        assertThat(e).isNotNull();
        Sheet sheet = book.getSheet("Estimates");
        Estimates.ImpactEstimate sales = e.impacts().get("newSales");
        Row r = row(sheet, 0, "New sales");
        assertNumber(r.getCell(column(sheet, "Reported total (sum over completed surveys)")), sales.reportedTotal());
        assertNumber(r.getCell(column(sheet, "Estimated total (nonresponse-adjusted)")), sales.estimatedTotal());
        assertOptionalNumber(r.getCell(column(sheet, "Estimate: 95% CI lower")), sales.confidenceLower());
        assertOptionalNumber(r.getCell(column(sheet, "Estimate: 95% CI upper")), sales.confidenceUpper());
        assertOptionalNumber(r.getCell(column(sheet, "Estimate: standard error")), sales.standardError());
        assertNumber(r.getCell(column(sheet, "Winsorised reported total")), sales.winsorised().reportedTotal());
        assertNumber(r.getCell(column(sheet, "Records capped")), sales.winsorised().recordsCapped());
        Estimates.ImpactEstimate jobs = e.impacts().get("jobsRetained");
        Row j = row(sheet, 0, "Jobs retained");
        assertNumber(j.getCell(column(sheet, "Estimated total (nonresponse-adjusted)")), jobs.estimatedTotal());
        assertThat(j.getCell(column(sheet, "Unit")).getStringCellValue()).isEqualTo("jobs");
        assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(e.impacts().size());
        assertThat(sales.reportedTotal()).isEqualByComparingTo(metrics.national().figures().newSales());
        assertThat(XlsxCellDump.allText(book)).anyMatch(t -> t.startsWith("Method:") && t.contains("seed 20140930")
                && t.contains("1,000 replicates"));

        Sheet method = book.getSheet("Estimation method");
        int value = column(method, "Value");
        assertNumber(row(method, 0, "Bootstrap seed").getCell(value), e.method().bootstrapSeed());
        assertNumber(row(method, 0, "Bootstrap replicates").getCell(value), e.method().bootstrapReplicates());
        assertNumber(row(method, 0, "Confidence level").getCell(value), e.method().confidenceLevel());
        assertThat(row(method, 0, "Bootstrap seed").getCell(value).getCellStyle().getDataFormatString()).isEqualTo("0");

        Sheet distribution = book.getSheet("Distribution");
        Row d = row(distribution, 0, "New sales");
        Estimates.Distribution perClient = sales.perRespondingClient();
        assertNumber(d.getCell(column(distribution, "Responding clients")), perClient.respondingClients());
        assertNumber(d.getCell(column(distribution, "Mean per responding client")), perClient.mean());
        assertNumber(d.getCell(column(distribution, "Median")), perClient.median());
        assertNumber(d.getCell(column(distribution, "90th percentile")), perClient.percentile90());
        assertNumber(d.getCell(column(distribution, "99th percentile")), perClient.percentile99());
        assertRatio(d.getCell(column(distribution, "Share of zeros")), perClient.shareOfZeros());
    }

    @Test
    void nonresponseComparesRespondentsWithNonRespondents() {
        Estimates.NonresponseComparison c = metrics.estimates().nonresponse();
        Sheet sheet = book.getSheet("Nonresponse");
        int group = column(sheet, "Group");
        for (Estimates.NonresponseShare band : c.sizeBands()) {
            Row r = row(sheet, group, band.group());
            assertNumber(r.getCell(column(sheet, "Respondents (completed surveys)")), band.respondents());
            assertNumber(r.getCell(column(sheet, "Non-respondents (other surveys)")), band.nonrespondents());
            assertOptionalRatio(r.getCell(column(sheet, "Share of respondents")), band.respondentShare());
            assertOptionalRatio(r.getCell(column(sheet, "Response rate")), band.responseRate());
        }
        assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(c.serviceCategories().size() + c.sizeBands().size());
        Sheet measures = book.getSheet("Nonresponse size and hours");
        Row employees = row(measures, 0, "Employees of the client");
        assertOptionalNumber(employees.getCell(column(measures, "Respondents: mean")), c.employees().respondentMean());
        assertOptionalNumber(employees.getCell(column(measures, "Non-respondents: median")),
                c.employees().nonrespondentMedian());
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        assertThat(write(report(TEMPLATES), metrics)).isEqualTo(xlsx);
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
        Files.createDirectories(copy.resolve("impact-report"));
        String original = Files.readString(NOTES);
        Files.writeString(copy.resolve("impact-report").resolve(ImpactReportXlsx.NOTES_FILE), original.replace(
                "## Sources", "## Sources\nEdited by the publications team for FY{fiscalYear}."));
        Files.copy(NOTES.resolveSibling(EconomyWideText.FILE), copy.resolve("impact-report").resolve(EconomyWideText.FILE));

        XSSFWorkbook edited = XlsxCellDump.open(write(report(copy), metrics));

        List<String> before = notes(book);
        List<String> after = notes(edited);
        assertThat(before).contains("Sources").doesNotContain("Edited by the publications team for FY2014.");
        assertThat(after).contains("Edited by the publications team for FY2014.").hasSize(before.size() + 1);
        assertThat(before.get(0)).isEqualTo("MEP Socio-economic Impact Report FY2014: notes");
        assertThat(String.join("\n", before)).contains("fewer than 3 responding clients", "Denominators",
                "Bootstrap seed 20140930", "1,000 replicates", "95%").doesNotContain("{", "<!--");
    }

    @Test
    void documentPropertiesAreDatedTheFiscalYearsEnd() {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("MEP Socio-economic Impact Report FY2014");
        assertThat(core.getSubject()).contains("fiscal year 2014");
        assertThat(core.getCreator()).isEqualTo("MEP Impact");
        assertThat(core.getKeywords()).contains("FY2014");
        assertThat(core.getCreated()).isEqualTo(Date.from(FiscalYear.end(2014).atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(core.getModified()).isEqualTo(core.getCreated());
    }

    @Test
    void everyDataSheetHasABoldFrozenHeaderAFilterAndSetWidths() {
        List<String> names = sheetNames(book);
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

    @Test
    void metricsWithoutEstimatesStillGiveEverySheet() throws IOException {
        ImpactMetrics without = new ImpactMetrics(metrics.fiscalYear(), metrics.national(), metrics.states(),
                metrics.centers(), metrics.serviceCategories(), metrics.dataQuality(), metrics.trend(),
                metrics.yearOverYear(), null, metrics.appropriationHistory(), metrics.successStories());
        XSSFWorkbook written = XlsxCellDump.open(write(report(TEMPLATES), without));
        assertThat(sheetNames(written)).isEqualTo(sheetNames(book));
        assertThat(written.getSheet("Estimates").getLastRowNum()).isGreaterThan(0);
        assertThat((Object) written.getSheet("Estimates").getRow(1)).isNull();
        assertThat(String.join("\n", notes(written))).contains("not computed");
    }

    static byte[] write(ImpactReportXlsx report, ImpactMetrics m) throws IOException {
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

    static void assertOptionalNumber(Cell cell, Number expected) {
        if (expected == null) {
            assertThat(isBlank(cell)).isTrue();
        } else {
            assertNumber(cell, expected);
        }
    }

    static void assertRatio(Cell cell, Double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }

    static void assertOptionalRatio(Cell cell, Double expected) {
        if (expected == null) {
            assertThat(isBlank(cell)).isTrue();
        } else {
            assertRatio(cell, expected);
        }
    }
}
