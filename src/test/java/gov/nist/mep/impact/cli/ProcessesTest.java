package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as cron and users start it: real processes, started from a folder that has no {@code jobs/} and no
 * {@code report-templates/} (so the built-in ones are used) and with the default database URL (an H2 file under
 * {@code .mep-impact/} in that folder, shared between processes).
 */
class ProcessesTest {

    @TempDir
    Path dir;

    /** A finished process: its exit code and what it printed on each stream. */
    record Finished(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private Process start(Path workingFolder, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "gov.nist.mep.impact.MepImpactApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private Finished finish(Process p, String name) throws Exception {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return new Finished(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private Finished run(Path workingFolder, String name, String... args) throws Exception {
        return finish(start(workingFolder, name, args), name);
    }

    private static void awaitLine(Path console, String marker, Process p) throws Exception {
        for (int i = 0; i < 1200 && p.isAlive(); i++) {
            if (Files.exists(console) && Files.readString(console).contains(marker)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never printed '" + marker + "': " + Files.readString(console));
    }

    @Test
    void whileAJobRunsHistoryAnotherOutputFolderAndTheSameOneBehave() throws Exception {
        Path extract = dir.resolve("extract");
        new ExtractGenerator().generate(new GeneratorOptions(extract, 11, 6_000));
        Path cwd = Files.createDirectories(dir.resolve("anywhere"));

        Process first = start(cwd, "first", "run", "annual-report", "--input", extract.toString(), "--output",
                "out-a", "--fiscal-year", "2014");
        awaitLine(dir.resolve("first.out"), "MEIS projects", first);

        Process historyProcess = start(cwd, "history", "history");
        Process otherProcess = start(cwd, "other", "run", "validate", "--input", Fixtures.EXAMPLE_EXTRACT.toString(),
                "--output", "out-b");
        Process sameProcess = start(cwd, "same", "run", "annual-report", "--input", extract.toString(), "--output",
                "out-a", "--fiscal-year", "2014");
        Finished history = finish(historyProcess, "history");
        Finished other = finish(otherProcess, "other");
        Finished same = finish(sameProcess, "same");
        Finished firstDone = finish(first, "first");

        assertThat(history.exit()).as(history.both()).isZero();
        assertThat(history.out()).containsPattern("annual-report\\s+STARTED");
        assertThat(other.exit()).as(other.both()).isZero();
        assertThat(other.out()).contains("validate COMPLETED")
                .contains("accepted 309, superseded 13, rejected 73");
        assertThat(same.exit()).as(same.both()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(same.both().strip()).isEqualTo("annual-report is already running with output folder "
                + cwd.resolve("out-a") + "; this start is refused.");
        assertThat(firstDone.exit()).as(firstDone.both()).isZero();
        assertThat(firstDone.out()).contains("annual-report COMPLETED")
                .contains("report templates: the built-in report-templates");
        assertThat(cwd.resolve("out-a/annual-report-FY2014.pdf")).exists();
        assertThat(cwd.resolve("jobs")).doesNotExist();
        assertThat(cwd.resolve(".mep-impact/mep-impact.mv.db")).exists();
    }

    @Test
    void operationalErrorsAreOneLineWithTheLogFileNamedAndTheTraceInIt() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("errors"));
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");

        Finished unreachable = run(cwd, "unreachable", "history",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/mep");
        Finished badUrl = run(cwd, "bad-url", "history", "--spring.datasource.url=postgres://localhost/mep");
        Finished unwritable = run(cwd, "unwritable", "run", "validate", "--input",
                Fixtures.EXAMPLE_EXTRACT.toString(), "--output", notAFolder.resolve("out").toString());
        Finished noJob = run(cwd, "no-job", "run", "annual-reprot");

        assertThat(unreachable.exit()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(unreachable.err()).startsWith("error: cannot reach the database server of "
                + "jdbc:postgresql://127.0.0.1:1/mep (Connection refused). Fix: start the server");
        assertThat(badUrl.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badUrl.err()).startsWith("error: spring.datasource.url 'postgres://localhost/mep' is not a");
        assertThat(unwritable.exit()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(unwritable.err()).startsWith("error: cannot write " + notAFolder.resolve("out"));
        assertThat(noJob.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noJob.err()).contains("no job definition 'annual-reprot'")
                .contains("(jobs there: annual-report, center-report, impact-report, nightly, validate)");
        Path log = cwd.resolve(".mep-impact/mep-impact.log").toAbsolutePath();
        for (Finished f : List.of(unreachable, badUrl, unwritable)) {
            assertThat(f.both()).as("no stack trace on the console").doesNotContain("\tat ")
                    .doesNotContain("Exception");
            assertThat(f.both().strip().lines()).as(f.both()).hasSize(1);
            assertThat(f.err()).contains("(details: " + log + ")");
        }
        assertThat(Files.readString(log)).contains("\tat ").contains("Connection refused");
    }

    @Test
    void aStructuralErrorIsNamedWithoutAStackTrace() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("structural"));
        Path extract = dir.resolve("broken");
        try (var files = Files.walk(Fixtures.EXAMPLE_EXTRACT)) {
            for (Path f : files.toList()) {
                Path to = extract.resolve(Fixtures.EXAMPLE_EXTRACT.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path clients = extract.resolve("meis/clients/KS01-a.csv");
        Files.writeString(clients, Files.readString(clients).replaceFirst("employees", "staff"));

        Finished f = run(cwd, "structural", "run", "validate", "--input", extract.toString(), "--output", "out");

        assertThat(f.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(f.out()).contains("validate FAILED").contains("Nothing was published.")
                .contains("meis/clients/KS01-a.csv, line 1: required column 'employees' is missing from the header")
                .contains("log file " + cwd.resolve(".mep-impact/mep-impact.log"));
        assertThat(f.both()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(cwd.resolve("out/rejects.csv")).doesNotExist();
    }

    @Test
    void aDatabaseLockedByAProcessThatDoesNotShareItIsExplained() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("locked"));
        String url = "jdbc:h2:file:" + dir.resolve("db/locked");
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            Finished history = run(cwd, "locked", "history", "--spring.datasource.url=" + url);

            assertThat(history.exit()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(history.err()).startsWith("error: the job repository database " + url + " is locked by"
                    + " another process").contains("AUTO_SERVER=TRUE");
            assertThat(history.both()).doesNotContain("\tat ");
        }
    }

    @Test
    void debugAlsoPrintsTheStackTrace() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("debug"));

        Finished f = run(cwd, "debug", "history", "--debug", "--spring.datasource.url=postgres://localhost/mep");

        assertThat(f.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(f.err()).contains("\tat ");
    }
}
