package gov.nist.mep.impact.console;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which executions are on a page of the Runs page: their ids only, newest first, filtered by job and status, and how
 * many match. Everything shown about an execution is then read through Spring Batch's {@code JobRepository}.
 *
 * <p>Why a query of our own: {@code JobRepository} can list executions only instance by instance, loading every
 * execution's parameters, context and steps, so a status filter or the count of matching executions means loading
 * all of them (scripts/console-benchmark.sh measures both ways on 10,000 executions). This reads two of Spring
 * Batch's own tables, read-only, by their documented columns.
 */
@Component
@ConsoleOnly
class ExecutionIndex {

    private final JdbcTemplate jdbc;
    private final String prefix;

    ExecutionIndex(DataSource dataSource, @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String prefix) {
        this.jdbc = new JdbcTemplate(dataSource);
        if (!prefix.matches("[A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("spring.batch.jdbc.table-prefix '" + prefix + "' is no table prefix");
        }
        this.prefix = prefix;
    }

    /** The ids of one page of executions, newest first. */
    List<Long> page(String job, String status, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT E.JOB_EXECUTION_ID FROM " + from(job, status, args)
                + " ORDER BY E.JOB_EXECUTION_ID DESC LIMIT ? OFFSET ?";
        args.add(limit);
        args.add(offset);
        return jdbc.queryForList(sql, Long.class, args.toArray());
    }

    /** How many executions match. */
    long count(String job, String status) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + from(job, status, args), Long.class, args.toArray());
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

    private String from(String job, String status, List<Object> args) {
        StringBuilder sql = new StringBuilder(prefix).append("JOB_EXECUTION E");
        if (job != null) {
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
