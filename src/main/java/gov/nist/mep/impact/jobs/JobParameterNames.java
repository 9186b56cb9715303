package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.ingest.IngestConfiguration;

/** Names of the job parameters every job takes. The identifying ones pick the job instance that a rerun restarts. */
public final class JobParameterNames {

    /** The extract folder (absolute path): the name the ingest steps read it under. */
    public static final String INPUT = IngestConfiguration.INPUT_PARAMETER;
    /** The output folder (absolute path). */
    public static final String OUTPUT = "output";
    /** The fiscal year reported on (report jobs). */
    public static final String FISCAL_YEAR = "fiscalYear";
    /** The fiscal years a nightly run covers, comma separated. */
    public static final String FISCAL_YEARS = "fiscalYears";
    /** The reports to render, comma separated (annual-report); by default the report job's own. */
    public static final String REPORTS = "reports";
    /** SHA-256 of the extract's files: a changed extract is a new job instance, never a restart. */
    public static final String FINGERPRINT = "extractFingerprint";
    /**
     * SHA-256 over the settings that change an output and the report templates used ({@link RunSettings}): a changed
     * setting is a new job instance, never the restart of a run with other settings.
     */
    public static final String SETTINGS = "settingsFingerprint";
    /** Counts completed runs of the same parameters, so that a rerun after success is a new instance. */
    public static final String SEQUENCE = "sequence";

    /**
     * Execution-context keys (not parameters) of a completed run's counts over the whole extract: files, and records
     * read = accepted + superseded + rejected. The command line prints them from the job execution.
     */
    public static final String COUNT_FILES = "records.files";
    public static final String COUNT_READ = "records.read";
    public static final String COUNT_ACCEPTED = "records.accepted";
    public static final String COUNT_SUPERSEDED = "records.superseded";
    public static final String COUNT_REJECTED = "records.rejected";
    /** Execution-context key: the outputs a run published (changed), comma separated. */
    public static final String PUBLISHED = "published";
    /** Execution-context key: the outputs a run took out of the published set (no longer produced), comma separated. */
    public static final String REMOVED = "removed";
    /** Execution-context key: the outputs deleted by hand that a run showed again, comma separated. */
    public static final String RESTORED = "restored";
    /** Execution-context key: where the replaced and removed outputs were kept (history/...), when any were. */
    public static final String HISTORY = "history";
    /** Execution-context key: the name of the run's work folder in the output folder's store. */
    static final String WORK_FOLDER = "work.folder";
    /**
     * Execution-context key prefix: the files a step wrote into the work folder (one {@code sha256 size file} line
     * each), so that a restart proves the work folder still holds them or runs the step again.
     */
    static final String WORK_OUTPUTS = "work.outputs.";

    private JobParameterNames() {
    }
}
