package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.MepImpactApplication;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code run <job>}, {@code generate}, {@code help}. Options the command does not know are passed to
 * Spring Boot as settings ({@code --spring.datasource.url=...}).
 */
public final class Main {

    static final String USAGE = """
            MEP Impact: turns MEP extracts into impact metrics and reports.

            Usage:
              java -jar target/mep-impact.jar run <job> [--input DIR] [--output DIR] [--fiscal-year N|latest|all]
              java -jar target/mep-impact.jar generate --output DIR [--projects N] [--seed S]
              java -jar target/mep-impact.jar diff OLD NEW
              java -jar target/mep-impact.jar history [--limit N]
              java -jar target/mep-impact.jar schedule [JOBS_FOLDER]
              java -jar target/mep-impact.jar help

            run <job>     runs a job definition: jobs/<job>.properties (validate, annual-report, impact-report,
                          center-report, nightly) or a
                          path to a definition file. The options override the definition's input, output and
                          fiscal-year. Running the same command after a failure restarts it from its last commit.
            generate      writes a synthetic extract in the contract's layout (deterministic for a seed).
            schedule      runs until stopped, launching each definition in jobs/ that has a 'schedule' (cron, UTC),
                          one execution at a time per definition.
            history       recent executions: status, start, duration, records read and rejected, output folder.
            diff          compares two metrics JSON files (or the metrics-FY*.json of two output folders) and
                          prints every figure that changed, old -> new; exit code 0 unchanged, 1 changed.

            Any --name=value option is a Spring Boot setting, e.g. --spring.datasource.url=jdbc:h2:file:/srv/mep/db.

            Exit codes: 0 completed; 1 failed (nothing published); 2 usage error; 3 already running.
            """;

    private Main() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return ExitCodes.USAGE;
            }
            String command = args[0];
            Options options = Options.parse(args);
            return switch (command) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield ExitCodes.OK;
                }
                case "run" -> runJob(options, out);
                case "generate" -> Generate.run(options, out);
                case "diff" -> MetricsDiff.run(options, out);
                case "history" -> history(options, out);
                case "schedule" -> schedule(options, out);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCodes.USAGE;
        } catch (Exception e) {
            err.println("error: " + JobRunner.rootMessage(e));
            return ExitCodes.FAILED;
        }
    }

    private static int runJob(Options options, PrintStream out) throws Exception {
        if (options.positional().isEmpty()) {
            throw new UsageException("run needs a job: run validate | annual-report | impact-report | center-report");
        }
        Path cwd = Path.of("").toAbsolutePath();
        JobDefinition definition = JobDefinition.load(JobDefinition.locate(options.positional().get(0), cwd));
        String year = options.value("fiscal-year");
        if (year != null) {
            JobDefinition.checkFiscalYear(year, "--fiscal-year");
        }
        definition = definition.with(options.path("input", cwd), options.path("output", cwd), year);
        if (definition.input() == null || definition.output() == null) {
            throw new UsageException(definition.file() + ": needs an input and an output folder");
        }
        List<Integer> years = FiscalYears.resolve(definition);
        try (ConfigurableApplicationContext context = startSpring(options.springArguments())) {
            return runDefinition(context.getBean(JobRunner.class), definition, years, out);
        }
    }

    /** Runs until stopped (SIGTERM / Ctrl-C): launches the definitions of jobs/ that have a schedule. */
    private static int schedule(Options options, PrintStream out) throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Path jobs = options.positional().isEmpty() ? cwd.resolve("jobs") : cwd.resolve(options.positional().get(0));
        List<JobDefinition> scheduled = Scheduler.scheduledIn(jobs);
        if (scheduled.isEmpty()) {
            throw new UsageException("no definition in " + jobs + " has a 'schedule' key");
        }
        ConfigurableApplicationContext context = startSpring(options.springArguments());
        JobRunner runner = context.getBean(JobRunner.class);
        Scheduler scheduler = new Scheduler(scheduled, d -> runDefinition(runner, d, FiscalYears.resolve(d), out), out);
        org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler tasks =
                new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
        tasks.setPoolSize(scheduled.size());
        tasks.setThreadNamePrefix("mep-schedule-");
        tasks.initialize();
        scheduler.start(tasks);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tasks.shutdown();
            context.close();
        }));
        Thread.currentThread().join();
        return ExitCodes.OK;
    }

    private static int runDefinition(JobRunner runner, JobDefinition definition, List<Integer> years, PrintStream out)
            throws Exception {
        if (definition.job().equals("nightly")) {
            return runner.runNightly(definition.input(), definition.output(), years, definition.reports(), out);
        }
        int exit = ExitCodes.OK;
        for (Integer y : years) {
            exit = runner.run(definition.job(), definition.input(), definition.output(), y, out);
            if (exit != ExitCodes.OK) {
                break;
            }
        }
        return exit;
    }

    private static int history(Options options, PrintStream out) {
        String limit = options.value("limit");
        int n;
        try {
            n = limit == null ? 20 : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new UsageException("--limit must be a whole number, not '" + limit + "'");
        }
        try (ConfigurableApplicationContext context = startSpring(options.springArguments())) {
            History.print(context.getBean(org.springframework.batch.core.repository.JobRepository.class), n, out);
        }
        return ExitCodes.OK;
    }

    static ConfigurableApplicationContext startSpring(List<String> springArguments) {
        SpringApplication app = new SpringApplication(MepImpactApplication.class);
        return app.run(springArguments.toArray(String[]::new));
    }

    /** Parsed options: positional words after the command, our --name value pairs, and Spring settings. */
    record Options(List<String> positional, Map<String, String> values, List<String> springArguments) {

        static final List<String> OURS = List.of("input", "output", "fiscal-year", "projects", "seed", "limit");

        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
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
                    } else if (eq > 0) {
                        spring.add(a);
                    } else {
                        throw new UsageException("unknown option " + a);
                    }
                } else {
                    positional.add(a);
                }
            }
            return new Options(positional, values, spring);
        }

        String value(String name) {
            return values.get(name);
        }

        Path path(String name, Path base) {
            String v = values.get(name);
            return v == null ? null : base.resolve(v).normalize();
        }
    }
}
