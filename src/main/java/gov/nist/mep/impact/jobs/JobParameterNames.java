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
    /**
     * Execution-context key: the folder, relative to the output folder, where a run's publish kept the outputs it
     * replaced (absent when it replaced none). The web console's Changes page compares them with what replaced them.
     */
    public static final String REPLACED = "replaced";

    private JobParameterNames() {
    }
}
