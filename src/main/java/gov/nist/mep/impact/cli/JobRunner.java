package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.jobs.JobParameterNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Runs one job for the command line: picks the job instance (a new one, or the failed or interrupted one with the
 * same parameters, which is restarted from its last commit), guards the output folder against a second concurrent
 * run, and prints the summary.
 */
@Component
class JobRunner {

    static final String LOCK_FILE = ".mep-impact.lock";

    /** Says which files of the extract are not read (they are listed in validate's data-quality.json). */
    static void warnIgnored(ExtractLayout layout, PrintStream out) {
        for (String ignored : layout.ignored()) {
            out.println("warning: not read: " + ignored + " (listed in data-quality.json of validate)");
        }
    }

    /** The fiscal years as the job parameter (and the manifest) write them: comma separated. */
    static String yearsParameter(List<Integer> fiscalYears) {
        return fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The output folder's lock, or null when another run (this process or another) holds it. */
    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, j -> j));
    }

    int run(String jobName, Path input, Path output, Integer fiscalYear, PrintStream out) throws Exception {
        return run(jobName, input, output, fiscalYear, null, null, out);
    }

    /**
     * The nightly job: every fiscal year at once (with the reports named, comma separated, or none), and nothing at
     * all when the extract has not changed.
     */
    int runNightly(Path input, Path output, List<Integer> fiscalYears, String reports, PrintStream out)
            throws Exception {
        return run("nightly", input, output, null, fiscalYears, reports, out);
    }

    private int run(String jobName, Path input, Path output, Integer fiscalYear, List<Integer> fiscalYears,
            String reports, PrintStream out) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new UsageException("no job named '" + jobName + "' (jobs: " + String.join(", ", jobs.keySet()) + ")");
        }
        Files.createDirectories(output);
        try (FileChannel channel = FileChannel.open(output.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                out.println(jobName + " is already running with output folder " + output
                        + "; this start is refused.");
                return ExitCodes.ALREADY_RUNNING;
            }
            try {
                return runLocked(job, input, output, fiscalYear, fiscalYears, reports, out);
            } finally {
                lock.release();
            }
        }
    }

    private int runLocked(Job job, Path input, Path output, Integer fiscalYear, List<Integer> fiscalYears,
            String reports, PrintStream out) throws Exception {
        ExtractLayout layout = ExtractLayout.scan(input);
        warnIgnored(layout, out);
        String fingerprint = ExtractFingerprint.of(layout);
        JobParametersBuilder base = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.FINGERPRINT, fingerprint);
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
            out.println("nightly: no input file changed since execution " + previous.getId() + " of "
                    + previous.getEndTime() + " (same SHA-256 over every file of " + input + "). Nothing to do;"
                    + " the outputs published in " + output + " stand.");
            return ExitCodes.OK;
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
                JobParameterNames.FISCAL_YEAR, JobParameterNames.FISCAL_YEARS, JobParameterNames.REPORTS)) {
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
            String published = execution.getExecutionContext().containsKey(JobParameterNames.PUBLISHED)
                    ? execution.getExecutionContext().getString(JobParameterNames.PUBLISHED) : "";
            s.append(published.isEmpty() ? " No output changed: nothing was republished."
                    : " Published (changed): " + abridged(published) + ".");
            if (rejected > 0) {
                s.append(" Every rejected record is listed with its file, line, column, rule and value in rejects.csv.");
            }
        } else {
            s.append(" Nothing was published.");
            for (Throwable t : execution.getAllFailureExceptions()) {
                s.append("\n  ").append(Failures.explain(t, null).line());
            }
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
