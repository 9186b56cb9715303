package gov.nist.mep.impact.jobs.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The {@code schedule} command's scheduler: launches every job definition that has a {@code schedule} (a cron
 * expression, UTC) at its times, one execution at a time per definition: a launch that comes while the previous one
 * still runs is skipped and said so. Across processes the output folder's lock refuses a second run.
 */
public final class Scheduler {

    /** Runs one definition to its end and returns the exit code. */
    @FunctionalInterface
    public interface Launch {
        int run(JobDefinition definition) throws Exception;
    }

    private final Map<Path, JobDefinition> definitions = new LinkedHashMap<>();
    private final Map<Path, AtomicBoolean> running = new java.util.concurrent.ConcurrentHashMap<>();
    /** The definition each file was last launched with (a definition launched by hand may not be scheduled). */
    private final Map<Path, JobDefinition> launched = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Launch launch;
    private final PrintStream out;

    public Scheduler(List<JobDefinition> scheduled, Launch launch, PrintStream out) {
        for (JobDefinition d : scheduled) {
            definitions.put(d.file(), d);
            running.put(d.file(), new AtomicBoolean());
        }
        this.launch = launch;
        this.out = out;
    }

    /** The definitions of a jobs/ folder that have a schedule, in file-name order. */
    public static List<JobDefinition> scheduledIn(Path jobsFolder) throws IOException {
        return scheduledIn(jobsFolder, jobsFolder.toAbsolutePath().getParent());
    }

    /** The same, with the definitions' paths relative to {@code base}. */
    public static List<JobDefinition> scheduledIn(Path jobsFolder, Path base) throws IOException {
        List<JobDefinition> scheduled = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsFolder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                JobDefinition d = JobDefinition.load(f, base);
                if (d.schedule() != null) {
                    scheduled.add(d);
                }
            }
        }
        return scheduled;
    }

    /** Schedules every definition with a schedule and says when each runs next; none once stopping. */
    public void start(TaskScheduler tasks) {
        for (JobDefinition d : definitions.values()) {
            if (d.schedule() == null || stopping.get()) {
                continue;
            }
            tasks.schedule(() -> launchNow(d), new CronTrigger(d.schedule(), ZoneOffset.UTC));
            LocalDateTime next = CronExpression.parse(d.schedule()).next(LocalDateTime.now(ZoneOffset.UTC));
            out.printf("scheduled %-22s %-16s '%s' next at %s UTC%n", d.file().getFileName(), d.job(), d.schedule(),
                    next);
        }
    }

    /** Whether this scheduler is running the definition of that file now. */
    public boolean isRunning(Path definitionFile) {
        AtomicBoolean busy = running.get(definitionFile);
        return busy != null && busy.get();
    }

    /**
     * Launches a definition unless its previous execution is still running or the scheduler is stopping; returns
     * whether it ran.
     */
    public boolean launchNow(JobDefinition d) {
        if (stopping.get()) {
            return false;
        }
        // a definition added to the folder after the start (launched by hand) runs one at a time too
        AtomicBoolean busy = running.computeIfAbsent(d.file(), f -> new AtomicBoolean());
        if (!busy.compareAndSet(false, true)) {
            out.println(d.file().getFileName() + ": skipped, the previous execution is still running");
            return false;
        }
        if (stopping.get()) {
            busy.set(false);
            return false;
        }
        launched.put(d.file(), d);
        try {
            int exit = launch.run(d);
            out.println(d.file().getFileName() + ": finished with exit code " + exit);
        } catch (Exception e) {
            out.println(d.file().getFileName() + ": failed: " + Failures.explain(e, null).line());
        } finally {
            busy.set(false);
        }
        return true;
    }

    /** No launch from now on (the process is stopping); returns the definitions whose execution is running. */
    public List<JobDefinition> stopLaunching() {
        stopping.set(true);
        return running();
    }

    /** The definitions whose execution is running now. */
    public List<JobDefinition> running() {
        List<JobDefinition> busy = new ArrayList<>();
        running.forEach((file, flag) -> {
            if (flag.get()) {
                busy.add(launched.get(file));
            }
        });
        return busy;
    }

    /** Waits until no execution runs, for at most {@code wait}; true when none runs. */
    public boolean awaitIdle(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!running().isEmpty()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
