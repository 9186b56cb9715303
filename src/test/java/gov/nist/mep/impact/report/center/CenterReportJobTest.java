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
 * scorecard's figures equal to independently computed ones, each center's rejected records exactly its own, and the
 * same bytes from a second run. (No personal data in any output: RejectedContactDataTest.)
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

    /**
     * Every cell of every figure of the scorecard (value, rank, percentile, host-type rank and percentile) against the
     * independent expected values of fixtures/worked-example-oversight (computed from the extract by a script of its
     * own, not from this program's JSON); a withheld figure is blank in a withheld row and (D) in a published one.
     */
    @Test
    void theScorecardHoldsTheIndependentlyComputedFigures() throws Exception {
        JsonNode expected = JSON.readTree(Fixtures.WORKED_EXAMPLE_OVERSIGHT.resolve("expected-oversight-FY2014.json")
                .toFile()).get("centerOversight");
        int compared = 0;
        try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(out.resolve("center-scorecard-FY2014.xlsx")))) {
            Sheet sheet = book.getSheet(CenterScorecardXlsx.SCORECARD);
            int note = XlsxCellDump.column(sheet, "Note");
            for (JsonNode center : expected.get("centers")) {
                String id = center.get("centerId").asString();
                Row row = XlsxCellDump.row(sheet, 0, id);
                boolean withheldRow = center.get("suppressed").asBoolean();
                assertThat(row.getCell(note).getStringCellValue()).as(id + " note").isEqualTo(withheldRow ? "(D)" : "");
                for (CenterFigure f : CenterFigure.values()) {
                    JsonNode figure = center.get("figures").get(f.key());
                    String what = id + " " + f.key();
                    int column = XlsxCellDump.column(sheet, CenterFigureLabels.label(f));
                    Cell value = row.getCell(column);
                    if (figure.path("withheld").asBoolean()) {
                        assertThat(withheldRow ? XlsxCellDump.isBlank(value) : "(D)".equals(value.getStringCellValue()))
                                .as(what + " withheld").isTrue();
                    } else {
                        check(value, figure.get("value"), what);
                    }
                    if (f.ranked()) {
                        check(row.getCell(column + 1), figure.get("rank"), what + " rank");
                        check(row.getCell(column + 2), figure.get("percentile"), what + " percentile");
                        check(row.getCell(column + 3), figure.get("hostTypeRank"), what + " host-type rank");
                        check(row.getCell(column + 4), figure.get("hostTypePercentile"), what + " host-type percentile");
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(7 * CenterFigure.values().length);
    }

    private static void check(Cell cell, JsonNode expected, String what) {
        if (expected == null || expected.isNull()) {
            assertThat(XlsxCellDump.isBlank(cell)).as(what + " blank").isTrue();
        } else {
            assertThat(cell.getNumericCellValue()).as(what).isCloseTo(expected.asDouble(),
                    org.assertj.core.api.Assertions.within(Math.abs(expected.asDouble()) * 1e-12));
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
