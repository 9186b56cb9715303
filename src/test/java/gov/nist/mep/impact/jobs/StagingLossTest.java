package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.ingest.StagingDatabase;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.FailingMetricsReads;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

/**
 * A restart whose staging is gone (the staging folder deleted, or the restart runs where the folder is not) must
 * never publish figures computed from nothing: it stages the extract again and publishes what an uninterrupted run
 * publishes. The first attempt fails after the ingest (its metrics step fails); the test then deletes the staging
 * folder and restarts.
 */
@Import(FailingMetricsReads.Configuration.class)
class StagingLossTest extends BatchTestSupport {

    private static final Path EXTRACT = Fixtures.EXAMPLE_EXTRACT;

    @TempDir
    Path dir;

    @Autowired
    StagingDatabase stagingDatabase;

    @Autowired
    FailingMetricsReads reads;

    @Test
    void aRestartWhoseStagingFolderWasDeletedStagesTheExtractAgainAndPublishesTheRealFigures() throws Exception {
        Path clean = dir.resolve("clean");
        JobExecution uninterrupted = run("annual-report", EXTRACT, clean, 2014);
        assertThat(uninterrupted.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path out = dir.resolve("out");
        reads.failNextMetrics();
        JobExecution first = run("annual-report", EXTRACT, out, 2014);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(first.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.COMPLETED)
                .extracting(StepExecution::getStepName).contains("discover-extract", "ingest-files", "resolve-extract");

        FileSystemUtils.deleteRecursively(stagingDatabase.directory());
        JobExecution restarted = operator.restart(first);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(first.getJobInstance().getInstanceId());
        assertThat(restarted.getExecutionContext().getLong(JobParameterNames.COUNT_READ, 0L)).isEqualTo(395);
        assertThat(restarted.getExecutionContext().getLong(JobParameterNames.COUNT_FILES, 0L)).isEqualTo(40);
        assertThat(restarted.getExecutionContext().getLong(JobParameterNames.COUNT_REJECTED, 0L)).isEqualTo(73);
        for (String file : List.of("metrics-FY2014.json", "rejects.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(clean.resolve(file)));
        }
    }
}
