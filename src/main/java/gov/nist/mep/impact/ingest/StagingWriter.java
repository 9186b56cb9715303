package gov.nist.mep.impact.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of validated records to staging: valid records to their kind's table, rejected ones to the rejects
 * table, in the chunk's transaction, so a rejected record is never lost nor written twice.
 */
public class StagingWriter implements ItemWriter<ValidatedRecord> {

    private final StagingStore staging;
    private final long runId;

    public StagingWriter(StagingStore staging, long runId) {
        this.staging = staging;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ValidatedRecord> chunk) {
        staging.write(runId, chunk.getItems());
    }
}
