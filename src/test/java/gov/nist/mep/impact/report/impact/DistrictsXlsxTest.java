package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The districts workbook the impact-report job publishes for the district worked example, read back: every cell of
 * every district equals the metrics file the same job wrote (withheld cells blank and marked, the suppression flag as
 * the file says), the workbook conventions hold (frozen header, filter, Notes, properties), and no personal data.
 */
class DistrictsXlsxTest extends BatchTestSupport {

    /** Workbook column header to the metrics file's field; these are blank in a withheld row. */
    private static final Map<String, String> WITHHELD = Map.ofEntries(Map.entry("Surveys fielded", "surveysFielded"),
            Map.entry("Surveys completed", "surveysCompleted"), Map.entry("Responding clients", "respondingClients"),
            Map.entry("Response rate", "responseRate"), Map.entry("New sales", "newSales"),
            Map.entry("Retained sales", "retainedSales"), Map.entry("Cost savings", "costSavings"),
            Map.entry("New client investment", "investment"), Map.entry("Jobs created", "jobsCreated"),
            Map.entry("Jobs retained", "jobsRetained"), Map.entry("Net promoter score", "netPromoterScore"));
    private static final Map<String, String> ALWAYS = Map.of("Congress", "congress", "Clients served", "clientsServed",
            "Projects completed", "projectsCompleted", "Staff hours", "staffHours");

    @TempDir
    Path dir;

    @Test
    void theWorkbookReadBackEqualsTheMetricsFileWithItsSuppressionFlags() throws Exception {
        JobExecution e = run("impact-report", Fixtures.DISTRICT_EXAMPLE.resolve("extract").toAbsolutePath(), dir, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode districts = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(dir.resolve("metrics-FY2014.json").toFile()).get("districts");

        try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(dir.resolve("districts-FY2014.xlsx")))) {
            XSSFSheet sheet = book.getSheet("Districts");
            assertThat(sheet.getLastRowNum()).as("a row per district, the unknown group last, then footnotes")
                    .isGreaterThanOrEqualTo(districts.size());
            int suppressedRows = 0;
            for (int i = 0; i < districts.size(); i++) {
                JsonNode d = districts.get(i);
                Row row = sheet.getRow(i + 1);
                String code = d.get("district").asString();
                assertThat(text(row, sheet, "District")).isEqualTo(code);
                JsonNode flag = d.get("suppressed");
                String expectedFlag = flag.isBoolean() ? "No" : flag.asString().equals("primary") ? "Primary"
                        : "Complementary";
                assertThat(text(row, sheet, "Suppression")).as(code).isEqualTo(expectedFlag);
                boolean withheld = !flag.isBoolean();
                suppressedRows += withheld ? 1 : 0;
                assertThat(text(row, sheet, "Note")).as(code).isEqualTo(withheld ? "(D)" : "");
                assertThat(text(row, sheet, "State")).as(code).isEqualTo(d.get("state").isNull() ? ""
                        : d.get("state").asString());
                List<String> centers = d.get("centers").valueStream().map(JsonNode::asString).toList();
                assertThat(text(row, sheet, "Centers that served it")).as(code)
                        .isEqualTo(String.join(", ", centers));
                for (Map.Entry<String, String> c : ALWAYS.entrySet()) {
                    assertNumber(row, sheet, c.getKey(), d.get(c.getValue()), code);
                }
                for (Map.Entry<String, String> c : WITHHELD.entrySet()) {
                    Cell cell = row.getCell(XlsxCellDump.column(sheet, c.getKey()));
                    if (withheld) {
                        assertThat(XlsxCellDump.isBlank(cell)).as(code + " " + c.getKey() + " withheld").isTrue();
                    } else {
                        assertNumber(row, sheet, c.getKey(), d.get(c.getValue()), code);
                    }
                }
            }
            assertThat(suppressedRows).as("KS-02, KS-03, MI-03, MI-13, MO-05, VT-AL, WA-06, WA-07, WA-10, unknown")
                    .isEqualTo(10);
            // the projects of each district by service category
            XSSFSheet services = book.getSheet("Services by district");
            long rows = 0;
            for (JsonNode d : districts) {
                for (var entry : d.get("projectsByServiceCategory").properties()) {
                    rows++;
                    boolean found = false;
                    for (Row r : services) {
                        if (r.getRowNum() > 0 && text(r, services, "District").equals(d.get("district").asString())
                                && text(r, services, "Code").equals(entry.getKey())) {
                            found = r.getCell(XlsxCellDump.column(services, "Projects completed"))
                                    .getNumericCellValue() == entry.getValue().asLong();
                        }
                    }
                    assertThat(found).as(d.get("district").asString() + " " + entry.getKey()).isTrue();
                }
            }
            assertThat(rows).as("1 + 5 + 1 + 3 + 2 + 1 + 8 + 3 + 4 + 3 + 5 (README)").isEqualTo(36);
            XSSFSheet quality = book.getSheet("Data quality");
            assertThat(XlsxCellDump.row(quality, 0, "Clients without a district").getCell(1).getNumericCellValue())
                    .isEqualTo(10);
            assertThat(XlsxCellDump.row(quality, 0, "Clients in a district of another state than their state column")
                    .getCell(1).getNumericCellValue()).isEqualTo(1);

            // the workbook conventions: frozen header, filter, Notes sheet, properties; no personal data
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(book.getSheetName(book.getNumberOfSheets() - 1)).isEqualTo("Notes");
            StringBuilder notes = new StringBuilder();
            for (Row r : book.getSheet("Notes")) {
                notes.append(r.getCell(0).getStringCellValue()).append('\n');
            }
            assertThat(notes.toString()).contains("118th Congress", "Complementary", "largest business share");
            assertThat(book.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("MEP Congressional District Figures FY2014");
            assertThat(XlsxCellDump.allText(book)).allSatisfy(t -> assertThat(t).doesNotContain("Pat Doe",
                    "@example.com", "555-0100"));
        }
        byte[] again = rerunBytes();
        assertThat(again).isEqualTo(Files.readAllBytes(dir.resolve("districts-FY2014.xlsx")));
    }

    private byte[] rerunBytes() throws Exception {
        Path other = dir.resolve("again");
        JobExecution e = run("impact-report", Fixtures.DISTRICT_EXAMPLE.resolve("extract").toAbsolutePath(), other,
                2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return Files.readAllBytes(other.resolve("districts-FY2014.xlsx"));
    }

    private static String text(Row row, XSSFSheet sheet, String header) {
        Cell cell = row.getCell(XlsxCellDump.column(sheet, header));
        return XlsxCellDump.isBlank(cell) ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : String.valueOf(cell.getNumericCellValue());
    }

    private static void assertNumber(Row row, XSSFSheet sheet, String header, JsonNode expected, String code) {
        Cell cell = row.getCell(XlsxCellDump.column(sheet, header));
        if (expected == null || expected.isNull()) {
            assertThat(XlsxCellDump.isBlank(cell)).as(code + " " + header + " blank").isTrue();
            return;
        }
        assertThat(cell.getCellType()).as(code + " " + header).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).subtract(expected.decimalValue()).abs()
                .doubleValue()).as(code + " " + header).isLessThanOrEqualTo(Math.abs(expected.doubleValue()) * 1e-12);
    }
}
