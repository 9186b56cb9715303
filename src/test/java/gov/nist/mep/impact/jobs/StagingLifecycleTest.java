package gov.nist.mep.impact.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.ingest.StagingDatabase;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversightCalculator;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.StagedRecords;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.FailingMetricsReads;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staging lifecycle production runs (the other job tests keep a completed run's staging to read it): a completed
 * run's staging file is deleted when it completes, what the run rendered from staging was read while it was whole, and
 * any later read of that run's staging fails loudly instead of finding an empty database.
 */
@Import(FailingMetricsReads.Configuration.class)
class StagingLifecycleTest extends BatchTestSupport {

    @DynamicPropertySource
    static void productionLifecycle(DynamicPropertyRegistry registry) {
        registry.add("mep.staging.keep-finished", () -> "false");
    }

    @TempDir
    Path dir;

    @Autowired
    StagingDatabase stagingDatabase;

    @Autowired
    StagedRecords records;

    @Autowired
    FailingMetricsReads failing;

    @Autowired
    MetricsCalculator calculator;

    @Autowired
    CenterOversightCalculator oversightCalculator;

    @Test
    void aCompletedRunsStagingIsDeletedAfterItsFeedbackWasRenderedFromIt() throws Exception {
        Path out = dir.resolve("out");

        JobExecution e = run("center-report", Fixtures.EXAMPLE_EXTRACT, out, 2014);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long run = e.getJobInstance().getInstanceId();
        assertThat(stagingDatabase.stagedRuns()).doesNotContain(run);
        try (Stream<Path> files = Files.exists(stagingDatabase.directory()) ? Files.list(stagingDatabase.directory())
                : Stream.empty()) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("run-" + run + "."));
        }
        // the worked example's 13 superseded records (its expected data quality) all name a center
        long superseded = 0;
        try (Stream<Path> feedback = Files.list(out.resolve("center-feedback"))) {
            for (Path workbook : feedback.toList()) {
                try (XSSFWorkbook book = XlsxCellDump.open(Files.readAllBytes(workbook))) {
                    Sheet sheet = book.getSheet("Superseded records");
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        Row row = sheet.getRow(r);
                        if (row != null && row.getCell(3) != null && row.getCell(3).getCellType() == CellType.NUMERIC) {
                            superseded++; // a record's row (its line number); the footnote has none
                        }
                    }
                }
            }
        }
        assertThat(superseded).isEqualTo(13);
    }

    @Test
    void readingTheStagingOfACompletedRunFailsInsteadOfFindingNothing() throws Exception {
        JobExecution e = run("validate", Fixtures.EXAMPLE_EXTRACT, dir.resolve("out"), null);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long run = e.getJobInstance().getInstanceId();

        assertThatThrownBy(() -> records.centers(run)).hasMessageContaining("staging")
                .hasMessageContaining("run " + run);
        assertThatThrownBy(() -> staging.rejects(run)).hasMessageContaining("staging");
        assertThat(stagingDatabase.stagedRuns()).as("no database created by the reads").doesNotContain(run);
    }

    @Test
    void centerFeedbackReadAfterItsRunsStagingIsGoneFailsInsteadOfListingNoSupersededRecord() throws Exception {
        // a run that stopped after its ingest keeps its staging (its metrics step fails)
        failing.failNextMetrics();
        JobExecution e = run("annual-report", Fixtures.EXAMPLE_EXTRACT, dir.resolve("failed"), 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.FAILED);
        long run = e.getJobInstance().getInstanceId();
        CenterOversight oversight = oversightCalculator.compute(run, calculator.compute(run, 2014));
        CenterOversight.CenterFeedback withSuperseded = oversight.feedback().values().stream()
                .filter(f -> !f.superseded().isEmpty()).findFirst().orElseThrow();

        staging.deleteRun(run);

        assertThatThrownBy(withSuperseded::superseded).hasMessageContaining("staging")
                .hasMessageContaining("run " + run);
    }
}
