package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.jobs.ReportTemplatesCheck;
import gov.nist.mep.impact.jobs.RunSettings;
import gov.nist.mep.impact.support.Publisher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs one job for the command line: picks the job instance (a new one, or the failed or interrupted one with the
 * same parameters, which is restarted from its last commit), guards the output folder against a second concurrent
 * run, and prints the summary.
 */
@Component
public class JobRunner {

    public static final String LOCK_FILE = OutputLock.FILE;

    /** Says which files of the extract are not read (they are listed in validate's data-quality.json). */
    public static void warnIgnored(ExtractLayout layout, PrintStream out) {
        for (String ignored : layout.ignored()) {
            out.println("warning: not read: " + ignored + " (listed in data-quality.json of validate)");
        }
    }

    /** The fiscal years as the job parameter (and the manifest) write them: comma separated. */
    public static String yearsParameter(List<Integer> fiscalYears) {
        return fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Refuses an output folder inside the input folder (the next run would read the outputs as part of the extract)
     * or an input folder inside the output folder (publishing would replace or remove the extract's files), before
     * anything is read or written. Links are followed.
     */
    public static void checkApart(Path input, Path output) {
        Path in = real(input);
        Path outFolder = real(output);
        if (outFolder.equals(in)) {
            throw new UsageException("the output folder " + output + " is the input folder: publishing would mix the"
                    + " outputs into the extract. Fix: choose another output folder (--output DIR)");
        }
        if (outFolder.startsWith(in)) {
            throw new UsageException("the output folder " + output + " is inside the input folder " + input
                    + ": the next run would read the outputs as part of the extract. Fix: choose an output folder"
                    + " outside the extract (--output DIR)");
        }
        if (in.startsWith(outFolder)) {
            throw new UsageException("the input folder " + input + " is inside the output folder " + output
                    + ": publishing would replace or remove the extract's files. Fix: choose an output folder that"
                    + " does not hold the extract (--output DIR)");
        }
    }

    /** The path with every link of its existing part resolved. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final ReportTemplatesCheck templates;
    private final Environment environment;

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs, ReportTemplatesCheck templates,
            Environment environment) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, j -> j));
        this.templates = templates;
        this.environment = environment;
    }

    public int run(String jobName, Path input, Path output, Integer fiscalYear, PrintStream out) throws Exception {
        return run(jobName, input, output, fiscalYear, null, null, null, out);
    }

    /** Runs a job definition: nightly once for all its years, any other job once per fiscal year until one fails. */
    public int runDefinition(JobDefinition definition, List<Integer> years, PrintStream out) throws Exception {
        return runDefinition(definition, years, null, out);
    }

    /**
     * Runs a job definition; {@code hashed} is the extract as the caller hashed it just before (the nightly's
     * unchanged-input check, or the command line while the application started), or null. A definition of several
     * fiscal years uses it for the first: each later year's run hashes the extract again, as a run of its own would.
     */
    public int runDefinition(JobDefinition definition, List<Integer> years, ExtractFingerprint.Hashed hashed,
            PrintStream out) throws Exception {
        if (definition.job().equals("nightly")) {
            return runNightly(definition.input(), definition.output(), years, definition.reports(), hashed, out);
        }
        int exit = ExitCodes.OK;
        ExtractFingerprint.Hashed first = hashed;
        for (Integer y : years) {
            exit = run(definition.job(), definition.input(), definition.output(), y, null, null, first, out);
            first = null;
            if (exit != ExitCodes.OK) {
                break;
            }
        }
        return exit;
    }

    /**
     * The nightly job: every fiscal year at once (with the reports named, comma separated, or none), and nothing at
     * all when the extract, the settings and the published outputs have not changed. {@code hashed} is the extract
     * as the unchanged-input check hashed it, or null.
     */
    public int runNightly(Path input, Path output, List<Integer> fiscalYears, String reports,
            ExtractFingerprint.Hashed hashed, PrintStream out) throws Exception {
        return run("nightly", input, output, null, fiscalYears, reports, hashed, out);
    }

    /** The nightly job of a definition, the extract hashed by the run itself. */
    public int runNightly(Path input, Path output, List<Integer> fiscalYears, String reports, PrintStream out)
            throws Exception {
        return runNightly(input, output, fiscalYears, reports, null, out);
    }

    /**
     * Asks the executions running on {@code output} (this process's: it holds the folder's lock) to stop at their next
     * step; they end STOPPED, and running the same command again restarts them from their last commit.
     */
    public void stopRunning(Path output) {
        for (String name : jobs.keySet()) {
            for (JobExecution e : repository.findRunningJobExecutions(name)) {
                JobParameter<?> folder = e.getJobParameters().getParameter(JobParameterNames.OUTPUT);
                if (folder != null && output.toString().equals(folder.value())) {
                    try {
                        operator.stop(e);
                    } catch (JobExecutionNotRunningException ended) {
                        // it ended meanwhile
                    }
                }
            }
        }
    }

    private int run(String jobName, Path input, Path output, Integer fiscalYear, List<Integer> fiscalYears,
            String reports, ExtractFingerprint.Hashed hashed, PrintStream out) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new UsageException("no job named '" + jobName + "' (jobs: " + String.join(", ", jobs.keySet()) + ")");
        }
        // every template the job will use, against the model's names: a mistake stops it before anything is read
        List<String> badTemplates = templates.problems(jobName, reports, input);
        if (!badTemplates.isEmpty()) {
            throw new UsageException(badTemplates);
        }
        checkApart(input, output);
        // The command line holds the lock already (taken before the job repository was opened); the scheduler not.
        try (OutputLock lock = OutputLock.tryAcquire(output)) {
            if (lock == null) {
                out.println(OutputLock.refusal(jobName, output));
                return ExitCodes.ALREADY_RUNNING;
            }
            return runLocked(job, input, output, fiscalYear, fiscalYears, reports, hashed, out);
        }
    }

