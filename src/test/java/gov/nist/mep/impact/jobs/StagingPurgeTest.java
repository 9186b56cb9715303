package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.ingest.StagingDatabase;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.FailingMetricsReads;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

/**
 * A run that failed keeps its staging for its restart, until its extract changes: the same command then starts a new
 * run (another fingerprint), the failed one can never restart, and its staging file is dropped.
 */
@Import(FailingMetricsReads.Configuration.class)
class StagingPurgeTest extends BatchTestSupport {

    @TempDir
    Path dir;

    @Autowired
    StagingDatabase stagingDatabase;

    @Autowired
    FailingMetricsReads reads;

    private JobExecution start(String job, Path extract, Path output) throws Exception {
        return operator.start(job(job), new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, extract.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.FINGERPRINT, ExtractFingerprint.of(ExtractLayout.scan(extract)))
                .addLong(JobParameterNames.FISCAL_YEAR, 2014L)
                .addLong(JobParameterNames.SEQUENCE, System.nanoTime()).toJobParameters());
    }

    @Test
    void aFailedRunsStagingIsKeptWhileItsExtractIsUnchangedAndDroppedOnceItChanged() throws Exception {
        Path extract = dir.resolve("extract");
        FileSystemUtils.copyRecursively(Fixtures.EXAMPLE_EXTRACT, extract);
        reads.failNextMetrics();
        JobExecution failed = start("annual-report", extract, dir.resolve("failed"));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long failedRun = failed.getJobInstance().getInstanceId();
        assertThat(stagingDatabase.stagedRuns()).contains(failedRun);

        JobExecution sameExtract = start("validate", extract, dir.resolve("out-1"));
        assertThat(sameExtract.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stagingDatabase.stagedRuns()).as("the failed run can still restart").contains(failedRun);

        Path centers = extract.resolve("centers.csv");
        Files.writeString(centers, Files.readString(centers).stripTrailing()
                + "\nZZ01,New MEP,KS,NONPROFIT,2014,false,0\n");
        JobExecution changed = start("validate", extract, dir.resolve("out-2"));

        assertThat(changed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stagingDatabase.stagedRuns()).as("its extract changed: it can never restart").doesNotContain(
                failedRun);
        assertThat(stagingDatabase.file(failedRun)).doesNotExist();
    }
}
