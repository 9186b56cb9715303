package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import gov.nist.mep.impact.support.BatchTestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staging units hold no job-repository connection while they stage: more units at once than the repository's
 * connection pool has connections (here one connection, which a unit would wait for at most a quarter of a second,
 * and four units at once) stage the whole extract.
 */
class IngestConnectionsTest extends BatchTestSupport {

    @DynamicPropertySource
    static void oneConnectionManyUnits(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "1");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
        registry.add("mep.ingest.threads", () -> "4");
    }

    @TempDir
    Path dir;

    @Test
    void moreUnitsAtOnceThanPooledConnectionsStageTheWholeExtract() throws Exception {
        Path extract = dir.resolve("extract");
        new ExtractGenerator().generate(new GeneratorOptions(extract, 5, 15_000));

        JobExecution e = run("validate", extract, dir.resolve("out"), null);

        assertThat(e.getStatus()).as(e.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> units = e.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(IngestConfiguration.PARTITION_STEP + ":")).toList();
        assertThat(units).hasSizeGreaterThan(4).allSatisfy(s -> assertThat(s.getStatus())
                .isEqualTo(BatchStatus.COMPLETED));
        List<FileCounts> files = staging.fileCounts(e.getJobInstance().getInstanceId());
        assertThat(units.stream().mapToLong(StepExecution::getReadCount).sum())
                .isEqualTo(files.stream().mapToLong(FileCounts::read).sum()).isGreaterThan(15_000);
    }
}
