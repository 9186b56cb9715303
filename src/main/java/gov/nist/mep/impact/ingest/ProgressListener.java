package gov.nist.mep.impact.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Prints the progress of a long ingest step: records so far and records per second, at most every few seconds. */
class ProgressListener implements StepExecutionListener, ChunkListener<SourceRecord, ValidatedRecord> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final FileKind kind;
    private StepExecution step;
    private long startNanos;
    private long lastReportNanos;
    private long records;

    ProgressListener(FileKind kind) {
        this.kind = kind;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        startNanos = System.nanoTime();
        lastReportNanos = startNanos;
        records = 0;
    }

    @Override
    public void afterChunk(Chunk<ValidatedRecord> chunk) {
        records += chunk.size();
        long now = System.nanoTime();
        if (now - lastReportNanos >= INTERVAL_NANOS) {
            lastReportNanos = now;
            log.info("  {}: {} records, {} records/s", kind.label(), String.format("%,d", records),
                    String.format("%,.0f", records / ((now - startNanos) / 1e9)));
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        log.info("  {}: {} records read in {} s ({} records/s)", kind.label(),
                String.format("%,d", step.getReadCount()), String.format("%.1f", seconds),
                String.format("%,.0f", step.getReadCount() / seconds));
        return stepExecution.getExitStatus();
    }
}