    private int runLocked(Job job, Path input, Path output, Integer fiscalYear, List<Integer> fiscalYears,
            String reports, ExtractFingerprint.Hashed hashed, PrintStream out) throws Exception {
        Publisher.recover(output, PublishSettings.historyKeep(environment));
        ExtractLayout layout = ExtractLayout.scan(input);
        warnIgnored(layout, out);
        String fingerprint = (hashed != null ? hashed : ExtractFingerprint.hash(layout)).fingerprint();
        RunSettings settings = RunSettings.of(environment, RunSettings.rendersReports(job.getName(), reports));
        JobParametersBuilder base = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.FINGERPRINT, fingerprint)
                .addString(JobParameterNames.SETTINGS, settings.fingerprint());
        if (fiscalYear != null) {
            base.addLong(JobParameterNames.FISCAL_YEAR, fiscalYear.longValue());
        }
        if (fiscalYears != null) {
            base.addString(JobParameterNames.FISCAL_YEARS, yearsParameter(fiscalYears));
        }
        if (reports != null) {
            base.addString(JobParameterNames.REPORTS, reports);
        }
        JobParameters wanted = base.toJobParameters();
        JobExecution previous = lastExecutionWithSameParameters(job.getName(), wanted);
        if (job.getName().equals("nightly") && previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            Optional<String> difference = Publisher.difference(output);
            if (difference.isEmpty()) {
                out.println("nightly: no input file changed since execution " + previous.getId() + " of "
                        + previous.getEndTime() + " (same SHA-256 over every file of " + input + ", same settings)."
                        + " Nothing to do; the outputs published in " + output + " stand.");
                return ExitCodes.OK;
            }
            out.println("nightly: no input file changed, but " + difference.get() + " in " + output
                    + ": publishing the outputs again.");
        }
        JobExecution execution;
        long started = System.nanoTime();
        if (previous != null && previous.getStatus() != BatchStatus.COMPLETED
                && previous.getStatus() != BatchStatus.ABANDONED) {
            markInterrupted(previous);
            out.println("Restarting " + job.getName() + " (execution " + previous.getId()
                    + " did not finish) from its last commit.");
            execution = operator.restart(previous);
        } else {
            long sequence = previous == null ? 1 : sequenceOf(previous) + 1;
            execution = operator.start(job, new JobParametersBuilder(wanted)
                    .addLong(JobParameterNames.SEQUENCE, sequence).toJobParameters());
        }
        printSummary(execution, output, Duration.ofNanos(System.nanoTime() - started), out);
        return execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : failedExitCode(execution);
    }

    private JobExecution lastExecutionWithSameParameters(String jobName, JobParameters wanted) {
        JobExecution newest = null;
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || !sameIdentity(last.getJobParameters(), wanted)) {
                continue;
            }
            if (newest == null || last.getId() > newest.getId()) {
                newest = last;
            }
        }
        return newest;
    }

    private static boolean sameIdentity(JobParameters actual, JobParameters wanted) {
        for (String name : List.of(JobParameterNames.INPUT, JobParameterNames.OUTPUT, JobParameterNames.FINGERPRINT,
                JobParameterNames.SETTINGS, JobParameterNames.FISCAL_YEAR, JobParameterNames.FISCAL_YEARS,
                JobParameterNames.REPORTS)) {
            Object a = actual.getParameter(name) == null ? null : actual.getParameter(name).value();
            Object w = wanted.getParameter(name) == null ? null : wanted.getParameter(name).value();
            if (!Objects.equals(a, w)) {
                return false;
            }
        }
        return true;
    }

    private static long sequenceOf(JobExecution execution) {
        Long sequence = execution.getJobParameters().getLong(JobParameterNames.SEQUENCE);
        return sequence == null ? 0 : sequence;
    }

    /**
     * An execution still marked as running while we hold the output folder's lock was killed: mark it (and its
     * running steps) failed so it can be restarted.
     */
    private void markInterrupted(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("process ended without finishing the step"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("process ended without finishing the job"));
        execution.setEndTime(now);
        repository.update(execution);
    }

    private void printSummary(JobExecution execution, Path output, Duration took, PrintStream out) throws IOException {
        String name = execution.getJobInstance().getJobName();
        StringBuilder s = new StringBuilder();
        s.append(name).append(' ').append(execution.getStatus()).append(" in ")
                .append(String.format("%.1f s", took.toMillis() / 1000.0)).append(" (execution ")
                .append(execution.getId()).append(").");
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            // the counts the job recorded in its execution context when it published
            ExecutionContext counts = execution.getExecutionContext();
            long rejected = counts.getLong(JobParameterNames.COUNT_REJECTED, 0L);
            s.append(String.format(" Records read: %,d in %,d files; accepted %,d, superseded %,d, rejected %,d.",
                    counts.getLong(JobParameterNames.COUNT_READ, 0L), counts.getLong(JobParameterNames.COUNT_FILES, 0L),
                    counts.getLong(JobParameterNames.COUNT_ACCEPTED, 0L),
                    counts.getLong(JobParameterNames.COUNT_SUPERSEDED, 0L), rejected));
            s.append(" Outputs in ").append(output).append(": ").append(listOutputs(output)).append('.');
            String published = counts.getString(JobParameterNames.PUBLISHED, "");
            String removed = counts.getString(JobParameterNames.REMOVED, "");
            String restored = counts.getString(JobParameterNames.RESTORED, "");
            s.append(published.isEmpty() && removed.isEmpty() ? " No output changed: nothing was republished."
                    : published.isEmpty() ? "" : " Published (changed): " + abridged(published) + ".");
            if (!removed.isEmpty()) {
                s.append(" No longer produced, taken out of the folder: ").append(abridged(removed))
                        .append('.');
            }
            String history = counts.getString(JobParameterNames.HISTORY, "");
            if (!history.isEmpty()) {
                s.append(published.isEmpty() && removed.isEmpty() ? " The previous manifest.json (other parameters,"
                        + " settings or version) is kept in " : " The versions replaced are kept in ")
                        .append(history).append('.');
            }
            if (!restored.isEmpty()) {
                s.append(" Shown again (deleted by hand): ").append(restored.replace(",", ", ")).append('.');
            }
            if (rejected > 0) {
                s.append(" Every rejected record is listed with its file, line, column, rule and value in rejects.csv.");
            }
        } else if (execution.getStatus() == BatchStatus.STOPPED) {
            s.append(" Nothing was published: the run was asked to stop, and stopped between two steps. Run the same"
                    + " command again: it restarts from its last commit.");
        } else {
            s.append(" Nothing was published.");
            // one line per cause: threads that failed of the same cause (the staging engine's memory) say it once
            execution.getAllFailureExceptions().stream().map(t -> Failures.explain(t, null).line()).distinct()
                    .forEach(line -> s.append("\n  ").append(line));
            s.append("\nFix the cause and run the same command again. With the extract unchanged the run restarts from"
                    + " its last commit; a changed extract starts a new run.");
        }
        out.println(s);
    }

    /** {@link ExitCodes#ENVIRONMENT} when the environment stopped the job (disk, database, permissions), else 1. */
    private static int failedExitCode(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().mapToInt(t -> Failures.explain(t, null).exitCode())
                .filter(code -> code == ExitCodes.ENVIRONMENT).findAny().orElse(ExitCodes.FAILED);
    }

    /**
     * The changed outputs, one folder's files as one entry ({@code district-fact-sheets/ (437 files)}), so that the
     * summary stays a paragraph when a report writes a file per state or district.
     */
    static String abridged(String published) {
        Map<String, List<String>> byFolder = new java.util.LinkedHashMap<>();
        for (String file : published.split(",")) {
            int slash = file.indexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? file : file.substring(0, slash + 1), f -> new java.util.ArrayList<>())
                    .add(file);
        }
        return byFolder.entrySet().stream().map(e -> e.getValue().size() > 3 && e.getKey().endsWith("/")
                ? e.getKey() + " (" + e.getValue().size() + " files)" : String.join(", ", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String listOutputs(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
