package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.FailingMetricsReads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline on PostgreSQL, chosen by configuration alone. {@code .ci/run} starts a local server and sets
 * MEP_TEST_POSTGRES_URL (and MEP_TEST_POSTGRES_USER / _PASSWORD); without it this class is skipped.
 */
@EnabledIfEnvironmentVariable(named = "MEP_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
@Import(FailingMetricsReads.Configuration.class)
class PostgresIntegrationTest extends BatchTestSupport {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("MEP_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> env("MEP_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> env("MEP_TEST_POSTGRES_PASSWORD", ""));
        registry.add("mep.staging.directory", () -> STAGING.toString());
    }

    /** The staging folder of these tests (not the user's home, the default for a database server). */
    private static final Path STAGING = temporaryFolder();

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("mep-postgres-staging");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @TempDir
    Path dir;

    @org.springframework.beans.factory.annotation.Autowired
    FailingMetricsReads failing;

    @Test
    void theWorkedExampleGivesTheExpectedRejectsAndMetricsOnPostgres() throws Exception {
        for (int year : List.of(2013, 2014)) {
            Path out = dir.resolve("fy" + year);
            JobExecution e = run("annual-report", WorkedExampleTest.EXAMPLE.resolve("extract").toAbsolutePath(), out,
                    year);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            JsonNode expected = WorkedExampleTest.JSON.readTree(
                    WorkedExampleTest.EXAMPLE.resolve("expected-metrics-FY" + year + ".json").toFile());
            JsonNode actual = WorkedExampleTest.JSON.readTree(out.resolve("metrics-FY" + year + ".json").toFile());
            List<String> differences = new ArrayList<>();
            WorkedExampleTest.compare(expected, actual, "", differences);
            assertThat(differences).as("FY%d", year).isEmpty();

            List<String> expectedRejects = Files.readAllLines(WorkedExampleTest.EXAMPLE.resolve("expected-rejects.txt"))
                    .stream().filter(l -> !l.isBlank()).toList();
            assertThat(Files.readAllLines(out.resolve("rejects.csv")).stream().skip(1)
                    .map(l -> l.split(",")[0] + "," + l.split(",")[1]).toList())
                    .containsExactlyElementsOf(expectedRejects);
            List<FileCounts> files = staging.fileCounts(e.getJobInstance().getInstanceId());
            assertThat(files).allSatisfy(f ->
                    assertThat(f.read()).isEqualTo(f.accepted() + f.superseded() + f.rejected()));
        }
    }

    /**
     * A restart that does not find the run's staging (run from another folder or host, or the folder deleted) stages
     * the extract again and publishes the expected figures, never figures computed from nothing.
     */
    @Test
    void aRestartWithoutItsStagingStagesAgainOnPostgres() throws Exception {
        Path out = dir.resolve("out");
        failing.failNextMetrics();
        JobExecution first = run("annual-report", WorkedExampleTest.EXAMPLE.resolve("extract").toAbsolutePath(), out,
                2014);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        org.springframework.util.FileSystemUtils.deleteRecursively(STAGING);

        JobExecution restarted = operator.restart(first);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode expected = WorkedExampleTest.JSON.readTree(
                WorkedExampleTest.EXAMPLE.resolve("expected-metrics-FY2014.json").toFile());
        List<String> differences = new ArrayList<>();
        WorkedExampleTest.compare(expected, WorkedExampleTest.JSON.readTree(out.resolve("metrics-FY2014.json")
                .toFile()), "", differences);
        assertThat(differences).isEmpty();
    }
}
