package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import gov.nist.mep.impact.support.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * Kills a real job process with SIGKILL (no shutdown hook runs) at several points, runs the same command again, and
 * compares every output byte for byte with an uninterrupted run. The job repository is an H2 file, as in production.
 */
class KillAndRestartTest {

    @TempDir
    static Path dir;

    static Path extract;
    static Path uninterrupted;

    @BeforeAll
    static void generateAnExtractAndRunItOnceUninterrupted() throws Exception {
        extract = dir.resolve("extract");
        new ExtractGenerator().generate(new GeneratorOptions(extract, 7, 8_000));
        uninterrupted = dir.resolve("uninterrupted");
        Path console = dir.resolve("uninterrupted.log");
        Process p = start(dir.resolve("db-uninterrupted"), uninterrupted, console);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(console)).isZero();
    }

    /**
     * Starts the annual-report job as its own JVM, like cron would; its console goes to {@code console}, or to a pipe
     * the test reads when null.
     */
    static Process start(Path database, Path output, Path console, String... settings) throws IOException {
        List<String> command = ChildJvm.application(dir, "512m");
        command.addAll(List.of("run", Path.of("jobs", "annual-report.properties").toAbsolutePath().toString(),
                "--input", extract.toString(), "--output", output.toString(), "--fiscal-year", "2014",
                "--spring.datasource.url=jdbc:h2:file:" + database));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (console != null) {
            builder.redirectOutput(console.toFile());
        }
        return builder.start();
    }

    /** Reads the job's console until a line contains the marker, then kills the process with SIGKILL. */
    static void killWhenSeen(Process p, String marker) throws Exception {
        try (BufferedReader console = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = console.readLine(); line != null; line = console.readLine()) {
                if (line.contains(marker)) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isEqualTo(137);
    }

    @ParameterizedTest(name = "killed at \"{0}\"")
    @ValueSource(strings = {"MEIS projects meis/projects/", "survey records survey/", "resolve stg_client",
        "computing the metrics of FY2014", "rendering the annual-report of FY2014"})
    void aRerunAfterKill9EndsWithTheBytesOfAnUninterruptedRun(String marker) throws Exception {
        Path database = dir.resolve("db-" + marker.hashCode());
        Path output = dir.resolve("out-" + marker.hashCode());

        killWhenSeen(start(database, output, null), marker);
        assertThat(output.resolve("metrics-FY2014.json")).as("nothing published by the killed run").doesNotExist();

        Path log = dir.resolve("rerun-" + marker.hashCode() + ".log");
        Process rerun = start(database, output, log);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(log);

        assertThat(rerun.exitValue()).as(console).isZero();
        assertThat(console).contains("Restarting annual-report");
        for (String file : List.of("metrics-FY2014.json", "rejects.csv", "annual-report-FY2014.pdf",
                "annual-report-FY2014.xlsx")) {
            assertThat(Files.readAllBytes(output.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(uninterrupted.resolve(file)));
        }
        assertThat(Files.readString(output.resolve("manifest.json")).replace(output.toString(), "OUT"))
                .as("the manifest differs only by the output folder it names")
                .isEqualTo(Files.readString(uninterrupted.resolve("manifest.json")).replace(uninterrupted.toString(),
                        "OUT"));
        List<String> rejects = Files.readAllLines(output.resolve("rejects.csv"));
        assertThat(rejects).as("no rejected record twice").doesNotHaveDuplicates();
    }

    /**
     * Review of 2026-12-07, section 3: a restarted run whose work folder was removed meanwhile (by another run's publish
     * into the same folder, or by hand) must not publish without the outputs of the steps it skips.
     */
    @org.junit.jupiter.api.Test
    void aRestartWhoseWorkFolderWasLostRedoesTheStepsThatWroteIt() throws Exception {
        Path database = dir.resolve("db-lost-work");
        Path output = dir.resolve("out-lost-work");
        killWhenSeen(start(database, output, null), "rendering the annual-report of FY2014");
        try (var entries = Files.list(output)) {
            for (Path hidden : entries.filter(p -> p.getFileName().toString().startsWith(".") && Files.isDirectory(p))
                    .toList()) {
                FileSystemUtils.deleteRecursively(hidden);
            }
        }

        Path log = dir.resolve("rerun-lost-work.log");
        Process rerun = start(database, output, log);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(log);

        assertThat(rerun.exitValue()).as(console).isZero();
        assertThat(console).contains("Restarting annual-report");
        assertSameAsUninterrupted(output);
    }

    /**
     * A folder that already holds a published set, and a run with other settings killed while it publishes: the folder
     * shows the old set or the new set, each whole and true to its manifest; the rerun publishes the new set.
     */
    @org.junit.jupiter.api.Test
    void aKillWhilePublishingLeavesTheOldSetOrTheNewSetAndTheRerunCompletesIt() throws Exception {
        Path database = dir.resolve("db-publish");
        Path output = dir.resolve("out-publish");
        // the uninterrupted run's published set, copied as it is (its links are relative)
        Process copy = new ProcessBuilder("cp", "-a", uninterrupted.toString(), output.toString()).start();
        assertThat(copy.waitFor(1, TimeUnit.MINUTES) && copy.exitValue() == 0).isTrue();
        String oldManifest = Files.readString(output.resolve("manifest.json"));

        killWhenSeen(start(database, output, null, "--mep.rules.suppression-threshold=50"), "publishing");

        String shown = Files.readString(output.resolve("manifest.json"));
        assertThat(shown.equals(oldManifest) || shown.contains("\"mep.rules.suppression-threshold\" : \"50\""))
                .as("the old manifest or the new one").isTrue();
        assertTrueToItsManifest(output);

        Path log = dir.resolve("rerun-publish.log");
        Process rerun = start(database, output, log, "--mep.rules.suppression-threshold=50");
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(output.resolve("manifest.json")))
                .contains("\"mep.rules.suppression-threshold\" : \"50\"");
        assertTrueToItsManifest(output);
    }

    /** Every output the manifest lists is in the folder with its size and SHA-256, and nothing else is shown. */
    static void assertTrueToItsManifest(Path output) throws Exception {
        var manifest = new tools.jackson.databind.ObjectMapper().readTree(output.resolve("manifest.json").toFile());
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (var o : manifest.path("outputs")) {
            Path file = output.resolve(o.path("file").stringValue());
            listed.add(o.path("file").stringValue());
            assertThat(Files.size(file)).as(file.toString()).isEqualTo(o.path("size").longValue());
            assertThat(org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(file)))
                    .as(file.toString()).isEqualTo(o.path("sha256").stringValue());
        }
        java.util.Set<String> shown = new java.util.TreeSet<>();
        try (var walk = Files.walk(output, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).map(p -> output.relativize(p).toString())
                    .filter(n -> !n.startsWith(".") && !n.startsWith("history") && !n.equals("manifest.json"))
                    .forEach(shown::add);
        }
        assertThat(shown).isEqualTo(listed);
    }

    static void assertSameAsUninterrupted(Path output) throws IOException {
        for (String file : List.of("metrics-FY2014.json", "rejects.csv", "annual-report-FY2014.pdf",
                "annual-report-FY2014.xlsx")) {
            assertThat(output.resolve(file)).as(file).exists();
            assertThat(Files.readAllBytes(output.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(uninterrupted.resolve(file)));
        }
        assertThat(Files.readString(output.resolve("manifest.json")).replace(output.toString(), "OUT"))
                .as("the manifest differs only by the output folder it names")
                .isEqualTo(Files.readString(uninterrupted.resolve("manifest.json")).replace(uninterrupted.toString(),
                        "OUT"));
    }

    /**
     * The staging folder deleted after the kill (by hand, or because the restart runs where it is not): the rerun
     * must not publish figures computed from nothing. It stages the extract again and ends with the bytes of an
     * uninterrupted run.
     */
    @ParameterizedTest(name = "killed at \"{0}\", staging deleted")
    @ValueSource(strings = {"survey records survey/", "computing the metrics of FY2014"})
    void aRerunWhoseStagingWasDeletedStagesAgainAndEndsWithTheBytesOfAnUninterruptedRun(String marker)
            throws Exception {
        Path database = dir.resolve("db-lost-" + marker.hashCode());
        Path output = dir.resolve("out-lost-" + marker.hashCode());
        killWhenSeen(start(database, output, null), marker);
        Path stagingFolder = Path.of(database + ".staging");
        assertThat(stagingFolder).isDirectory();
        FileSystemUtils.deleteRecursively(stagingFolder);

        Path log = dir.resolve("rerun-lost-" + marker.hashCode() + ".log");
        Process rerun = start(database, output, log);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(log);

        assertThat(rerun.exitValue()).as(console).isZero();
        // The rerun never uses the deleted staging: it says so, or, when the kill came before the repository's
        // last commit reached its file (H2 writes a commit within half a second; an early kill can beat it), it has
        // no record of that staging and discovers and stages the extract like a first attempt. Either way it reads
        // every record again.
        assertThat(console).contains("Restarting annual-report").doesNotContain("staging of run 1 checked")
                .contains(recordsRead(Files.readString(dir.resolve("uninterrupted.log"))));
        if (console.contains("the staging of run 1")) {
            assertThat(console).contains("the staging of run 1 is missing (" + stagingFolder.resolve("run-1.duckdb")
                    + " does not exist): staging the whole extract again");
        } else {
            assertThat(console).as("discovered again").contains("ZIP-to-district crosswalk reference/");
        }
        assertSameAsUninterrupted(output);
    }

    /** The summary's record counts ("Records read: … rejected N."). */
    private static String recordsRead(String console) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Records read: [^.]*\\.").matcher(console);
        assertThat(m.find()).as(console).isTrue();
        assertThat(m.group()).doesNotContain("Records read: 0 ");
        return m.group();
    }
}
