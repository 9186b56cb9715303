package gov.nist.mep.impact.support;

import gov.nist.mep.impact.metrics.StagedRecords;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The metrics' read port, failing the next run's metrics once armed: a run that stops after its ingest (discovery,
 * staging and resolution completed, the metrics step failed), with its staging kept for its restart, as after a crash.
 * Import {@link Configuration} into a job test to use it.
 */
public class FailingMetricsReads extends DelegatingStagedRecords {

    private final AtomicBoolean armed = new AtomicBoolean();

    public FailingMetricsReads(StagedRecords staging) {
        super(staging);
    }

    /** The next metrics step fails (once). */
    public void failNextMetrics() {
        armed.set(true);
    }

    @Override
    public List<Financials> financials(long runId) {
        if (armed.compareAndSet(true, false)) {
            throw new IllegalStateException("a failure of the metrics step, injected by the test");
        }
        return super.financials(runId);
    }

    /** Puts the failing port in place of the real one. */
    @TestConfiguration
    public static class Configuration {
        @Bean
        @Primary
        FailingMetricsReads failingMetricsReads(@Qualifier("stagingReadAdapter") StagedRecords staging) {
            return new FailingMetricsReads(staging);
        }
    }
}
