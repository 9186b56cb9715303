package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job: incremental on content fingerprints, republishing only what changed, with history and diff. */
class NightlyTest {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                "--logging.level.gov.nist.mep=WARN")).toArray(String[]::new);
        int exit = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(console).isLessThanOrEqualTo(1);
        return console;
    }

    /**
     * The files a user sees in the output folder, with their modification times. The published names are links into
     * the current generation (in the hidden .mep-publish/), so the walk follows links and leaves hidden entries out
     * (before the generation layout it walked plain files and left out only the lock file).
     */
    private static Map<String, FileTime> published(Path out) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                if (!name.startsWith(".")) {
                    files.put(name, Files.getLastModifiedTime(p));
                }
            }
        }
        return files;
    }

    @Test
    void nightlyRendersTheCenterReportWhenItsDefinitionNamesIt() throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Path def = Files.write(dir.resolve("jobs/nightly.properties"), List.of("job=nightly",
                "input=" + EXAMPLE.toAbsolutePath(), "output=out", "fiscal-year=all", "reports=center-report"));

        assertThat(run("run", def.toString())).contains("nightly COMPLETED");

        Map<String, FileTime> files = published(dir.resolve("out"));
        for (int year : List.of(2013, 2014)) {
            assertThat(files).containsKeys("center-scorecard-FY" + year + ".xlsx", "center-reports-FY" + year + ".pdf",
                    "center-reports/KS01-FY" + year + ".pdf", "center-feedback/KS01-FY" + year + ".xlsx");
        }
        // expected figures from the contract's expected metrics (KS02's new sales; KS01's clients served) and from the
        // independent oversight values of fixtures/worked-example-oversight (KS01's 11 rejected records)
        Path out = dir.resolve("out");
        Map<Integer, Double> ks02NewSales = Map.of(2013, 102037.45, 2014, 25577683.41);
        Map<Integer, Integer> ks01Clients = Map.of(2013, 5, 2014, 4);
        for (int year : List.of(2013, 2014)) {
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    out.resolve("center-scorecard-FY" + year + ".xlsx").toFile())) {
                var sheet = book.getSheet("Scorecard");
                assertThat(cell(sheet, "KS02", "New sales").getNumericCellValue()).as("FY%d", year)
                        .isEqualTo(ks02NewSales.get(year));
                assertThat(cell(sheet, "KS01", "Clients served").getNumericCellValue())
                        .isEqualTo(ks01Clients.get(year).doubleValue());
            }
            String report = gov.nist.mep.impact.support.PdfText.of(Files.readAllBytes(
                    out.resolve("center-reports/KS01-FY" + year + ".pdf"))).replaceAll("\\s+", " ");
            assertThat(report).contains("KS Manufacturing Extension Center 1 (KS01)",
                    "Clients served " + ks01Clients.get(year) + " ", "Rejected records 11 ");
            try (var feedback = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    out.resolve("center-feedback/KS01-FY" + year + ".xlsx").toFile())) {
                var rejected = feedback.getSheet("Rejected records");
                int rows = 0;
                for (int r = 1; r <= rejected.getLastRowNum(); r++) {
                    var row = rejected.getRow(r);
                    if (row != null && row.getCell(1) != null
                            && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        rows++;
                    }
                }
                assertThat(rows).as("KS01's rejected records in its FY%d feedback", year).isEqualTo(11);
            }
        }
    }

    /** The cell of a center's row (by Center ID in the first column) under a header of the first row. */
    private static org.apache.poi.ss.usermodel.Cell cell(org.apache.poi.ss.usermodel.Sheet sheet, String center,
            String header) {
        int column = -1;
        for (var c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                column = c.getColumnIndex();
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && center.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(column);
            }
        }
        throw new AssertionError(center + " has no row in " + sheet.getSheetName());
    }

    @Test
    void unchangedInputDoesNothingAndAOneRecordChangeRepublishesOnlyWhatChanged() throws Exception {
        Path extract = dir.resolve("extract");
        copy(EXAMPLE, extract);
        Files.createDirectories(dir.resolve("jobs"));
        Path def = Files.write(dir.resolve("jobs/nightly.properties"),
                List.of("job=nightly", "input=extract", "output=out", "fiscal-year=all"));
        Path out = dir.resolve("out");

        String first = run("run", def.toString());
        assertThat(first).contains("nightly COMPLETED");
        try (Stream<Path> staged = Files.list(dir.resolve("db.staging"))) {
            assertThat(staged.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".duckdb")))
                    .as("a completed run's staging file is deleted when it completes").isEmpty();
        }
        Map<String, FileTime> afterFirst = published(out);
        assertThat(afterFirst.keySet()).containsExactly("manifest.json", "metrics-FY2013.json", "metrics-FY2014.json",
                "rejects.csv");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"file\" : \"meis/projects/RI01-2.jsonl\"")
                .contains("\"sha256\"").contains("\"fiscalYears\" : \"2013,2014\"");

        String second = run("run", def.toString());
        assertThat(second).contains("no input file changed").contains("Nothing to do")
                .as("decided from the manifest, before the application starts").contains("were published");
        assertThat(published(out)).isEqualTo(afterFirst);

        // Published by another software version: the manifest is not enough, the job repository decides (same
        // parameters, completed: nothing to do either, said by the execution).
        Path manifest = out.resolve("manifest.json");
        String published = Files.readString(manifest);
        Files.writeString(manifest, published.replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"0.0.1\""));
        assertThat(run("run", def.toString())).contains("no input file changed since execution")
                .contains("Nothing to do");
        Files.writeString(manifest, published);

        // One record changes: KS01's FY2014 federal funds rise by $100.
        Path financials = extract.resolve("center-financials.csv");
        Files.writeString(financials, Files.readString(financials).replace("2014,KS01,6400271.51,",
                "2014,KS01,6400371.51,"));
        // A killed run's work folder (since the generation layout, in the output folder's hidden .mep-publish/).
        Path stale = Files.createDirectories(out.resolve(".mep-publish/work-999999").resolve("sub"));
        Files.writeString(stale.resolve("left-over.json"), "{}");
        String third = run("run", def.toString());
        assertThat(out.resolve(".mep-publish/work-999999")).as("a killed run's work folder is cleaned up")
                .doesNotExist();

        assertThat(third).contains("nightly COMPLETED").contains("Published (changed): metrics-FY2013.json,"
                + " metrics-FY2014.json.");
        Map<String, FileTime> afterThird = published(out);
        assertThat(afterThird.get("rejects.csv")).as("unchanged bytes are not republished")
                .isEqualTo(afterFirst.get("rejects.csv"));
        Path history = out.resolve("history");
        try (Stream<Path> kept = Files.list(history)) {
            Path previous = kept.findFirst().orElseThrow();
            assertThat(previous.resolve("metrics-FY2014.json")).exists();
            assertThat(previous.resolve("manifest.json")).exists();
            assertThat(previous.resolve("rejects.csv")).doesNotExist();

            String diff = run("diff", previous.toString(), out.toString());
            assertThat(diff).contains("national.federalFunds: 24747309.28 -> 24747409.28 (+100.00")
                    .contains("centers[KS01].federalFunds: 6400271.51 -> 6400371.51 (+100.00");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
