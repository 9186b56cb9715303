package gov.nist.mep.impact.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a run records of its staging in its job execution context (kept in the job repository, carried over to a
 * restart): the staging file and the token it was created with, how many times the extract was staged (the
 * generation), the files discovery listed, and once every file is staged, the records read and rejected by a record
 * rule; once resolved, the generation resolved. A restart checks the staging against it before anything reads it
 * ({@link #problem}): a missing file, another run's file, or fewer files or records than were staged means the
 * staging is not whole, and the run stages its extract again rather than compute figures from what is left.
 */
final class StagingReceipt {

    static final String FILE = "staging.file";
    static final String TOKEN = "staging.token";
    static final String GENERATION = "staging.generation";
    static final String FILES = "staging.files";
    static final String READ = "staging.records.read";
    static final String REJECTED = "staging.records.rejected";
    static final String RESOLVED = "staging.resolved";

    private StagingReceipt() {
    }

    /** True when an earlier attempt of the run staged (part of) its extract. */
    static boolean present(ExecutionContext job) {
        return job.containsKey(TOKEN);
    }

    /** The generation of the current staging (1 for the first), 0 before any. */
    static int generation(ExecutionContext job) {
        return job.containsKey(GENERATION) ? job.getInt(GENERATION) : 0;
    }

    static void discovered(ExecutionContext job, String file, String token, int generation, long files) {
        job.remove(READ);
        job.remove(REJECTED);
        job.remove(RESOLVED);
        job.putString(FILE, file);
        job.putString(TOKEN, token);
        job.putInt(GENERATION, generation);
        job.putLong(FILES, files);
    }

    static void staged(ExecutionContext job, StagingStore.Contents contents) {
        job.putLong(READ, contents.read());
        job.putLong(REJECTED, contents.rejectedByRecordRules());
    }

    static boolean resolved(ExecutionContext job) {
        return job.containsKey(RESOLVED) && job.getInt(RESOLVED) == generation(job);
    }

    static void markResolved(ExecutionContext job) {
        job.putInt(RESOLVED, generation(job));
    }

    /**
     * Why the run's staging is not what the run recorded (one phrase to follow "the staging of run N"), or null when
     * it is whole: the same database (token), every file listed, and once ingested every record.
     */
    static String problem(ExecutionContext job, StagingStore staging, long runId) {
        if (!staging.exists(runId)) {
            return "is missing (" + staging.file(runId) + " does not exist" + (job.getString(FILE, "").equals(
                    staging.file(runId).toString()) ? "" : "; the run staged in " + job.getString(FILE, "?")) + ")";
        }
        StagingStore.Contents contents;
        try {
            if (!job.getString(TOKEN).equals(staging.token(runId))) {
                return "in " + staging.file(runId) + " is not the one this run created (another run's, or an older"
                        + " file)";
            }
            contents = staging.contents(runId);
        } catch (RuntimeException e) {
            return "in " + staging.file(runId) + " cannot be read (" + e.getMessage() + ")";
        }
        if (contents.files() != job.getLong(FILES)) {
            return "lists " + contents.files() + " files of the " + job.getLong(FILES) + " discovered";
        }
        if (job.containsKey(READ) && (contents.read() != job.getLong(READ)
                || contents.rejectedByRecordRules() != job.getLong(REJECTED))) {
            return "holds " + contents.read() + " records (" + contents.rejectedByRecordRules() + " rejected) of the "
                    + job.getLong(READ) + " (" + job.getLong(REJECTED) + ") staged";
        }
        return null;
    }
}
