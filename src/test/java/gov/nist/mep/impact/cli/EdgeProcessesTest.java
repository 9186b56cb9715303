package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.support.ChildJvm;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz cases whose behaviour is about the process (what a real {@code java} process prints on its console and its
 * exit code), started like {@link ProcessesTest} starts them.
 */
class EdgeProcessesTest {

    @TempDir
    Path dir;

    record Finished(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private Finished run(Path workingFolder, String name, String... args) throws Exception {
        List<String> command = ChildJvm.application(dir, "256m");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return new Finished(p.exitValue(), read(name + ".out"), read(name + ".err"));
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void aLogFileThatCannotBeWrittenIsOneLine() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("log"));
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Path log = notAFolder.resolve("mep.log");

        Finished history = run(cwd, "history", "history", "--logging.file.name=" + log);
        Finished job = run(cwd, "job", "run", "validate", "--input", Fixtures.EXAMPLE_EXTRACT.toString(),
                "--output", "out", "--logging.file.name=" + log);

        for (Finished f : List.of(history, job)) {
            assertThat(f.exit()).as(f.both()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(f.both().strip().lines()).as(f.both()).hasSize(1);
            assertThat(f.err()).startsWith("error: cannot write the log file " + log)
                    .contains("--logging.file.name=FILE");
            assertThat(f.both()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("logback");
        }
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void settingsFilesOfTheWorkingFolderAreCheckedWithoutNoiseOnTheConsole() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("files"));
        Files.writeString(cwd.resolve("application.properties"), "mep.rules.cap-year4=3/0\nmep.rules.employe-limit=5\n");

        Finished bad = run(cwd, "bad", "run", "validate", "--input", Fixtures.EXAMPLE_EXTRACT.toString(), "--output",
                "out");
        Files.delete(cwd.resolve("application.properties"));
        Files.createDirectories(cwd.resolve("config"));
        Files.writeString(cwd.resolve("config/application.properties"), "logging.file.name=" + dir.resolve("a-file")
                .resolve("x.log") + "\n");
        Files.writeString(dir.resolve("a-file"), "x");
        Finished log = run(cwd, "log", "history");

        assertThat(bad.exit()).as(bad.both()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).containsExactly(
                "error: unknown setting mep.rules.employe-limit (in URL [file:application.properties] line 2) (did you"
                        + " mean mep.rules.employee-limit?). Fix: correct its name; the README's Configuration lists"
                        + " every setting",
                "error: mep.rules.cap-year4=3/0 is not a fraction n/d of whole numbers with d above 0: valid values are"
                        + " a fraction n/d above 0 and at most 1, e.g. 2/5 (default: 2/5). Fix: correct it in URL"
                        + " [file:application.properties] line 1");
        assertThat(log.exit()).as(log.both()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(log.out()).isEmpty();
        assertThat(log.err().strip().lines()).as(log.both()).hasSize(1);
        assertThat(log.err()).startsWith("error: cannot write the log file " + dir.resolve("a-file").resolve("x.log"));
        assertThat(cwd.resolve("out")).as("nothing written").doesNotExist();
    }

    @Test
    void aBadSettingAndAMistypedOptionAreOneLineBeforeAnyWork() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("settings"));

        Finished nan = run(cwd, "nan", "run", "center-report", "--input", Fixtures.EXAMPLE_EXTRACT.toString(),
                "--output", "out", "--fiscal-year", "2014", "--mep.oversight.late-share-above=NaN");
        Finished typo = run(cwd, "typo", "run", "validate", "--input", Fixtures.EXAMPLE_EXTRACT.toString(),
                "--ouptut=mine");

        assertThat(nan.exit()).as(nan.both()).isEqualTo(ExitCodes.USAGE);
        assertThat(nan.both().strip()).startsWith("error: mep.oversight.late-share-above=NaN").contains("from 0 to 1")
                .doesNotContain("\n");
        assertThat(typo.exit()).as(typo.both()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.both().strip()).startsWith("error: unknown option --ouptut").contains("did you mean --output?")
                .doesNotContain("\n");
        assertThat(cwd.resolve("out")).doesNotExist();
        assertThat(cwd.resolve("mine")).doesNotExist();
    }
}
