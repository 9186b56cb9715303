package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.operations.FiscalYears;
import gov.nist.mep.impact.jobs.operations.JobDefinition;
import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.jobs.operations.Scheduler;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * The Schedule page and "Run now": every job definition of the jobs folder with its cron expression, next and last
 * run; a run started here goes through the command line's scheduler and job runner, so it is the same job under the
 * same rules (one execution at a time per definition; a definition whose output folder is being written by any
 * process is refused, as {@code run} refuses it with exit code 3). With {@code mep.console.schedule=true} the console
 * also launches the definitions that have a schedule at their times, as {@code schedule} does.
 */
@Service
@ConsoleOnly
class ScheduleService {

    private static final Logger log = LoggerFactory.getLogger(ScheduleService.class);

    record DefinitionRow(String name, String job, String description, String schedule, String next, String input,
            String output, Long lastRunId, String lastStatus, String lastStart, String error, boolean running,
            String lastLaunch) {
    }

    /** What "Run now" did. */
    record Launch(boolean started, String message) {
    }

    private final JobsFolder jobs;
    private final ExecutionIndex index;
    private final JobRepository repository;
    private final Scheduler scheduler;
    private final ThreadPoolTaskScheduler tasks;
    private final ExecutorService launches;
    private final Map<String, String> lastLaunch = new ConcurrentHashMap<>();
    private final boolean scheduling;

    ScheduleService(JobsFolder jobs, ExecutionIndex index, JobRepository repository, JobRunner runner,
            ConsoleSettings settings) {
        this.jobs = jobs;
        this.index = index;
        this.repository = repository;
        List<JobDefinition> all = new ArrayList<>();
        for (String name : JobDefinition.namesIn(jobs.folder())) {
            load(name).ifPresent(all::add);
        }
        // the scheduler's own lines ("check.properties: failed: ...") are the result of a start that never ran
        PrintStream out = LogStream.to(log, line -> {
            int colon = line.indexOf(".properties: ");
            if (colon > 0 && !line.contains("finished with exit code")) {
                lastLaunch.put(line.substring(0, colon), line.substring(colon + ".properties: ".length()));
            }
        });
        this.scheduler = new Scheduler(all, d -> runner.runDefinition(d, FiscalYears.resolve(d), LogStream.to(log,
                line -> summary(line).ifPresent(text -> lastLaunch.put(nameOf(d), text)))), out);
        AtomicInteger threads = new AtomicInteger();
        this.launches = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mep-console-run-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduling = settings.schedule();
        long scheduled = all.stream().filter(d -> d.schedule() != null).count();
        if (scheduling && scheduled > 0) {
            tasks = new ThreadPoolTaskScheduler();
            tasks.setPoolSize((int) scheduled);
            tasks.setThreadNamePrefix("mep-schedule-");
            tasks.initialize();
            scheduler.start(tasks);
        } else {
            tasks = null;
        }
    }

    @PreDestroy
    void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        launches.shutdownNow();
    }

    boolean scheduling() {
        return scheduling;
    }

    String jobsFolder() {
        return jobs.description();
    }

    private Optional<JobDefinition> load(String name) {
        try {
            return Optional.of(JobDefinition.load(jobs.folder().resolve(name + ".properties"), jobs.base()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What to show of a line the runner printed: the first sentence of its summary ("job STATUS in 1.2 s (execution
     * N).") or its refusal; nothing of the other lines.
     */
    static Optional<String> summary(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?\\(execution \\d+\\)\\.)").matcher(line);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return line.contains("this start is refused") ? Optional.of(line) : Optional.empty();
    }

    private static String nameOf(JobDefinition d) {
        String file = d.file().getFileName().toString();
        return file.substring(0, file.length() - ".properties".length());
    }

    List<DefinitionRow> definitions() {
        List<DefinitionRow> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (String name : JobDefinition.namesIn(jobs.folder())) {
            JobDefinition d;
            try {
                d = JobDefinition.load(jobs.folder().resolve(name + ".properties"), jobs.base());
            } catch (RuntimeException e) {
                rows.add(new DefinitionRow(name, "", "", "", "", "", "", null, null, null, e.getMessage(), false,
                        null));
                continue;
            }
            String next = d.schedule() == null ? "" : String.valueOf(CronExpression.parse(d.schedule()).next(now))
                    .replace('T', ' ') + " UTC" + (scheduling ? "" : " (when scheduled)");
            JobExecution last = last(d);
            rows.add(new DefinitionRow(name, d.job(), d.description(), d.schedule() == null ? "" : d.schedule(), next,
                    d.input() == null ? "" : d.input().toString(), d.output() == null ? "" : d.output().toString(),
                    last == null ? null : last.getId(), last == null ? null : last.getStatus().name(),
                    last == null ? null : RunsService.time(last.getStartTime()), null,
                    scheduler.isRunning(d.file()), lastLaunch.get(name)));
        }
        return rows;
    }

    /** The newest execution of a definition: same job, same output folder. */
    private JobExecution last(JobDefinition d) {
        if (d.output() == null) {
            return null;
        }
        for (long id : index.ofOutput(d.output().toString(), 20)) {
            JobExecution e = RunService.find(repository, id);
            if (e != null && e.getJobInstance().getJobName().equals(d.job())) {
                return e;
            }
        }
        return null;
    }

    /** Starts a definition now, unless it or its output folder is busy. */
    Launch runNow(String name) {
        if (name == null || !JobDefinition.namesIn(jobs.folder()).contains(name)) {
            return new Launch(false, "There is no job definition with that name in " + jobs.description() + ".");
        }
        JobDefinition d;
        try {
            d = JobDefinition.load(jobs.folder().resolve(name + ".properties"), jobs.base());
        } catch (RuntimeException e) {
            return new Launch(false, e.getMessage());
        }
        if (d.input() == null || d.output() == null) {
            return new Launch(false, d.file() + ": needs an input and an output folder.");
        }
        if (scheduler.isRunning(d.file())) {
            return new Launch(false, name + " is already running from this console; this start is refused.");
        }
        if (outputBusy(d.output())) {
            return new Launch(false, d.job() + " is already running with output folder " + d.output()
                    + "; this start is refused (as the command line refuses it with exit code 3).");
        }
        lastLaunch.put(name, "starting");
        launches.submit(() -> scheduler.launchNow(d));
        return new Launch(true, name + " started (" + d.job() + " on " + d.input() + "). It appears on the Runs page"
                + " as soon as its execution is created.");
    }

    /** Whether a run (this process or another) holds the output folder's lock now. */
    static boolean outputBusy(Path output) {
        Path lockFile = output.resolve(JobRunner.LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = JobRunner.tryLock(channel);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
