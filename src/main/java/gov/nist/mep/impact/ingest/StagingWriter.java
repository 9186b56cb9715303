package gov.nist.mep.impact.ingest;

import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk of validated records to staging: valid records to their kind's table, rejected ones to the rejects
 * table. Staging is a database of its own, so its writes commit just before the chunk's transaction in the job
 * repository; the writer therefore saves, with each chunk's commit, the number of the last record it staged, and on
 * opening (a restart, or a first start after a kill during the first chunk) forgets whatever was staged after that
 * number. A rejected record is never lost nor written twice.
 */
public class StagingWriter implements ItemStreamWriter<ValidatedRecord> {

    private final StagingStore staging;
    private final long runId;
    private final FileKind kind;
    private final String key;
    private long lastStaged = -1;

    public StagingWriter(StagingStore staging, long runId, FileKind kind) {
        this.staging = staging;
        this.runId = runId;
        this.kind = kind;
        this.key = "writer." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".last";
    }

    @Override
    public void open(ExecutionContext context) {
        lastStaged = context.containsKey(key) ? context.getLong(key) : -1;
        staging.forgetAfter(runId, kind, lastStaged);
    }

    @Override
    public void write(Chunk<? extends ValidatedRecord> chunk) {
        List<? extends ValidatedRecord> items = chunk.getItems();
        staging.write(runId, items);
        if (!items.isEmpty()) {
            lastStaged = items.get(items.size() - 1).source().recordNumber();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(key, lastStaged);
    }
}
