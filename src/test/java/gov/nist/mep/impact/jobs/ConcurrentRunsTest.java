package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.StagedRecords;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.DelegatingStagedRecords;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;

/**
 * Two runs in one process at the same time (as under {@code schedule}, or the web console): each run's outputs hold
 * its own figures only, center oversight included. Run A is held while it computes its center oversight (its reads of
 * staging wait) until run B, on another extract, has computed, rendered and published everything; then A goes on.
 * Every output of each run must be byte for byte the output of the same run made alone.
 */
class ConcurrentRunsTest extends BatchTestSupport {

    @TempDir
    Path dir;

    @Autowired
    HeldReads held;

    @Test
    void twoOverlappingRunsPublishOnlyTheirOwnFigures() throws Exception {
        Path extractA = Fixtures.EXAMPLE_EXTRACT;
        Path extractB = copyWithOtherKansasFunds(dir.resolve("extract-b"));
        JobExecution soloA = run("center-report", extractA, dir.resolve("solo-a"), 2014);
        JobExecution soloB = run("center-report", extractB, dir.resolve("solo-b"), 2014);
        assertThat(List.of(soloA.getStatus(), soloB.getStatus())).containsOnly(BatchStatus.COMPLETED);
        assertThat(Files.readString(dir.resolve("solo-a/metrics-FY2014.json")))
                .as("the two extracts give different figures").isNotEqualTo(
                        Files.readString(dir.resolve("solo-b/metrics-FY2014.json")));

        held.arm();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<JobExecution> a = background.submit(() -> run("center-report", extractA, dir.resolve("a"), 2014));
            assertThat(held.reached.await(2, TimeUnit.MINUTES)).as("run A reached its center oversight").isTrue();
            JobExecution b = run("center-report", extractB, dir.resolve("b"), 2014);
            held.release.countDown();
            JobExecution doneA = a.get(5, TimeUnit.MINUTES);

            assertThat(List.of(doneA.getStatus(), b.getStatus())).containsOnly(BatchStatus.COMPLETED);
        } finally {
            held.release.countDown();
            background.shutdown();
        }
        assertThat(outputs(dir.resolve("a"))).as("run A's outputs").isEqualTo(outputs(dir.resolve("solo-a")));
        assertThat(outputs(dir.resolve("b"))).as("run B's outputs").isEqualTo(outputs(dir.resolve("solo-b")));
    }

    /** The worked example with another federal award of KS01 in FY2014. */
    private static Path copyWithOtherKansasFunds(Path to) throws IOException {
        FileSystemUtils.copyRecursively(Fixtures.EXAMPLE_EXTRACT, to);
        Path financials = to.resolve("center-financials.csv");
        String text = Files.readString(financials);
        assertThat(text).contains("2014,KS01,6400271.51,");
        Files.writeString(financials, text.replace("2014,KS01,6400271.51,", "2014,KS01,7400271.51,"));
        return to;
    }

    /** Every output's bytes by name (the manifest names its folder, so it differs; it is left out). */
    private static Map<String, String> outputs(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (!name.equals("manifest.json") && !name.startsWith(".")) {
                    files.put(name, java.util.HexFormat.of().formatHex(java.security.MessageDigest
                            .getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertThat(files).containsKey("metrics-FY2014.json").containsKey("center-scorecard-FY2014.xlsx");
        return files;
    }

    @TestConfiguration
    static class Holding {
        @Bean
        @Primary
        HeldReads heldReads(StagingReadAdapter staging) {
            return new HeldReads(staging);
        }
    }

    /**
     * The staging read port, holding the first run that reads center funds for its center oversight (once armed)
     * until released.
     */
    static final class HeldReads extends DelegatingStagedRecords {

        private final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldReads(StagedRecords staging) {
            super(staging);
        }

        void arm() {
            armed.set(true);
        }

        @Override
        public List<Financials> financials(long runId) {
            boolean oversight = StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName()
                    .endsWith("CenterOversightCalculator")));
            if (oversight && armed.compareAndSet(true, false)) {
                reached.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.financials(runId);
        }
    }
}
