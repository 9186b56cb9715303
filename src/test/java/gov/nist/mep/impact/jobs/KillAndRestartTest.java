package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    static Process start(Path database, Path output, Path console) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "gov.nist.mep.impact.MepImpactApplication", "run", Path.of("jobs", "annual-report.properties")
                        .toAbsolutePath().toString(), "--input", extract.toString(), "--output", output.toString(),
                "--fiscal-year", "2014", "--spring.datasource.url=jdbc:h2:file:" + database));
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
        assertThat(console).contains("Restarting annual-report").contains(recordsRead(Files.readString(
                dir.resolve("uninterrupted.log"))));
        for (String file : List.of("metrics-FY2014.json", "rejects.csv", "annual-report-FY2014.pdf",
                "annual-report-FY2014.xlsx")) {
            assertThat(Files.readAllBytes(output.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(uninterrupted.resolve(file)));
        }
    }

    /** The summary's record counts ("Records read: … rejected N."). */
    private static String recordsRead(String console) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Records read: [^.]*\\.").matcher(console);
        assertThat(m.find()).as(console).isTrue();
        assertThat(m.group()).doesNotContain("Records read: 0 ");
        return m.group();
    }
}
