package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import gov.nist.mep.impact.support.ChildJvm;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

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
        List<String> command = ChildJvm.application(dir, "512m");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private Finished finish(Process p, String name) throws Exception {
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(ended).as(name + " ended").isTrue();
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
        new ExtractGenerator().generate(new GeneratorOptions(extract, 11, 12_000));
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
        // on a loaded machine the history command's JVM can be ready only after the first job ended (its process still
        // serving the database to the others): the history lists it as running or as completed, never as failed
        assertThat(history.out()).containsPattern("annual-report\\s+(STARTED|COMPLETED)");
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

    /**
     * The instant another process takes the shared H2 file over (the one that served it ended, the next has opened the
     * file but serves it only a moment later), a process that starts finds the file locked and no server to connect
     * to: H2 says "Database may be already in use" (seen once in CI, `history` started while a job ended). The first
     * connection is retried for up to 3 seconds ({@code spring.datasource.hikari.initialization-fail-timeout}). Here
     * the test holds the file without serving it until the child's log shows its first attempt failed, then lets go.
     */
    @Test
    void aStartWhileAnotherProcessTakesTheDatabaseOverWaitsForIt() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("takeover"));
        String url = "jdbc:h2:file:" + dir.resolve("db/takeover");
        Process history;
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            history = start(cwd, "takeover", "history", "--spring.datasource.url=" + url + ";AUTO_SERVER=TRUE",
                    "--logging.level.com.zaxxer.hikari=DEBUG");
            awaitLine(cwd.resolve(".mep-impact/mep-impact.log"), "Cannot acquire connection from data source", history);
        }
        Finished f = finish(history, "takeover");

        assertThat(f.exit()).as(f.both()).isZero();
        assertThat(f.out()).contains("(no executions in this job repository)");
        assertThat(Files.readString(cwd.resolve(".mep-impact/mep-impact.log")))
                .contains("Database may be already in use").contains("Established new connection");
    }

    /**
     * A start on an output folder another run is writing is refused (exit 3) before it opens the job repository: the
     * folder's lock is taken first. Here the other run is the test itself, holding the folder's lock and, like a
     * process that does not share it, the database file; the start must say "already running", not "locked".
     */
    @Test
    void aStartOnABusyOutputFolderIsRefusedBeforeItOpensTheDatabase() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("busy"));
        Path out = Files.createDirectories(cwd.resolve("out"));
        String url = "jdbc:h2:file:" + dir.resolve("db/busy");
        try (Connection held = DriverManager.getConnection(url, "sa", "");
                FileChannel channel = FileChannel.open(out.resolve(".mep-impact.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Finished second = run(cwd, "busy", "run", "nightly", "--input", Fixtures.EXAMPLE_EXTRACT.toString(),
                    "--output", "out", "--spring.datasource.url=" + url);

            assertThat(second.exit()).as(second.both()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.both().strip()).isEqualTo("nightly is already running with output folder " + out
                    + "; this start is refused.");
        }
    }

    /**
     * Two nightly starts 0.2 s apart on one output folder, as cron and a user may: the one that comes second to the
     * folder (nearly always the second started) is refused with exit 3, never stopped by the database (exit 4).
     */
    @Test
    void ofTwoNightlyStartsAFifthOfASecondApartTheSecondIsRefused() throws Exception {
        for (int pair = 1; pair <= 3; pair++) {
            Path cwd = Files.createDirectories(dir.resolve("pair-" + pair));
            String[] nightly = {"run", "nightly", "--input", Fixtures.EXAMPLE_EXTRACT.toString(), "--output", "out"};
            Process firstProcess = start(cwd, "first-" + pair, nightly);
            Thread.sleep(200);
            Finished second = run(cwd, "second-" + pair, nightly);
            Finished first = finish(firstProcess, "first-" + pair);

            assertThat(List.of(first.exit(), second.exit())).as("pair %d: %s%n%s", pair, first.both(), second.both())
                    .containsExactlyInAnyOrder(ExitCodes.OK, ExitCodes.ALREADY_RUNNING);
        }
    }

    /**
     * A run that serves the job repository to a long-lived {@code schedule} process (whose pooled connections stay
     * open, idle) still ends: idle connections of other processes reconnect on their own and are not waited for.
     * Then SIGTERM ends the scheduler, which has no job running.
     */
    @Test
    void aRunEndsWhileAScheduleProcessIsConnectedThroughIt() throws Exception {
        Path extract = dir.resolve("extract-served");
        new ExtractGenerator().generate(new GeneratorOptions(extract, 13, 4_000));
        Path cwd = Files.createDirectories(dir.resolve("served"));
        // not jobs/: the run uses the built-in definitions
        Path schedules = Files.createDirectories(cwd.resolve("schedules"));
        Files.write(schedules.resolve("yearly.properties"), List.of("job=validate", "input=" + extract,
                "output=out-yearly", "schedule=0 0 3 1 1 *"));

        Process runProcess = start(cwd, "served-run", "run", "annual-report", "--input", extract.toString(),
                "--output", "out", "--fiscal-year", "2014");
        awaitLine(dir.resolve("served-run.out"), "MEIS projects", runProcess);
        Process scheduleProcess = start(cwd, "served-schedule", "schedule", "schedules");
        Finished run;
        try {
            awaitLine(dir.resolve("served-schedule.out"), "scheduled yearly.properties", scheduleProcess);
            run = finish(runProcess, "served-run");
        } finally {
            scheduleProcess.destroy();
        }
        Finished schedule = finish(scheduleProcess, "served-schedule");

        assertThat(run.exit()).as(run.both()).isZero();
        assertThat(run.out()).contains("annual-report COMPLETED").doesNotContain("Stopped waiting");
        assertThat(schedule.out()).as(schedule.both()).contains("schedule: stopped.");
    }

    /**
     * SIGTERM to {@code schedule} while its job runs: the job is asked to stop at its next step and ends STOPPED
     * (not left running, not cut off in the middle of a transaction), and the same command restarts it.
     */
    @Test
    void stoppingTheSchedulerStopsItsRunningJobCleanlyAndTheSameCommandRestartsIt() throws Exception {
        Path extract = dir.resolve("extract-scheduled");
        new ExtractGenerator().generate(new GeneratorOptions(extract, 17, 6_000));
        Path cwd = Files.createDirectories(dir.resolve("scheduled"));
        Path jobs = Files.createDirectories(cwd.resolve("jobs"));
        Files.write(jobs.resolve("nightly.properties"), List.of("job=nightly", "input=" + extract, "output=out",
                "fiscal-year=2014", "schedule=* * * * * *"));

        Process scheduleProcess = start(cwd, "scheduler", "schedule", "jobs");
        awaitLine(dir.resolve("scheduler.out"), "MEIS projects", scheduleProcess);
        scheduleProcess.destroy();
        Finished schedule = finish(scheduleProcess, "scheduler");
        Finished history = run(cwd, "after-stop", "history");
        Finished rerun = run(cwd, "rerun", "run", "jobs/nightly.properties");

        assertThat(schedule.out()).as(schedule.both())
                .contains("schedule: stopping; asking 1 running job(s) to stop at their next step")
                .contains("nightly STOPPED").contains("schedule: stopped.");
        assertThat(history.out()).containsPattern("nightly\\s+STOPPED").doesNotContainPattern("nightly\\s+STARTED");
        assertThat(rerun.exit()).as(rerun.both()).isZero();
        assertThat(rerun.out()).contains("Restarting nightly").contains("nightly COMPLETED");
    }

    /**
     * A report document that fails while its siblings are written (here the Annual Report's PDF, on a mistyped
     * placeholder, while the workbook loads POI): the siblings finish uninterrupted, so no library prints an
     * InterruptedException trace on the console, and the failure is named in one line.
     */
    @Test
    void aFailingDocumentLeavesNoInterruptedSiblingTraceOnTheConsole() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("broken-template"));
        Path templates = dir.resolve("templates");
        FileSystemUtils.copyRecursively(Path.of("report-templates"), templates);
        Path cover = templates.resolve("annual-report/00-cover.md");
        String text = Files.readString(cover);
        String title = "[title: Manufacturing Extension Partnership Annual Report, Fiscal Year {fiscalYear}]";
        assertThat(text).contains(title);
        Files.writeString(cover, text.replace(title, title.replace("{fiscalYear}", "{noSuchFigure}")));

        Finished f = run(cwd, "broken-template", "run", "annual-report", "--input",
                Fixtures.EXAMPLE_EXTRACT.toString(), "--output", "out", "--fiscal-year", "2014", "--templates",
                templates.toString());

        assertThat(f.exit()).as(f.both()).isNotZero();
        assertThat(f.both()).contains("00-cover.md").contains("noSuchFigure")
                .doesNotContain("InterruptedException").doesNotContain("\tat ");
    }

    @Test
    void debugAlsoPrintsTheStackTrace() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("debug"));

        Finished f = run(cwd, "debug", "history", "--debug", "--spring.datasource.url=postgres://localhost/mep");

        assertThat(f.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(f.err()).contains("\tat ");
    }
}
