package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run leaves in its output folder, as users see it: the published set is the whole truth (outputs no longer
 * produced leave it, history is bounded), a run publishes only what it wrote, the nightly shortcut checks the outputs
 * and every setting and template that changes them, and the folders a user names cannot eat the extract.
 */
class PublishingTest {

    @TempDir
    Path dir;

    /** What a run printed (stdout and stderr together) and its exit code. */
    record Ran(int exit, String console) {
    }

    private Ran main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("generate")) {
            all.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"));
            all.add("--logging.level.gov.nist.mep=WARN");
            all.add("--logging.file.name=" + dir.resolve("log/mep-impact.log"));
        }
        int exit = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Ran(exit, out.toString(StandardCharsets.UTF_8));
    }

    private Ran ok(String... args) {
        Ran ran = main(args);
        assertThat(ran.exit()).as(ran.console()).isZero();
        return ran;
    }

    private Path extract() throws IOException {
        Path extract = dir.resolve("extract");
        if (!Files.isDirectory(extract)) {
            copy(Fixtures.EXAMPLE_EXTRACT, extract);
        }
        return extract;
    }

    private Path nightly(String... extraLines) throws IOException {
        extract();
        Files.createDirectories(dir.resolve("jobs"));
        List<String> lines = new ArrayList<>(List.of("job=nightly", "input=extract", "output=out", "fiscal-year=all"));
        lines.addAll(List.of(extraLines));
        return Files.write(dir.resolve("jobs/nightly.properties"), lines);
    }

    /** Raises KS01's FY2014 federal funds by {@code dollars}: every metrics file changes, the rejects do not. */
    private void changeOneRecord(int dollars) throws IOException {
        Path financials = extract().resolve("center-financials.csv");
        String text = Files.readString(financials);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("2014,KS01,([0-9.]+),").matcher(text);
        assertThat(m.find()).isTrue();
        String raised = new java.math.BigDecimal(m.group(1)).add(java.math.BigDecimal.valueOf(dollars)).toPlainString();
        Files.writeString(financials, m.replaceFirst("2014,KS01," + raised + ","));
    }

    /** The files a user sees in a folder (following links, as a reader does), relative path to bytes. */
    static Map<String, byte[]> visible(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (!name.startsWith(".") && !name.startsWith("history")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static List<String> manifestOutputs(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        var root = new tools.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        root.path("outputs").forEach(o -> names.add(o.path("file").stringValue()));
        return names;
    }

    private static List<Path> historyEntries(Path out) throws IOException {
        if (!Files.isDirectory(out.resolve("history"))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(out.resolve("history"))) {
            return entries.sorted().toList();
        }
    }

    @Test
    void anOutputNoLongerProducedLeavesTheFolderAndIsKeptInHistory() throws Exception {
        Path out = dir.resolve("out");
        ok("run", nightly("reports=center-report").toString());
        assertThat(out.resolve("center-scorecard-FY2014.xlsx")).isRegularFile();
        byte[] scorecard = Files.readAllBytes(out.resolve("center-scorecard-FY2014.xlsx"));

        ok("run", nightly().toString());

        assertThat(visible(out).keySet()).as("only what the last run produced")
                .containsExactlyInAnyOrder("manifest.json", "metrics-FY2013.json", "metrics-FY2014.json",
                        "rejects.csv");
        assertThat(out.resolve("center-reports")).doesNotExist();
        assertThat(manifestOutputs(out)).containsExactly("metrics-FY2013.json", "metrics-FY2014.json", "rejects.csv");
        List<Path> history = historyEntries(out);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).resolve("center-scorecard-FY2014.xlsx")).as("kept as the previous version")
                .hasBinaryContent(scorecard);
        assertThat(history.get(0).resolve("center-feedback/KS01-FY2013.xlsx")).isRegularFile();
        assertThat(history.get(0).resolve("manifest.json")).isRegularFile();
    }

    @Test
    void historyKeepsTheConfiguredNumberOfPreviousSets() throws Exception {
        Path def = nightly();
        Path out = dir.resolve("out");
        ok("run", def.toString(), "--mep.publish.history-keep=2");
        List<Path> seen = new ArrayList<>();
        for (int change = 1; change <= 4; change++) {
            changeOneRecord(100);
            ok("run", def.toString(), "--mep.publish.history-keep=2");
            seen.add(historyEntries(out).get(historyEntries(out).size() - 1));
        }

        assertThat(historyEntries(out)).as("the newest two of four").containsExactly(seen.get(2), seen.get(3));
        assertThat(new String(Files.readAllBytes(seen.get(3).resolve("metrics-FY2014.json")),
                StandardCharsets.UTF_8)).as("the set the last run replaced").contains("\"federalFunds\" : 6400571.51");
    }

    @Test
    void nightlyRestoresOutputsDeletedOrAlteredByHandEvenWithoutTheManifest() throws Exception {
        Path def = nightly();
        Path out = dir.resolve("out");
        ok("run", def.toString());
        Map<String, byte[]> published = visible(out);

        Files.delete(out.resolve("metrics-FY2014.json"));
        Ran afterDelete = ok("run", def.toString());
        assertThat(afterDelete.console()).doesNotContain("Nothing to do");
        assertThat(visible(out)).as("restored, byte for byte").containsExactlyInAnyOrderEntriesOf(published);

        Files.delete(out.resolve("metrics-FY2013.json"));
        Files.delete(out.resolve("manifest.json"));
        Ran afterManifest = ok("run", def.toString());
        assertThat(afterManifest.console()).doesNotContain("Nothing to do");
        assertThat(visible(out)).containsExactlyInAnyOrderEntriesOf(published);

        byte[] altered = Files.readAllBytes(out.resolve("rejects.csv"));
        altered[altered.length - 2] ^= 1;
        Files.write(out.resolve("rejects.csv"), altered);
        Ran afterAlter = ok("run", def.toString());
        assertThat(afterAlter.console()).as("same size, other SHA-256").doesNotContain("Nothing to do");
        assertThat(visible(out)).containsExactlyInAnyOrderEntriesOf(published);

        assertThat(ok("run", def.toString()).console()).contains("Nothing to do");
    }

    @Test
    void aSettingThatChangesAnOutputIsANewRunAndOneThatChangesOnlySpeedIsNot() throws Exception {
        Path def = nightly();
        Path out = dir.resolve("out");
        ok("run", def.toString());
        byte[] before = Files.readAllBytes(out.resolve("metrics-FY2014.json"));

        Ran suppressed = ok("run", def.toString(), "--mep.rules.suppression-threshold=100");

        assertThat(suppressed.console()).doesNotContain("Nothing to do").contains("nightly COMPLETED");
        assertThat(Files.readAllBytes(out.resolve("metrics-FY2014.json"))).isNotEqualTo(before);
        assertThat(ok("run", def.toString(), "--mep.rules.suppression-threshold=100").console())
                .contains("Nothing to do");
        assertThat(ok("run", def.toString(), "--mep.rules.suppression-threshold=100", "--mep.ingest.threads=1",
                "--mep.staging.threads=1", "--mep.staging.memory-limit=300MB").console())
                .as("speed settings change no output").contains("Nothing to do");
        for (String setting : List.of("--mep.economy.jobs-measure=full-time-equivalents",
                "--mep.oversight.late-share-above=0.2")) {
            assertThat(ok("run", def.toString(), "--mep.rules.suppression-threshold=100", setting).console())
                    .as(setting).doesNotContain("Nothing to do").contains("nightly COMPLETED");
        }
    }

    @Test
    void anEditedTemplateRendersTheReportsAgain() throws Exception {
        Path templates = dir.resolve("templates");
        copy(Path.of("report-templates"), templates);
        Path def = nightly("reports=annual-report");
        Path out = dir.resolve("out");
        ok("run", def.toString(), "--templates", templates.toString());
        byte[] pdf = Files.readAllBytes(out.resolve("annual-report-FY2014.pdf"));
        assertThat(ok("run", def.toString(), "--templates", templates.toString()).console()).contains("Nothing to do");

        Path appendix = templates.resolve("annual-report/90-appendix.md");
        Files.writeString(appendix, Files.readString(appendix) + "\nA sentence added by the publications team.\n");
        Ran edited = ok("run", def.toString(), "--templates", templates.toString());

        assertThat(edited.console()).doesNotContain("Nothing to do").contains("annual-report-FY2014.pdf");
        assertThat(Files.readAllBytes(out.resolve("annual-report-FY2014.pdf"))).isNotEqualTo(pdf);
    }

    @Test
    void aChangedSettingDoesNotRestartAFailedRunWithOtherSettings() throws Exception {
        Path def = nightly();
        Files.writeString(extract().resolve("meis/clients/zz-broken.csv"),
                "center_id,client_id,client_name,naics,submitted_date\nKS01,C1,A,3327,2014-01-01\n");
        Ran failed = main("run", def.toString());
        assertThat(failed.exit()).as(failed.console()).isEqualTo(ExitCodes.FAILED);

        Ran again = main("run", def.toString(), "--mep.rules.suppression-threshold=4");

        assertThat(again.exit()).as(again.console()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.console()).as("a new run with its own settings").doesNotContain("Restarting");
        Ran same = main("run", def.toString(), "--mep.rules.suppression-threshold=4");
        assertThat(same.console()).as("the same settings restart it").contains("Restarting nightly");
    }

    @Test
    void aLeftoverWorkFolderOfAnotherRepositoryAndAUsersFolderAreNeverPublished() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path leftover = Files.createDirectories(out.resolve(".work-1"));
        Files.writeString(leftover.resolve("metrics-FY2013.json"), "{\"left\": \"by another job repository\"}");
        Files.write(leftover.resolve(".rejects.csv.tmp"), new byte[0]);
        Files.writeString(leftover.resolve("notes.txt"), "a user's own notes");
        extract();

        ok("run", "annual-report", "--input", extract().toString(), "--output", out.toString(), "--fiscal-year",
                "2014");

        assertThat(manifestOutputs(out)).containsExactly("annual-report-FY2014.pdf", "annual-report-FY2014.xlsx",
                "metrics-FY2014.json", "rejects.csv");
        assertThat(out.resolve("metrics-FY2013.json")).doesNotExist();
        assertThat(leftover.resolve("notes.txt")).as("a folder the run did not create is left alone")
                .hasContent("a user's own notes");
    }

    @Test
    void anOutputFolderInsideTheInputOrAnInputInsideTheOutputIsRefusedBeforeAnyWork() throws Exception {
        Path extract = extract();
        Ran inside = main("run", "validate", "--input", extract.toString(), "--output",
                extract.resolve("survey").toString());
        Ran around = main("run", "validate", "--input", extract.toString(), "--output", dir.toString());

        for (Ran ran : List.of(inside, around)) {
            assertThat(ran.exit()).as(ran.console()).isEqualTo(ExitCodes.USAGE);
            assertThat(ran.console().lines().filter(l -> l.startsWith("error:")).toList()).as(ran.console())
                    .singleElement().asString().contains("inside");
            assertThat(ran.console()).doesNotContain("\tat ");
        }
        try (Stream<Path> files = Files.walk(extract)) {
            assertThat(files.map(p -> extract.relativize(p).toString()).filter(n -> n.contains("rejects")
                    || n.contains("manifest") || n.contains(".mep-impact"))).isEmpty();
        }
    }

    @Test
    void generateRefusesAFolderThatHoldsFilesUnlessForced() throws Exception {
        Path target = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(target.resolve("centers.csv"), "my own work");

        Ran refused = main("generate", "--output", target.toString(), "--projects", "1000");

        assertThat(refused.exit()).as(refused.console()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.console().lines().filter(l -> l.startsWith("error:")).toList()).singleElement()
                .asString().contains(target.toString()).contains("--force");
        assertThat(target.resolve("centers.csv")).hasContent("my own work");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).hasSize(1);
        }

        Ran forced = main("generate", "--output", target.toString(), "--projects", "1000", "--force");
        assertThat(forced.exit()).as(forced.console()).isZero();
        assertThat(Files.readString(target.resolve("centers.csv"))).startsWith("center_id,");
        assertThat(main("generate", "--output", dir.resolve("fresh").toString(), "--projects", "1000").exit())
                .as("a new folder needs no --force").isZero();
    }

    @Test
    void generateTakesTheFiscalYearsAndSaysWhatIsWrongWithThem() throws Exception {
        Ran wrong = main("generate", "--output", dir.resolve("wrong").toString(), "--fiscal-years", "2005-2020");

        assertThat(wrong.exit()).as(wrong.console()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.console().lines().filter(l -> l.startsWith("error:")).toList()).singleElement()
                .asString().contains("FY2014 at the latest").contains("FY2005-FY2020");
        assertThat(wrong.console()).doesNotContain("Exception");

        Path ten = dir.resolve("ten");
        Ran generated = main("generate", "--output", ten.toString(), "--projects", "3000", "--fiscal-years",
                "2005-2014");
        assertThat(generated.exit()).as(generated.console()).isZero();
        assertThat(Files.readString(ten.resolve("center-financials.csv"))).contains("\n2005,").contains("\n2014,");
    }

    static void copy(Path from, Path to) throws IOException {
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
