package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.MepImpactApplication;
import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.jobs.operations.Failures;
import gov.nist.mep.impact.jobs.operations.FiscalYears;
import gov.nist.mep.impact.jobs.operations.JobDefinition;
import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.jobs.operations.PublishSettings;
import gov.nist.mep.impact.jobs.operations.MetricsDiff;
import gov.nist.mep.impact.jobs.operations.OutputLock;
import gov.nist.mep.impact.jobs.operations.Scheduler;
import gov.nist.mep.impact.jobs.operations.StartUpWarmUp;
import gov.nist.mep.impact.jobs.operations.UsageException;
import gov.nist.mep.impact.support.Abridged;
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.SettingSources;
import gov.nist.mep.impact.support.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The command line: {@code run <job>}, {@code generate}, {@code help}. Options the command does not know are passed to
 * Spring Boot as settings ({@code --spring.datasource.url=...}).
 */
public final class Main {

    static final String USAGE = """
            MEP Impact: turns MEP extracts into impact metrics and reports.

            Usage:
              java -jar target/mep-impact.jar run <job> [--input DIR] [--output DIR] [--fiscal-year N|latest|all]
                                                     [--jobs DIR] [--templates DIR] [--debug]
              java -jar target/mep-impact.jar generate --output DIR [--projects N] [--seed S] [--fiscal-years 2005-2014]
                                                          [--force]
              java -jar target/mep-impact.jar diff OLD NEW
              java -jar target/mep-impact.jar history [--limit N]      (N from 1 to 10000; default 20)
              java -jar target/mep-impact.jar schedule [JOBS_FOLDER]
              java -jar target/mep-impact.jar console [--jobs DIR] [--server.port=8080] [--mep.console.schedule=true]
              java -jar target/mep-impact.jar console add-user NAME --role viewer|operator
              java -jar target/mep-impact.jar help

            run <job>     runs a job definition: <job>.properties in the jobs folder (validate, annual-report,
                          impact-report, center-report, nightly) or a path to a definition file. The jobs folder
                          is --jobs DIR, else $MEP_IMPACT_JOBS, else jobs/ in the working folder, else the
                          definitions built into the jar. The report templates: --templates DIR, else $MEP_IMPACT_TEMPLATES, else
                          report-templates/ in the working folder, else the built-in ones. The options override
                          the definition's input, output and fiscal-year. Running the same command after a failure
                          restarts it from its last commit.
            generate      writes a synthetic extract in the contract's layout (deterministic for a seed); a folder
                          that already holds files is refused unless --force (its record files are replaced).
            schedule      runs until stopped, launching each definition in jobs/ that has a 'schedule' (cron, UTC),
                          one execution at a time per definition.
            console       the web console for analysts on http://127.0.0.1:8080 (runs, a run's data quality, rejects
                          and outputs, changed figures, data quality by center, the schedule with "Run now"),
                          on the same job repository, jobs folder and output folders. Sign-in required: add users
                          with console add-user (the password is read from the terminal or standard input).
            history       recent executions: status, start, duration, records read and rejected, output folder.
            diff          compares two metrics JSON files (or the metrics-FY*.json of two output folders) and
                          prints every figure that changed, old -> new; exit code 0 unchanged, 1 changed, 2 a file
                          that is not a complete metrics JSON file.

            Any --name=value option with a dotted name is a setting, e.g. --spring.datasource.url=jdbc:h2:file:/srv/db
            or --mep.rules.employee-limit=500. Every mep.* setting is checked against its valid values (README,
            Configuration) before any work; a bad or unknown one is one line and exit code 2.

            --debug prints the stack trace of a failure on the console too; it always goes to the log file
            (.mep-impact/mep-impact.log in the working folder, or --logging.file.name=FILE).

            Exit codes: 0 completed; 1 failed (nothing published); 2 usage error (arguments, job definition,
                        settings, templates: found before any work); 3 already running; 4 the environment
                        stopped the run (database, disk, permissions, log file).
            """;

