package gov.nist.mep.impact.support;

import static gov.nist.mep.impact.support.PublishFullDiskTest.entries;
import static gov.nist.mep.impact.support.PublishFullDiskTest.newSet;
import static gov.nist.mep.impact.support.PublishFullDiskTest.oldSet;
import static gov.nist.mep.impact.support.PublishFullDiskTest.publish;
import static gov.nist.mep.impact.support.PublishFullDiskTest.request;
import static gov.nist.mep.impact.support.PublishFullDiskTest.visible;
import static gov.nist.mep.impact.support.PublishFullDiskTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of a publish that changes the disk, one after the other: it fails there (what a full disk or a
 * faulty file system does, on any machine, root or not), or the process is killed there with SIGKILL (a real process
 * that kills itself at that point). Afterwards the folder shows the old set or the new set, whole, never a mix; after
 * a kill the next run on the folder completes or undoes what was left, and the rerun publishes the new set.
 */
class PublishFaultTest {

    @TempDir
    Path dir;

    private static final Instant WHEN = Instant.parse("2014-10-02T00:00:00Z");

    /** The operations of publishing the new set over the old one, in order. */
    private List<String> operations() throws IOException {
        Path out = dir.resolve("count");
        publish(out, "1", oldSet());
        PublishFullDiskTest.Work work = write(out, "2", newSet());
        List<String> seen = new ArrayList<>();
        Publisher.publish(out, work.folder(), request(work), 30, WHEN, (op, path) -> seen.add(op + " "
                + out.relativize(path)));
        assertThat(visible(out)).isEqualTo(newSet());
        return seen;
    }

    @Test
    void aFailureAtEachOperationLeavesTheOldSetOrTheNewSetAndTheRerunPublishesTheNewOne() throws Exception {
        List<String> operations = operations();
        assertThat(operations).as("the switch is one of them").contains("rename .mep-publish/current.tmp");
        int failedBefore = 0;
        for (int k = 0; k < operations.size(); k++) {
            Path out = dir.resolve("fail-" + k);
            publish(out, "1", oldSet());
            List<String> before = entries(out);
            PublishFullDiskTest.Work work = write(out, "2", newSet());
            AtomicInteger n = new AtomicInteger();
            int at = k;
            String what = "fails at " + operations.get(k);
            boolean published;
            try {
                Publisher.publish(out, work.folder(), request(work), 30, WHEN, (op, path) -> {
                    if (n.getAndIncrement() == at) {
                        throw new IOException("No space left on device");
                    }
                });
                published = true;
            } catch (RuntimeException e) {
                assertThat(messages(e)).as(what).contains("No space left on device");
                published = false;
            }
            if (published) {
                assertThat(visible(out)).as(what).isEqualTo(newSet());
                Publisher.recover(out, 30);
            } else {
                failedBefore++;
                assertThat(visible(out)).as(what).isEqualTo(oldSet());
                assertThat(entries(out)).as(what + ": nothing left behind").isEqualTo(before);
                assertThat(out.resolve("history")).as(what).doesNotExist();
                publish(out, "2", newSet());
            }
            assertFinished(out, what);
        }
        assertThat(failedBefore).as("failures before the switch undo the publish").isPositive()
                .isLessThan(operations.size());
    }

    @Test
    void aKillAtEachOperationLeavesTheOldSetOrTheNewSetAndTheNextRunCompletesIt() throws Exception {
        List<String> operations = operations();
        int old = 0;
        int fresh = 0;
        for (int k = 0; k < operations.size(); k++) {
            Path out = dir.resolve("kill-" + k);
            publish(out, "1", oldSet());
            String what = "killed at " + operations.get(k);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp",
                    System.getProperty("java.class.path"), KilledPublish.class.getName(), out.toString(),
                    String.valueOf(k)).redirectErrorStream(true).start();
            String console;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                console = String.join("\n", r.lines().toList());
            }
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(what + ": " + console).isEqualTo(137);

            Map<String, String> shown = visible(out);
            assertThat(shown).as(what + ": one whole set").isIn(oldSet(), newSet());
            assertThat(Publisher.difference(out)).as(what + ": true to its manifest").isEmpty();
            if (shown.equals(oldSet())) {
                old++;
                Publisher.recover(out, 30);
                assertThat(visible(out)).as(what).isEqualTo(oldSet());
                publish(out, "2", newSet());
            } else {
                fresh++;
                Publisher.recover(out, 30);
            }
            assertFinished(out, what);
        }
        assertThat(old).as("kills before the switch").isPositive();
        assertThat(fresh).as("kills after it").isPositive();
    }

    /** The new set shown, the previous one's replaced and removed outputs in history, nothing else left. */
    private static void assertFinished(Path out, String what) throws IOException {
        assertThat(visible(out)).as(what).isEqualTo(newSet());
        assertThat(Publisher.difference(out)).as(what).isEmpty();
        try (Stream<Path> kept = Files.list(out.resolve("history"))) {
            List<Path> entries = kept.toList();
            assertThat(entries).as(what).hasSize(1);
            Path previous = entries.get(0);
            assertThat(previous.resolve("state-fact-sheets/WA-FY2014.pdf")).as(what)
                    .hasContent(oldSet().get("state-fact-sheets/WA-FY2014.pdf"));
            assertThat(previous.resolve("annual-report-FY2014.pdf")).as(what)
                    .hasContent(oldSet().get("annual-report-FY2014.pdf"));
            assertThat(previous.resolve("impact-report-FY2014.pdf")).as(what + ": no longer produced")
                    .hasContent(oldSet().get("impact-report-FY2014.pdf"));
            assertThat(previous.resolve("rejects.csv")).as(what).doesNotExist();
            assertThat(previous.resolve("manifest.json")).as(what).isRegularFile();
        }
        try (Stream<Path> store = Files.list(out.resolve(Publisher.STORE))) {
            assertThat(store.map(p -> p.getFileName().toString()).toList()).as(what + ": the store")
                    .hasSize(2).contains("current");
        }
        try (Stream<Path> top = Files.list(out)) {
            assertThat(top.map(p -> p.getFileName().toString()).sorted().toList()).as(what + ": the folder")
                    .containsExactly(".mep-publish", "annual-report-FY2014.pdf", "data-quality.json", "history",
                            "manifest.json", "metrics-FY2014.json", "rejects.csv", "state-fact-sheets");
        }
    }

    private static String messages(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c.getMessage()).append('\n');
        }
        return s.toString();
    }

    /** The child process: publishes the new set over the old one and kills itself with SIGKILL at operation k. */
    static final class KilledPublish {

        public static void main(String[] args) throws Exception {
            Path out = Path.of(args[0]);
            int at = Integer.parseInt(args[1]);
            PublishFullDiskTest.Work work = write(out, "2", newSet());
            AtomicInteger n = new AtomicInteger();
            Publisher.publish(out, work.folder(), request(work), 30, WHEN, (op, path) -> {
                if (n.getAndIncrement() == at) {
                    try {
                        new ProcessBuilder("sh", "-c", "kill -9 " + ProcessHandle.current().pid()).start()
                                .waitFor();
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            System.out.println("not killed: operation " + at + " never came");
        }
    }
}
