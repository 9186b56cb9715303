package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.support.Fixtures;
import gov.nist.mep.impact.support.TestExtract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: arguments, job definitions, exit codes and the console summary. */
class MainTest {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        all.add("--logging.level.gov.nist.mep=WARN");
        return Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path definition(String... lines) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        return Files.write(jobs.resolve("test.properties"), List.of(lines));
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(Main.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(stdout()).contains("run <job>").contains("Exit codes");
    }

    @Test
    void validateOnTheExampleExitsZeroWithASummaryThatReconciles() throws Exception {
        Path def = definition("job=validate", "input=" + EXAMPLE, "output=out");

        int exit = main("run", def.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("validate COMPLETED")
                .contains("Records read: 395 in 40 files; accepted 309, superseded 13, rejected 73.")
                .contains("data-quality.json, rejects.csv");
        assertThat(Files.readAllLines(dir.resolve("out").resolve("rejects.csv"))).hasSize(74);
    }

    @Test
    void commandLineOptionsOverrideTheDefinition() throws Exception {
        Path def = definition("job=annual-report", "input=nowhere", "output=out", "fiscal-year=2013");
        Path out = dir.resolve("elsewhere");

        int exit = main("run", def.toString(), "--input", EXAMPLE.toString(), "--output=" + out, "--fiscal-year",
                "2014");

        assertThat(exit).isZero();
        assertThat(out.resolve("metrics-FY2014.json")).exists();
        assertThat(out.resolve("metrics-FY2013.json")).doesNotExist();
    }

    @Test
    void historyListsTheExecutionsOfTheJobRepositoryWithCounts() throws Exception {
        Path def = definition("job=validate", "input=" + EXAMPLE, "output=out");
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db");
        assertThat(Main.run(new String[] {"run", def.toString(), url}, new PrintStream(out), new PrintStream(err)))
                .isZero();

        int exit = Main.run(new String[] {"history", url}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err));

        assertThat(exit).isZero();
        assertThat(stdout()).containsPattern("\\d+ +validate +COMPLETED +\\d{4}-\\d\\d-\\d\\d [0-9:]+ +[0-9.]+ s +- +395 +73  "
                + java.util.regex.Pattern.quote(dir.resolve("out").toString()));
    }

    @Test
    void theImpactReportJobWritesTheReportTheFactSheetsAndTheMetricsWithTheExpectedFigures() throws Exception {
        Path def = definition("job=impact-report", "input=" + EXAMPLE, "output=out", "fiscal-year=2014");

        assertThat(main("run", def.toString())).isZero();

        // expected figures: the contract's expected FY2014 metrics (fixtures/contract-example), in the display formats
        // of report-templates/README.md (millions to one decimal, else whole dollars)
        Path out = dir.resolve("out");
        try (var sheets = Files.list(out.resolve("state-fact-sheets"))) {
            assertThat(sheets.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("KS-FY2014.pdf", "MI-FY2014.pdf", "RI-FY2014.pdf", "VT-FY2014.pdf",
                            "WA-FY2014.pdf");
        }
        var json = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(out.resolve("metrics-FY2014.json").toFile());
        assertThat(json.get("national").get("newSales").decimalValue()).isEqualByComparingTo("32577034.72");
        assertThat(json.get("national").get("clientsServed").asLong()).isEqualTo(33);

        String report = text(out.resolve("impact-report-FY2014.pdf"));
        assertThat(report).contains("served 33 clients", "reported $32.6 million in new sales, $38.7 million in"
                + " retained sales, $762,584 in cost savings and $1.5 million in new client investment, with 20 jobs"
                + " created and 142 jobs retained", "23 of 32 surveys fielded", "a response rate of 71.9%");
        String kansas = text(out.resolve("state-fact-sheets/KS-FY2014.pdf"));
        assertThat(kansas).contains("In fiscal year 2014, 2 MEP centers in Kansas served 9 manufacturers with $8.3"
                + " million of federal funds. Clients who answered the program's survey reported $31.0 million in new"
                + " sales, 5 jobs created and 17 jobs retained.");
        // Vermont: one idle center, no responding client: withheld
        String vermont = text(out.resolve("state-fact-sheets/VT-FY2014.pdf"));
        assertThat(vermont).contains("Vermont", "New sales (D)", "survey is withheld to avoid disclosing individual"
                + " answers").doesNotContain("reported $0");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("impact-report-FY2014.xlsx")
                .toFile())) {
            var states = book.getSheet("States");
            assertThat(states.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KS");
            int newSales = -1;
            for (var cell : states.getRow(0)) {
                if (cell.getStringCellValue().equals("New sales")) {
                    newSales = cell.getColumnIndex();
                }
            }
            assertThat(states.getRow(1).getCell(newSales).getNumericCellValue()).isEqualTo(30954028.33);
        }
    }

    /** A PDF's text, white space collapsed. */
    private static String text(Path pdf) throws Exception {
        return gov.nist.mep.impact.support.PdfText.of(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
    }

    @Test
    void unknownKeyInADefinitionIsAUsageErrorNamingFileAndKey() throws Exception {
        Path def = definition("job=validate", "input=x", "output=y", "ouptut=z");

        assertThat(main("run", def.toString())).isEqualTo(2);
        assertThat(stderr()).contains(def.toString()).contains("unknown key 'ouptut'");
    }

    @Test
    void badFiscalYearIsAUsageError() throws Exception {
        Path def = definition("job=annual-report", "input=x", "output=y", "fiscal-year=FY14");

        assertThat(main("run", def.toString())).isEqualTo(2);
        assertThat(stderr()).contains("key 'fiscal-year'").contains("FY14");
    }

    @Test
    void aStructuralErrorExitsOneNamingFileAndColumnAndPublishesNothing() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/projects/a.csv", "center_id,project_id,client_id,start_date,submitted_date");
        Path def = definition("job=validate", "input=x", "output=out");

        int exit = main("run", def.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("validate FAILED").contains("Nothing was published")
                .contains("meis/projects/a.csv, line 1: required column 'service_category' is missing");
        assertThat(dir.resolve("out").resolve("rejects.csv")).doesNotExist();
    }

    @Test
    void aSecondStartOnTheSameOutputIsRefusedWithExitCodeThree() throws Exception {
        Path def = definition("job=validate", "input=" + EXAMPLE, "output=out");
        Path lockFile = Files.createDirectories(dir.resolve("out")).resolve(JobRunner.LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {

            assertThat(main("run", def.toString())).isEqualTo(3);
        }
        assertThat(stdout()).contains("already running");
    }
}
