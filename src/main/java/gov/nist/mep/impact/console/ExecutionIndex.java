package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The executions on a page of the Runs page, newest first, filtered by job and status, and how many match: what the
 * page shows of each (job, status, times, the output and fiscal-year parameters, the record counts of its execution
 * context) read in three set-based queries for the whole page. The page of one run, its steps and a running run's
 * progress are read through Spring Batch's {@code JobRepository}.
 *
 * <p>Why queries of our own: {@code JobRepository} can list executions only instance by instance, and loads an
 * execution with its instance, parameters, context, steps and every step's context (eleven queries for an execution
 * of six steps), so a page of 25 rows took some 275 queries, and a status filter or the count of matching executions
 * meant loading all of them (scripts/console-benchmark.sh measures both ways on 10,000 executions). This reads four of
 * Spring Batch's own tables, read-only, by their documented columns, and the execution context through the
 * serializer the job repository uses.
 */
@Component
@ConsoleOnly
class ExecutionIndex {

    private static final Logger log = LoggerFactory.getLogger(ExecutionIndex.class);

    /** The parameters the Runs page shows. */
    static final List<String> PARAMETERS = List.of(JobParameterNames.OUTPUT, JobParameterNames.FISCAL_YEAR,
            JobParameterNames.FISCAL_YEARS);

    /**
     * What the Runs page shows of an execution.
     *
     * @param parameters the values of {@link #PARAMETERS} it has, as the job repository stores them
     * @param context its execution context
     */
    record Summary(long id, String job, BatchStatus status, LocalDateTime start, LocalDateTime end,
            Map<String, String> parameters, ExecutionContext context) {
    }

    /** The columns of {@link Summary} read from the executions and their instances (aliases E and I). */
    private static final String SUMMARY_COLUMNS = "SELECT E.JOB_EXECUTION_ID, I.JOB_NAME, E.STATUS, E.START_TIME,"
            + " E.END_TIME FROM ";

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ExecutionContextSerializer serializer;

    /**
     * @param serializer the execution context's serializer: the application's, else Spring Batch's default, as Spring
     *     Boot gives the job repository
     */
    ExecutionIndex(DataSource dataSource, @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String prefix,
            ObjectProvider<ExecutionContextSerializer> serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer.getIfAvailable(DefaultExecutionContextSerializer::new);
        if (!prefix.matches("[A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("spring.batch.jdbc.table-prefix '" + prefix + "' is no table prefix");
        }
        this.prefix = prefix;
    }

    /** One page of executions, newest first. */
    List<Summary> page(String job, String status, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = SUMMARY_COLUMNS
                + from(job, status, true, args) + " ORDER BY E.JOB_EXECUTION_ID DESC LIMIT ? OFFSET ?";
        args.add(limit);
        args.add(offset);
        return summaries(sql, args);
    }

    /** These executions, newest first; ids the repository does not have are left out. */
    List<Summary> of(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(ids);
        return summaries(SUMMARY_COLUMNS + prefix
                + "JOB_EXECUTION E JOIN " + prefix + "JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE"
                + " E.JOB_EXECUTION_ID IN (" + marks(ids.size()) + ") ORDER BY E.JOB_EXECUTION_ID DESC", args);
    }

    private List<Summary> summaries(String sql, List<Object> args) {
        record Row(long id, String job, String status, LocalDateTime start, LocalDateTime end) {
        }
        List<Row> rows = jdbc.query(sql, (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                time(rs.getTimestamp(4)), time(rs.getTimestamp(5))), args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> ids = rows.stream().map(r -> (Object) r.id()).toList();
        Map<Long, Map<String, String>> parameters = new HashMap<>();
        List<Object> parameterArgs = new ArrayList<>(ids);
        parameterArgs.addAll(PARAMETERS);
        jdbc.query("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM " + prefix + "JOB_EXECUTION_PARAMS"
                + " WHERE JOB_EXECUTION_ID IN (" + marks(ids.size()) + ") AND PARAMETER_NAME IN ("
                + marks(PARAMETERS.size()) + ")", rs -> {
                    parameters.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }, parameterArgs.toArray());
        Map<Long, ExecutionContext> contexts = new HashMap<>();
        jdbc.query("SELECT JOB_EXECUTION_ID, SHORT_CONTEXT, SERIALIZED_CONTEXT FROM " + prefix
                + "JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + marks(ids.size()) + ")", rs -> {
                    String serialized = rs.getString(3);
                    long id = rs.getLong(1);
                    contexts.put(id, context(id, serialized != null ? serialized : rs.getString(2)));
                }, ids.toArray());
        return rows.stream().map(r -> new Summary(r.id(), r.job(), BatchStatus.valueOf(r.status()), r.start(),
                r.end(), parameters.getOrDefault(r.id(), Map.of()), contexts.getOrDefault(r.id(),
                new ExecutionContext()))).toList();
    }

    /**
     * An execution context as the job repository stored it, read as the repository reads it; one it cannot read (an
     * older version's) is shown as empty, its row without counts, rather than failing the whole page.
     */
    private ExecutionContext context(long id, String stored) {
        try {
            return new ExecutionContext(serializer.deserialize(new ByteArrayInputStream(stored
                    .getBytes(StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read the execution context of execution {}; its counts are not shown", id, e);
            return new ExecutionContext();
        }
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** How many executions match. */
    long count(String job, String status) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + from(job, status, false, args), Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    /** The ids of the newest executions that wrote to an output folder, newest first. */
    List<Long> ofOutput(String output, int limit) {
        return jdbc.queryForList("SELECT E.JOB_EXECUTION_ID FROM " + prefix + "JOB_EXECUTION E JOIN " + prefix
                + "JOB_EXECUTION_PARAMS P ON P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID WHERE P.PARAMETER_NAME = 'output'"
                + " AND P.PARAMETER_VALUE = ? ORDER BY E.JOB_EXECUTION_ID DESC LIMIT ?", Long.class, output, limit);
    }

    /** The output folders of the newest executions, newest first, each once. */
    List<String> outputFolders(int limit) {
        return jdbc.queryForList("SELECT P.PARAMETER_VALUE FROM " + prefix + "JOB_EXECUTION_PARAMS P WHERE"
                + " P.PARAMETER_NAME = 'output' GROUP BY P.PARAMETER_VALUE ORDER BY MAX(P.JOB_EXECUTION_ID) DESC"
                + " LIMIT ?", String.class, limit);
    }

    private String from(String job, String status, boolean withInstance, List<Object> args) {
        StringBuilder sql = new StringBuilder(prefix).append("JOB_EXECUTION E");
        if (job != null || withInstance) {
            sql.append(" JOIN ").append(prefix).append("JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID");
        }
        List<String> where = new ArrayList<>();
        if (job != null) {
            where.add("I.JOB_NAME = ?");
            args.add(job);
        }
        if (status != null) {
            where.add("E.STATUS = ?");
            args.add(status);
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        return sql.toString();
    }
}
