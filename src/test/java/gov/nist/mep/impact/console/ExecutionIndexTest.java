package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The Runs page's set-based read, on Spring Batch's own H2 schema filled row by row as the job repository writes it:
 * six executions of two jobs, newest first, filtered and paged, each with its parameters and execution context.
 */
class ExecutionIndexTest {

    private JdbcTemplate jdbc;
    private ExecutionIndex index;

    @BeforeEach
    void repository() throws IOException {
        SimpleDriverDataSource data = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                .execute(data);
        jdbc = new JdbcTemplate(data);
        index = new ExecutionIndex(data, "BATCH_", new StaticListableBeanFactory().getBeanProvider(
                ExecutionContextSerializer.class));
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (1, 0,"
                + " 'validate', 'a'), (2, 0, 'nightly', 'b')");
        // 1..6: validate, nightly, validate, ...; 4 failed; 6 still running
        for (long id = 1; id <= 6; id++) {
            String status = id == 4 ? "FAILED" : id == 6 ? "STARTED" : "COMPLETED";
            LocalDateTime start = LocalDateTime.of(2026, 12, 1, 2, 30).plusDays(id);
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME,"
                    + " START_TIME, END_TIME, STATUS) VALUES (?, 1, ?, ?, ?, ?, ?)", id, id % 2 == 1 ? 1 : 2,
                    Timestamp.valueOf(start), Timestamp.valueOf(start), id == 6 ? null
                    : Timestamp.valueOf(start.plusSeconds(90)), status);
            parameter(id, JobParameterNames.OUTPUT, "java.lang.String", "/srv/out/" + (id % 2 == 1 ? "check"
                    : "nightly"));
            parameter(id, JobParameterNames.INPUT, "java.lang.String", "/srv/extract");
            parameter(id, id % 2 == 1 ? JobParameterNames.FISCAL_YEAR : JobParameterNames.FISCAL_YEARS,
                    id % 2 == 1 ? "java.lang.Long" : "java.lang.String", id % 2 == 1 ? "2014" : "2013,2014");
            if (id != 4) {
                context(id, serialized(Map.of(JobParameterNames.COUNT_READ, 100L * id,
                        JobParameterNames.COUNT_REJECTED, id)));
            }
        }
    }

    private void parameter(long id, String name, String type, String value) {
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                + " PARAMETER_VALUE, IDENTIFYING) VALUES (?, ?, ?, ?, 'Y')", id, name, type, value);
    }

    private void context(long id, String stored) {
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_CONTEXT (JOB_EXECUTION_ID, SHORT_CONTEXT) VALUES (?, ?)", id,
                stored);
    }

    /** As Spring Batch's JdbcExecutionContextDao stores a context: the default serializer's bytes as UTF-8 text. */
    private static String serialized(Map<String, Object> context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultExecutionContextSerializer().serialize(context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsTheNewestExecutionsWithTheirParametersAndCounts() {
        List<ExecutionIndex.Summary> page = index.page(null, null, 0, 4);

        assertThat(page).extracting(ExecutionIndex.Summary::id).containsExactly(6L, 5L, 4L, 3L);
        ExecutionIndex.Summary five = page.get(1);
        assertThat(five.job()).isEqualTo("validate");
        assertThat(five.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(five.start()).isEqualTo(LocalDateTime.of(2026, 12, 6, 2, 30));
        assertThat(five.end()).isEqualTo(LocalDateTime.of(2026, 12, 6, 2, 31, 30));
        // only the parameters the page shows
        assertThat(five.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(JobParameterNames.OUTPUT,
                "/srv/out/check", JobParameterNames.FISCAL_YEAR, "2014"));
        assertThat(five.context().getLong(JobParameterNames.COUNT_READ)).isEqualTo(500);
        assertThat(five.context().getLong(JobParameterNames.COUNT_REJECTED)).isEqualTo(5);
        assertThat(page.get(0).end()).isNull();
        // a failed run without a context: an empty one
        assertThat(page.get(2).context().isEmpty()).isTrue();
        assertThat(index.page(null, null, 4, 4)).extracting(ExecutionIndex.Summary::id).containsExactly(2L, 1L);
        assertThat(index.count(null, null)).isEqualTo(6);
    }

    @Test
    void filtersByJobAndStatusCountAndPageAlike() {
        assertThat(index.page("nightly", null, 0, 25)).extracting(ExecutionIndex.Summary::id)
                .containsExactly(6L, 4L, 2L);
        assertThat(index.page("nightly", null, 0, 25).get(2).parameters().get(JobParameterNames.FISCAL_YEARS))
                .isEqualTo("2013,2014");
        assertThat(index.count("nightly", null)).isEqualTo(3);
        assertThat(index.page(null, "COMPLETED", 0, 25)).extracting(ExecutionIndex.Summary::id)
                .containsExactly(5L, 3L, 2L, 1L);
        assertThat(index.count(null, "COMPLETED")).isEqualTo(4);
        assertThat(index.page("nightly", "FAILED", 0, 25)).extracting(ExecutionIndex.Summary::id)
                .containsExactly(4L);
        assertThat(index.count("validate", "FAILED")).isZero();
    }

    @Test
    void executionsByIdLeaveOutUnknownOnesAndAnUnreadableContextIsEmpty() {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION_CONTEXT SET SHORT_CONTEXT = 'not a context' WHERE JOB_EXECUTION_ID"
                + " = 3");

        List<ExecutionIndex.Summary> rows = index.of(List.of(1L, 3L, 99L));

        assertThat(rows).extracting(ExecutionIndex.Summary::id).containsExactly(3L, 1L);
        assertThat(rows.get(0).context().isEmpty()).isTrue();
        assertThat(rows.get(1).context().getLong(JobParameterNames.COUNT_READ)).isEqualTo(100);
        assertThat(index.of(List.of())).isEmpty();
    }
}
