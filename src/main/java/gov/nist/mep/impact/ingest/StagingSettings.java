package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.Setting;
import gov.nist.mep.impact.support.Setting.Syntax;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staging engine's settings ({@code mep.staging.*}, defaults in application.properties), with their valid values,
 * checked when the command starts. {@link StagingDatabase} and the ingest configuration read the same names.
 *
 * @param directory the staging folder; blank: next to the job repository
 * @param memoryLimit the engine's memory bound (larger sorts spill to the folder), as DuckDB takes it: 256MB, 2GB
 * @param threads the engine's threads; 0: the cores
 * @param keepFinished keep a completed run's staging file (until the next run starts), for inspection
 */
@ConfigurationProperties("mep.staging")
public record StagingSettings(
        @Setting(syntax = Syntax.FOLDER, whenEmpty = "next to the job repository") String directory,
        @Setting(syntax = Syntax.DATA_SIZE, min = "16MB", max = "1TB") String memoryLimit,
        @Setting(min = "0", max = "256") Integer threads,
        @Setting Boolean keepFinished) {

    /** The engine's memory when {@code mep.staging.memory-limit} is not set (application.properties says the same). */
    public static final String DEFAULT_MEMORY_LIMIT = "256MB";

    public StagingSettings {
        directory = directory == null ? "" : directory;
        memoryLimit = memoryLimit == null ? DEFAULT_MEMORY_LIMIT : memoryLimit;
        threads = threads == null ? 0 : threads;
        keepFinished = keepFinished != null && keepFinished;
    }
}
