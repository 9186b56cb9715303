package gov.nist.mep.impact.jobs.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {

    @TempDir
    Path dir;

    private Path definition(String name, String... lines) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        return Files.write(dir.resolve("jobs").resolve(name), List.of(lines));
    }

    @Test
    void onlyDefinitionsWithAScheduleAreScheduled() throws Exception {
        definition("a.properties", "job=nightly", "input=x", "output=y", "schedule=0 30 2 * * *");
        definition("b.properties", "job=validate", "input=x", "output=z");

        List<JobDefinition> scheduled = Scheduler.scheduledIn(dir.resolve("jobs"));

        assertThat(scheduled).extracting(JobDefinition::schedule).containsExactly("0 30 2 * * *");
    }

    @Test
    void aBadCronExpressionFailsNamingFileAndKey() throws Exception {
        Path bad = definition("bad.properties", "job=nightly", "input=x", "output=y", "schedule=every night");

        assertThatThrownBy(() -> JobDefinition.load(bad)).isInstanceOf(UsageException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("key 'schedule'");
    }

    @Test
    void aLaunchWhileThePreviousExecutionRunsIsSkipped() throws Exception {
        JobDefinition d = JobDefinition.load(definition("n.properties", "job=nightly", "input=x", "output=y",
                "schedule=0 0 3 * * *"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Scheduler scheduler = new Scheduler(List.of(d), def -> {
            runs.incrementAndGet();
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return 0;
        }, new PrintStream(out, true, StandardCharsets.UTF_8));

        Thread first = new Thread(() -> scheduler.launchNow(d));
        first.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        boolean second = scheduler.launchNow(d);
        release.countDown();
        first.join();

        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("n.properties: skipped, the previous execution is"
                + " still running").contains("n.properties: finished with exit code 0");
        assertThat(scheduler.launchNow(d)).as("free again once finished").isTrue();
    }
}
