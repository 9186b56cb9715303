package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/** A row of the Runs page: a running run shows its step and records per second; a finished one its counts. */
class RunsServiceTest {

    private static JobExecution execution(BatchStatus status) {
        JobExecution e = new JobExecution(7, new JobInstance(3, "nightly"), new JobParametersBuilder()
                .addString(JobParameterNames.OUTPUT, "/srv/out").addString(JobParameterNames.FISCAL_YEARS,
                        "2013,2014").toJobParameters());
        e.setStatus(status);
        e.setStartTime(LocalDateTime.now().minusMinutes(2));
        return e;
    }

    private static StepExecution step(JobExecution e, long id, String name, BatchStatus status, long read,
            LocalDateTime start) {
        StepExecution s = new StepExecution(id, name, e);
        s.setStatus(status);
        s.setReadCount(read);
        s.setStartTime(start);
        e.addStepExecution(s);
        return s;
    }

    @Test
    void aRunningRunShowsItsStepAndRecordsPerSecondOfStaging() {
        JobExecution e = execution(BatchStatus.STARTED);
        step(e, 1, "discover-extract", BatchStatus.COMPLETED, 0, LocalDateTime.now().minusSeconds(30));
        step(e, 2, RunsService.FILES_STEP, BatchStatus.STARTED, 0, LocalDateTime.now().minusSeconds(10));
        step(e, 3, "ingest-partition:partition0", BatchStatus.COMPLETED, 40_000, LocalDateTime.now().minusSeconds(9));
        step(e, 4, "ingest-partition:partition1", BatchStatus.STARTED, 0, LocalDateTime.now().minusSeconds(9));
        step(e, 5, "ingest-partition:partition2", BatchStatus.COMPLETED, 10_000, LocalDateTime.now().minusSeconds(8));

        RunsService.RunRow row = RunsService.row(e);

        assertThat(row.running()).isTrue();
        assertThat(row.step()).isEqualTo("ingest-files");
        // 50,000 records staged in about 10 seconds
        assertThat(row.rate()).matches("(4,9\\d\\d|5,0\\d\\d) records/s \\(50,000 staged\\)");
        assertThat(row.fiscalYears()).isEqualTo("2013, 2014");
        assertThat(row.duration()).endsWith("so far");
        assertThat(row.read()).isEmpty();
    }

    @Test
    void aCompletedRunShowsItsCountsAndNoProgress() {
        JobExecution e = execution(BatchStatus.COMPLETED);
        e.setEndTime(e.getStartTime().plusSeconds(75));
        e.getExecutionContext().putLong(JobParameterNames.COUNT_READ, 1_234_567);
        e.getExecutionContext().putLong(JobParameterNames.COUNT_REJECTED, 89);

        RunsService.RunRow row = RunsService.row(e);

        assertThat(row.running()).isFalse();
        assertThat(row.step()).isNull();
        assertThat(row.rate()).isNull();
        assertThat(row.read()).isEqualTo("1,234,567");
        assertThat(row.rejected()).isEqualTo("89");
        assertThat(row.duration()).isEqualTo("1 min 15 s");
        assertThat(row.output()).isEqualTo("/srv/out");
    }
}
