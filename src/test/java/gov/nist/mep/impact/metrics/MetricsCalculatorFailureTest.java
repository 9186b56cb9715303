package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.ingest.FileCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The years of a run are computed on several threads. When one year fails, the failure reaches the caller only once
 * every other year's computation has ended (none is left reading staging after its step failed), and none of them is
 * interrupted (an interrupted library thread prints a stack trace of its own on the console).
 */
class MetricsCalculatorFailureTest {

    @Test
    void aFailedYearIsThrownOnlyAfterTheOtherYearsEndedUninterrupted() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch slowYearStarted = new CountDownLatch(1);
        boolean parallel = Runtime.getRuntime().availableProcessors() > 1;
        StagedRecords staging = new EmptyStaging() {
            @Override
            public void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer) {
                // FY2014, the year with estimates, reads its projects one by one
                inFlight.incrementAndGet();
                slowYearStarted.countDown();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // a query that does not look at interrupts
                }
                interrupted.set(Thread.currentThread().isInterrupted());
                inFlight.decrementAndGet();
            }

            @Override
            public PeriodSums periodSums(long runId, LocalDate from, LocalDate to, Eligibility rule) {
                // FY2013, a trend year, reads its sums
                try {
                    if (parallel) {
                        slowYearStarted.await(30, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("FY2013 cannot be read");
            }
        };
        MetricsCalculator calculator = new MetricsCalculator(staging, ProgramRules.defaults(),
                new EstimatesCalculator());

        assertThatThrownBy(() -> calculator.compute(1, List.of(2014))).hasMessageContaining("FY2013 cannot be read");

        assertThat(inFlight).as("years still computing when the failure was thrown").hasValue(0);
        assertThat(interrupted).as("the other year was interrupted").isFalse();
    }

    /** A staged run with an appropriation for FY2013 and FY2014 and nothing else. */
    private static class EmptyStaging implements StagedRecords {

        @Override
        public List<Center> centers(long runId) {
            return List.of();
        }

        @Override
        public Optional<Crosswalk> crosswalk(long runId) {
            return Optional.empty();
        }

        @Override
        public ClientPlacement clientPlacement(long runId) {
            return new ClientPlacement(0, 0, 0, 0, 0);
        }

        @Override
        public Map<Integer, BigDecimal> appropriations(long runId) {
            return Map.of(2013, BigDecimal.TEN, 2014, BigDecimal.TEN);
        }

        @Override
        public List<Financials> financials(long runId) {
            return List.of();
        }

        @Override
        public void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer) {
        }

        @Override
        public void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer) {
        }

        @Override
        public PeriodSums periodSums(long runId, LocalDate from, LocalDate to, Eligibility rule) {
            return new PeriodSums(List.of(), List.of(), List.of());
        }

        @Override
        public List<Story> stories(long runId) {
            return List.of();
        }

        @Override
        public List<FileCounts> fileCounts(long runId) {
            return List.of();
        }

        @Override
        public Map<String, Long> rejectsByRule(long runId) {
            return Map.of();
        }

        @Override
        public List<CenterReject> centerRejects(long runId) {
            return List.of();
        }

        @Override
        public Map<String, Long> recordsByCenter(long runId) {
            return Map.of();
        }

        @Override
        public Map<String, Long> supersededByCenter(long runId) {
            return Map.of();
        }

        @Override
        public List<SupersededRecord> superseded(long runId, String centerId) {
            return List.of();
        }

        @Override
        public void completedProjects(long runId, LocalDate from, LocalDate to,
                Consumer<CompletedProject> consumer) {
        }
    }
}
