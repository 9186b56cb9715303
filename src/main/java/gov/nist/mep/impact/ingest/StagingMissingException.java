package gov.nist.mep.impact.ingest;

import java.nio.file.Path;

/**
 * A read or write of a run's staging when its database is not there (deleted with its folder, deleted when the run
 * completed, or in another staging folder than this process uses). Staging is never created by a read: nothing is
 * computed from an empty database. A restart of the run checks its staging first and stages the extract again when
 * it is missing, so running the same command again is the fix.
 */
public class StagingMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long runId;

    StagingMissingException(long runId, Path file) {
        super("the staging of run " + runId + " is missing: " + file + " does not exist (deleted, or in another staging"
                + " folder than mep.staging.directory names). Nothing was computed from it. Fix: run the same command"
                + " again; the run stages its extract again");
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