    /** The settings' defaults, read from the one place that holds them, for messages printed before Spring runs. */
    private static final Properties DEFAULTS = defaults();

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // without defaults a message names the setting instead of its value
        }
        return p;
    }

    /** The most executions {@code history --limit} lists. */
    static final int HISTORY_LIMIT = 10_000;

    private Main() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** The command line with the environment variables given (tests give their own). */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Options options = null;
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return ExitCodes.USAGE;
            }
            String command = args[0];
            options = Options.parse(args, environment);
            List<String> badSettings = ProgramSettings.problems(options.springArguments(), environment);
            if (!badSettings.isEmpty()) {
                throw new UsageException(badSettings);
            }
            return switch (command) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield ExitCodes.OK;
                }
                case "run" -> runJob(options, out);
                case "generate" -> Generate.run(options, out);
                case "diff" -> MetricsDiff.run(options.positional(), out);
                case "history" -> history(options, out);
                case "schedule" -> schedule(options, out);
                case "console" -> ConsoleCommand.run(options, System.in, out);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            printLines(e.getMessage(), "", err);
            return ExitCodes.USAGE;
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing stops the application once its context is defined
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            Options known = options != null ? options : Options.EMPTY;
            Failures.Explained explained = Failures.explain(e, known.databaseUrl());
            Path log = known.logFile();
            boolean logged = Failures.log(log, e);
            printLines(explained.line(), logged ? " (details: " + log + ")" : "", err);
            if (known.debug()) {
                e.printStackTrace(err);
            }
            return explained.exitCode();
        }
    }

    /** Each line of a message as one console line, "error: " first, long values abridged. */
    private static void printLines(String message, String last, PrintStream err) {
        List<String> lines = message == null ? List.of("") : message.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            err.println("error: " + Abridged.line(lines.get(i)) + (i == lines.size() - 1 ? last : ""));
        }
    }

    private static int runJob(Options options, PrintStream out) throws Exception {
        if (options.positional().isEmpty()) {
            throw new UsageException("run needs a job: run validate | annual-report | impact-report | center-report");
        }
        Path cwd = Path.of("").toAbsolutePath();
        BuiltInFolders.Location jobs = options.jobsFolder(cwd);
        JobDefinition definition = JobDefinition.find(options.positional().get(0), cwd, jobs);
        String year = options.value("fiscal-year");
        if (year != null) {
            JobDefinition.checkFiscalYear(year, "--fiscal-year");
        }
        definition = definition.with(options.path("input", cwd), options.path("output", cwd), year);
        if (definition.input() == null || definition.output() == null) {
            throw new UsageException(definition.file() + ": needs an input and an output folder");
        }
        if (!Files.isDirectory(definition.input())) {
            throw new UsageException("the input folder " + definition.input() + " does not exist ("
                    + (options.value("input") != null ? "--input" : "key 'input' of " + definition.file()) + ")."
                    + " Fix: name the folder of the extract");
        }
        JobRunner.checkApart(definition.input(), definition.output());
        ConfigurableEnvironment settings = SettingsEnvironment.of(options.springArguments());
        // the settings files too (application.properties here or in config/), before the nightly's check reads them
        List<String> badSettings = ProgramSettings.registry().problems(SettingSources.of(settings));
        if (!badSettings.isEmpty()) {
            throw new UsageException(badSettings);
        }
        PublishSettings.historyKeep(settings);
        List<Integer> years = FiscalYears.resolve(definition);
        ProgramSettings.checkLogFile(options.logFile());
        checkWritable(definition.output());
        // The output folder first, the job repository after: a second start on a folder being written is refused
        // (exit 3) before it opens the database, where it would race the first run's opening of the file.
        try (OutputLock lock = OutputLock.tryAcquire(definition.output())) {
            if (lock == null) {
                out.println(OutputLock.refusal(definition.job(), definition.output()));
                return ExitCodes.ALREADY_RUNNING;
            }
            ExtractFingerprint.Hashed hashed = null;
            if (definition.job().equals("nightly")) {
                NightlyShortcut.Check check = NightlyShortcut.check(definition.input(), definition.output(), years,
                        definition.reports(), settings, out);
                if (check.unchanged()) {
                    return ExitCodes.OK;
                }
                hashed = check.hashed();
            }
            // The staging engine loaded and the extract hashed on the other core while the application starts.
            try (StartUpWarmUp warmUp = StartUpWarmUp.start(definition.input(), hashed);
                    ConfigurableApplicationContext context = startSpring(options.springArguments())) {
                int exit = context.getBean(JobRunner.class).runDefinition(definition, years, warmUp.hashed(), out);
                context.getBean(SharedDatabase.class).awaitOtherProcesses(out);
                if (exit == ExitCodes.FAILED || exit == ExitCodes.ENVIRONMENT) {
                    out.println("The full error, with its stack trace, is in the log file " + options.logFile()
                            + ".");
                }
                return exit;
            }
        }
    }

    /** Fails before anything runs when the output folder cannot be created or written. */
    private static void checkWritable(Path output) throws IOException {
        Files.createDirectories(output);
        Path probe = Files.createTempFile(output, ".mep-impact-write-check", ".tmp");
        Files.delete(probe);
    }

    /** Runs until stopped (SIGTERM / Ctrl-C): launches the definitions of jobs/ that have a schedule. */
    private static int schedule(Options options, PrintStream out) throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        BuiltInFolders.Location jobs = options.positional().isEmpty() ? options.jobsFolder(cwd)
                : BuiltInFolders.locate(BuiltInFolders.JOBS, cwd.resolve(options.positional().get(0)), cwd);
        List<JobDefinition> scheduled = Scheduler.scheduledIn(jobs.folder(),
                jobs.builtIn() ? cwd : jobs.folder().getParent());
        if (scheduled.isEmpty()) {
            throw new UsageException("no definition in " + jobs.describe() + " has a 'schedule' key");
        }
        ProgramSettings.checkLogFile(options.logFile());
        PublishSettings.historyKeep(SettingsEnvironment.of(options.springArguments()));
        // Spring's own shutdown hook would close the context while jobs run: this command closes it itself, last.
        ConfigurableApplicationContext context = startSpring(options.springArguments(), false);
        JobRunner runner = context.getBean(JobRunner.class);
        Scheduler scheduler = new Scheduler(scheduled, d -> runner.runDefinition(d, FiscalYears.resolve(d), null, out),
                out);
        ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(scheduled.size());
        tasks.setThreadNamePrefix("mep-schedule-");
        // Stopping never interrupts a running job (an interrupted thread closes the H2 file under the others) and
        // drops the launches still to come.
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        tasks.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        tasks.initialize();
        Duration stopWait = context.getEnvironment().getProperty("mep.schedule.stop-wait", Duration.class,
                Duration.ofMinutes(2));
        // the stop is handled before the schedules are announced: a SIGTERM right after "scheduled ..." ends as one
        StopSignals.onStop(() -> stopScheduling(scheduler, tasks, runner, context, stopWait, out), ExitCodes.OK);
        scheduler.start(tasks);
        Thread.currentThread().join();
        return ExitCodes.OK;
    }

    /**
     * The scheduler's end (SIGTERM, Ctrl-C): no new launch; each running job is asked to stop at its next step (it
     * ends STOPPED, and the same command restarts it from its last commit) and waited for, at most
     * {@code mep.schedule.stop-wait}; then the other processes served the job repository are waited for, and only
     * then is the database closed.
     */
    private static void stopScheduling(Scheduler scheduler, ThreadPoolTaskScheduler tasks, JobRunner runner,
            ConfigurableApplicationContext context, Duration wait, PrintStream out) {
        try {
            List<JobDefinition> running = scheduler.stopLaunching();
            tasks.shutdown();
            if (!running.isEmpty()) {
                out.println("schedule: stopping; asking " + running.size() + " running job(s) to stop at their next"
                        + " step and waiting for them, at most " + wait.toSeconds() + " s (mep.schedule.stop-wait): "
                        + running.stream().map(d -> d.file().getFileName().toString()).toList());
                running.forEach(d -> runner.stopRunning(d.output()));
                if (!scheduler.awaitIdle(wait)) {
                    out.println("schedule: still running after " + wait.toSeconds() + " s: " + scheduler.running()
                            .stream().map(d -> d.file().getFileName().toString()).toList() + "; the same command"
                            + " restarts them from their last commit.");
                }
            }
            context.getBean(SharedDatabase.class).awaitOtherProcesses(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            out.println("schedule: " + Failures.explain(e, null).line());
        } finally {
            context.close();
            out.println("schedule: stopped.");
        }
    }

    private static int history(Options options, PrintStream out) {
        String limit = options.value("limit");
        int n;
        try {
            n = limit == null ? 20 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > HISTORY_LIMIT) {
            throw new UsageException("--limit must be a whole number from 1 to " + HISTORY_LIMIT + ", not '"
                    + Abridged.value(limit) + "'");
        }
        ProgramSettings.checkLogFile(options.logFile());
        try (ConfigurableApplicationContext context = startSpring(options.springArguments())) {
            History.print(context.getBean(org.springframework.batch.core.repository.JobRepository.class), n, out);
            context.getBean(SharedDatabase.class).awaitOtherProcesses(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** Starts the application; its settings are checked first, before any bean is made. */
    static ConfigurableApplicationContext startSpring(List<String> springArguments) {
        return startSpring(springArguments, true);
    }

    private static ConfigurableApplicationContext startSpring(List<String> springArguments, boolean closeOnShutdown) {
        SpringApplication app = new SpringApplication(MepImpactApplication.class);
        app.setRegisterShutdownHook(closeOnShutdown);
        ProgramSettings.checks().forEach(app::addListeners);
        return app.run(springArguments.toArray(String[]::new));
    }

    /**
     * Parsed options: positional words after the command, our --name value pairs, our flags, and Spring settings.
     *
     * @param environment the process environment ({@code MEP_IMPACT_JOBS}, {@code MEP_IMPACT_TEMPLATES},
     *     {@code SPRING_DATASOURCE_URL}, {@code LOGGING_FILE_NAME})
     */
    record Options(List<String> positional, Map<String, String> values, List<String> flags,
            List<String> springArguments, Map<String, String> environment) {

        static final List<String> OURS = List.of("input", "output", "fiscal-year", "projects", "seed", "limit", "jobs",
                "templates", "role", "fiscal-years");
        static final List<String> FLAGS = List.of("debug", "force");
        static final Options EMPTY = new Options(List.of(), Map.of(), List.of(), List.of(), System.getenv());

        static Options parse(String[] args) {
            return parse(args, System.getenv());
        }

        static Options parse(String[] args, Map<String, String> environment) {
            List<String> positional = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
            List<String> flags = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    String body = a.substring(2);
                    int eq = body.indexOf('=');
                    String name = eq < 0 ? body : body.substring(0, eq);
                    if (OURS.contains(name)) {
                        String value;
                        if (eq >= 0) {
                            value = body.substring(eq + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        values.put(name, value);
                    } else if (eq < 0 && FLAGS.contains(name)) {
                        flags.add(name);
                    } else if (eq > 0 && name.contains(".")) {
                        spring.add(a);
                    } else {
                        // an option of ours mistyped: a setting always has a dot (mep.rules.employee-limit)
                        List<String> known = new ArrayList<>(OURS);
                        known.addAll(FLAGS);
                        throw new UsageException("unknown option " + Abridged.value(eq < 0 ? a : "--" + name)
                                + Suggestions.didYouMean(name, known, "--", "") + ". Fix: correct it; see --help for"
                                + " the options (a setting is written --name=value with a dotted name, e.g."
                                + " --mep.rules.employee-limit=500)");
                    }
                } else {
                    positional.add(a);
                }
            }
            String templates = values.getOrDefault("templates", environment.get("MEP_IMPACT_TEMPLATES"));
            if (templates != null && !templates.isBlank()) {
                Path folder = Path.of("").toAbsolutePath().resolve(templates).normalize();
                if (!Files.isDirectory(folder)) {
                    throw new UsageException("the report templates folder " + folder + " does not exist (from "
                            + (values.containsKey("templates") ? "--templates" : "MEP_IMPACT_TEMPLATES") + ")");
                }
                spring.add("--mep.reports.templates=" + folder);
            }
            if (flags.contains("debug")) {
                spring.add("--spring.profiles.include=mep-debug");
            }
            return new Options(positional, values, flags, spring, environment);
        }

        String value(String name) {
            return values.get(name);
        }

        Path path(String name, Path base) {
            String v = values.get(name);
            return v == null ? null : base.resolve(v).normalize();
        }

        boolean debug() {
            return flags.contains("debug");
        }

        boolean force() {
            return flags.contains("force");
        }

        /** The jobs folder: --jobs, MEP_IMPACT_JOBS, jobs/ in the working folder, or the built-in definitions. */
        BuiltInFolders.Location jobsFolder(Path cwd) {
            String chosen = values.getOrDefault("jobs", environment.get("MEP_IMPACT_JOBS"));
            if (chosen != null && !chosen.isBlank() && !Files.isDirectory(cwd.resolve(chosen))) {
                throw new UsageException("the jobs folder " + cwd.resolve(chosen).normalize() + " does not exist"
                        + " (from " + (values.containsKey("jobs") ? "--jobs" : "MEP_IMPACT_JOBS") + ")");
            }
            return BuiltInFolders.locate(BuiltInFolders.JOBS, chosen == null || chosen.isBlank() ? null
                    : cwd.resolve(chosen).normalize(), cwd);
        }

        /**
         * The value of a Spring setting given as --name=value, else from its environment variable, else its default in
         * application.properties.
         */
        private String setting(String name, String variable) {
            String prefix = "--" + name + "=";
            for (String a : springArguments) {
                if (a.startsWith(prefix)) {
                    return a.substring(prefix.length());
                }
            }
            String value = environment.get(variable);
            return value != null ? value : DEFAULTS.getProperty(name, name);
        }

        /** The console's users file (mep.console.users-file), relative to the working folder. */
        String usersFile() {
            return setting("mep.console.users-file", "MEP_CONSOLE_USERS_FILE");
        }

        String databaseUrl() {
            return setting("spring.datasource.url", "SPRING_DATASOURCE_URL");
        }

        Path logFile() {
            return Path.of("").toAbsolutePath().resolve(setting("logging.file.name", "LOGGING_FILE_NAME")).normalize();
        }
    }
}
