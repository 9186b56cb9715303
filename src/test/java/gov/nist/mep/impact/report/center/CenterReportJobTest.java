package gov.nist.mep.impact.report.center;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterFigure;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The center-report job on the contract's worked example: a scorecard row and a feedback file for every center, the
 * scorecard read back equal to the metrics JSON, each center's rejected records exactly its own, no personal data,
 * and the same bytes from a second run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CenterReportJobTest extends BatchTestSupport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private Path out;
    private JsonNode metrics;

    @BeforeAll
    void runTheJob() throws Exception {
        out = Files.createTempDirectory("center-report");
        JobExecution e = run("center-report", Fixtures.EXAMPLE_EXTRACT.toAbsolutePath(), out, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        metrics = JSON.readTree(out.resolve("metrics-FY2014.json").toFile());
    }

    private List<String> centerIds() {
        List<String> ids = new ArrayList<>();
        metrics.get("centers").forEach(c -> ids.add(c.get("centerId").asString()));
        return ids;
    }

    @Test
    void everyCenterHasAScorecardRowAndAFeedbackFile() throws Exception {
        assertThat(centerIds()).isNotEmpty();
        try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(out.resolve("center-scorecard-FY2014.xlsx")))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheet(CenterScorecardXlsx.SCORECARD);
            for (String id : centerIds()) {
                assertThat(XlsxCellDump.row(sheet, 0, id)).as("scorecard row of %s", id).isNotNull();
                assertThat(out.resolve("center-feedback/" + id + "-FY2014.xlsx")).isNotEmptyFile();
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(7);
            assertThat(book.getSheet("Notes")).isNotNull();
        }
    }

    @Test
    void theScorecardReadBackEqualsTheMetricsJson() throws Exception {
        JsonNode oversight = metrics.get("centerOversight");
        int compared = 0;
        try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(out.resolve("center-scorecard-FY2014.xlsx")))) {
            Sheet sheet = book.getSheet(CenterScorecardXlsx.SCORECARD);
            for (JsonNode center : oversight.get("centers")) {
                Row row = XlsxCellDump.row(sheet, 0, center.get("centerId").asString());
                for (CenterFigure f : CenterFigure.values()) {
                    JsonNode figure = center.get("figures").get(f.key());
                    assertThat(XlsxCellDump.column(sheet, CenterFigureLabels.label(f)))
                            .isEqualTo(CenterScorecardXlsx.column(f, 0));
                    check(row.getCell(CenterScorecardXlsx.column(f, 0)), figure.get("value"), f.key());
                    if (f.ranked()) {
                        check(row.getCell(CenterScorecardXlsx.column(f, 1)), figure.get("rank"), f.key() + " rank");
                        check(row.getCell(CenterScorecardXlsx.column(f, 2)), figure.get("percentile"), f.key());
                        check(row.getCell(CenterScorecardXlsx.column(f, 3)), figure.get("hostTypeRank"), f.key());
                        check(row.getCell(CenterScorecardXlsx.column(f, 4)), figure.get("hostTypePercentile"),
                                f.key());
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(oversight.get("centers").size() * CenterFigure.values().length);
    }

    private static void check(Cell cell, JsonNode expected, String what) {
        if (expected == null || expected.isNull()) {
            assertThat(XlsxCellDump.isBlank(cell)).as(what + " blank").isTrue();
        } else {
            assertThat(cell.getNumericCellValue()).as(what).isEqualTo(expected.asDouble());
        }
    }

    @Test
    void eachCentersFeedbackHoldsExactlyItsOwnRejectedRecords() throws Exception {
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
        Set<String> all = new HashSet<>();
        for (String line : rejects.subList(1, rejects.size())) {
            String[] cells = line.split(",", -1);
            all.add(cells[0] + "," + cells[1]);
        }
        Map<String, Set<String>> byCenter = new TreeMap<>();
        for (String id : centerIds()) {
            Set<String> own = new HashSet<>();
            try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(out.resolve("center-feedback/" + id
                    + "-FY2014.xlsx")))) {
                Sheet sheet = book.getSheet(CenterFeedbackXlsx.REJECTED);
                int explained = XlsxCellDump.column(sheet, "What the rule asks");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || XlsxCellDump.isBlank(row.getCell(1))) {
                        break;
                    }
                    own.add(row.getCell(0).getStringCellValue() + "," + (long) row.getCell(1).getNumericCellValue());
                    assertThat(row.getCell(explained).getStringCellValue()).doesNotStartWith("Rule '");
                }
            }
            assertThat(all).containsAll(own);
            byCenter.put(id, own);
            JsonNode figures = oversightOf(id).get("figures");
            assertThat((long) own.size()).isEqualTo(figures.get("rejectedRecords").get("value").asLong());
        }
        // client and project files of the worked example are named after their center; their rejects (other than
        // those naming an unknown center) belong to that center and to no other
        for (String key : all) {
            String file = key.split(",")[0];
            if (file.startsWith("meis/") && !rejectRule(rejects, key).equals("unknown-center")) {
                String center = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('/') + 5);
                byCenter.forEach((id, own) -> assertThat(own.contains(key)).as(key + " in " + id)
                        .isEqualTo(id.equals(center)));
            }
        }
    }

    private static String rejectRule(List<String> rejects, String key) {
        return rejects.stream().filter(l -> l.startsWith(key + ",")).findFirst().orElseThrow().split(",", -1)[3];
    }

    private JsonNode oversightOf(String id) {
        for (JsonNode c : metrics.get("centerOversight").get("centers")) {
            if (c.get("centerId").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void noOutputHoldsAContactFieldOfTheExtract() throws Exception {
        Set<String> contacts = contactValues();
        assertThat(contacts).isNotEmpty();
        for (Path xlsx : xlsxOutputs(out)) {
            try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(xlsx))) {
                for (String text : XlsxCellDump.allText(book)) {
                    for (String contact : contacts) {
                        assertThat(text).as(xlsx.getFileName().toString()).doesNotContain(contact);
                    }
                }
            }
        }
        String json = Files.readString(out.resolve("metrics-FY2014.json"));
        contacts.forEach(c -> assertThat(json).doesNotContain(c));
    }

    /** Every contact_name, contact_email and contact_phone value of the worked example's client files. */
    private static Set<String> contactValues() throws Exception {
        Set<String> values = new HashSet<>();
        try (Stream<Path> files = Files.list(Fixtures.EXAMPLE_EXTRACT.resolve("meis/clients"))) {
            for (Path f : files.toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.get(0).split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",", -1);
                    for (String column : List.of("contact_name", "contact_email", "contact_phone")) {
                        int i = header.indexOf(column);
                        if (i >= 0 && i < cells.length && cells[i].length() > 3) {
                            values.add(cells[i]);
                        }
                    }
                }
            }
        }
        return values;
    }

    /**
     * The workbooks a user sees in the output folder: its names are links into the current generation (in the hidden
     * .mep-publish/, with the runs' work folders), so the walk follows links and leaves hidden entries out (it used to
     * leave out .work-N folders).
     */
    private static List<Path> xlsxOutputs(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(p -> p.toString().endsWith(".xlsx") && !folder.relativize(p).toString()
                    .startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws Exception {
        Path again = Files.createTempDirectory("center-report-again");
        assertThat(run("center-report", Fixtures.EXAMPLE_EXTRACT.toAbsolutePath(), again, 2014).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        List<Path> first = xlsxOutputs(out);
        assertThat(first).hasSizeGreaterThan(centerIds().size());
        for (Path f : first) {
            assertThat(Files.readAllBytes(again.resolve(out.relativize(f)))).as(out.relativize(f).toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
        assertThat(Files.readAllBytes(again.resolve("metrics-FY2014.json")))
                .isEqualTo(Files.readAllBytes(out.resolve("metrics-FY2014.json")));
    }
}
