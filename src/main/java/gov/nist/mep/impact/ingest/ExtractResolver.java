package gov.nist.mep.impact.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules that need more than one record, applied once the whole extract is staged: references (to accepted
 * records only, so a reference to a rejected or missing record is itself rejected, naming the key) and supersession
 * (only valid records compete). Kinds are resolved in dependency order. Records are staged as ACCEPTED and only the
 * losers are updated (rejected by reference, superseded), which keeps the transactions small at scale. Supersession
 * is one set-based UPDATE per kind (on H2 far cheaper than updating the losers one by one); the reference rules of
 * the large kinds (clients, projects, surveys) are one streamed pass per kind that applies the kind's rules in the
 * contract's order, instead of one correlated query per rule that looked every record up twice. Idempotent: it first
 * undoes any earlier resolution of the same run, so a restarted step ends exactly where an uninterrupted one would;
 * its changes are therefore committed in batches of their own.
 */
@Component
public class ExtractResolver {

    private static final Logger log = LoggerFactory.getLogger(ExtractResolver.class);
    private static final int FETCH_SIZE = 5000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate reader;
    private final TransactionTemplate ownTransaction;

    ExtractResolver(StagingStore staging, PlatformTransactionManager transactions) {
        this.jdbc = staging.jdbc();
        this.reader = new JdbcTemplate(jdbc.getDataSource());
        this.reader.setFetchSize(FETCH_SIZE);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void resolve(long runId) {
        reset(runId);

        supersede(runId, "stg_center", "o.center_id = t.center_id", "o.rec_no > t.rec_no");

        supersede(runId, "stg_appropriation", "o.fiscal_year = t.fiscal_year", "o.rec_no > t.rec_no");

        rejectUnknownCenter(runId, "stg_financial");
        supersede(runId, "stg_financial", "o.fiscal_year = t.fiscal_year AND o.center_id = t.center_id",
                "o.rec_no > t.rec_no");

        Set<String> centers = new HashSet<>(jdbc.queryForList("SELECT center_id FROM stg_center WHERE run_id = ?"
                + " AND status = 'ACCEPTED'", String.class, runId));
        rejectUnknownReferences(runId, "stg_client", null, centers);
        supersede(runId, "stg_client", "o.center_id = t.center_id AND o.client_id = t.client_id", LATEST_SUBMITTED);

        rejectUnknownReferences(runId, "stg_project", "EXISTS (SELECT 1 FROM stg_client c WHERE c.run_id = t.run_id"
                + " AND c.center_id = t.center_id AND c.client_id = t.client_id AND c.status = 'ACCEPTED')", centers);
        supersede(runId, "stg_project", "o.center_id = t.center_id AND o.project_id = t.project_id",
                LATEST_SUBMITTED);

        resolveSurveyReferences(runId);
        supersede(runId, "stg_survey", "o.survey_id = t.survey_id", "o.rec_no > t.rec_no");

        rejectUnknownCenter(runId, "stg_story");
    }

    /** Clients and projects: the latest submitted_date wins; ties go to the later record in file order. */
    private static final String LATEST_SUBMITTED = "(o.submitted_date > t.submitted_date"
            + " OR (o.submitted_date = t.submitted_date AND o.rec_no > t.rec_no))";

    /**
     * Clients and projects: unknown center, then (projects) unknown client, in one pass that reads each record once
     * (a rule as SQL looked every record up twice: once to record the reject, once to mark the record).
     */
    private void rejectUnknownReferences(long runId, String table, String clientExists, Set<String> centers) {
        long started = System.nanoTime();
        boolean checksClient = clientExists != null;
        long[] counts = new long[2];
        try (Changes changes = new Changes(runId, table)) {
            reader.query("SELECT t.rec_no, t.file_ord, t.line, t.center_id%s FROM %s t"
                    .formatted(checksClient ? ", t.client_id, " + clientExists : "", table)
                    + " WHERE t.run_id = ? AND t.status = 'ACCEPTED'", rs -> {
                        String center = rs.getString(4);
                        if (!centers.contains(center)) {
                            counts[0]++;
                            changes.reject(rs.getLong(1), rs.getInt(2), rs.getLong(3), "center_id", "unknown-center",
                                    center, "center_id " + center + " is not an accepted center of centers.csv");
                        } else if (checksClient && !rs.getBoolean(6)) {
                            String client = rs.getString(5);
                            counts[1]++;
                            changes.reject(rs.getLong(1), rs.getInt(2), rs.getLong(3), "client_id", "unknown-client",
                                    client, "client_id " + client + " is not an accepted client of center " + center
                                            + " (missing or rejected)");
                        }
                    }, runId);
        }
        log.info("  resolve {}: {} rejected by rule unknown-center{} ({} ms)", table, counts[0],
                checksClient ? ", " + counts[1] + " by rule unknown-client" : "",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The survey rules that look at the record's project, in one pass over a join with the accepted projects (unique
     * per key once projects are resolved): unknown project, project not completed, survey before completion.
     */
    private void resolveSurveyReferences(long runId) {
        long started = System.nanoTime();
        long[] counts = new long[3];
        try (Changes changes = new Changes(runId, "stg_survey")) {
            reader.query("SELECT t.rec_no, t.file_ord, t.line, t.center_id, t.project_id, t.survey_date, p.rec_no,"
                    + " p.completion_date FROM stg_survey t LEFT JOIN stg_project p ON p.run_id = t.run_id"
                    + " AND p.center_id = t.center_id AND p.project_id = t.project_id AND p.status = 'ACCEPTED'"
                    + " WHERE t.run_id = ? AND t.status = 'ACCEPTED'", rs -> {
                        String center = rs.getString(4);
                        String project = rs.getString(5);
                        LocalDate surveyDate = rs.getObject(6, LocalDate.class);
                        rs.getLong(7);
                        boolean known = !rs.wasNull();
                        LocalDate completion = rs.getObject(8, LocalDate.class);
                        if (!known) {
                            counts[0]++;
                            changes.reject(rs.getLong(1), rs.getInt(2), rs.getLong(3), "project_id", "unknown-project",
                                    project, "project_id " + project + " is not an accepted project of center "
                                            + center + " (missing or rejected)");
                        } else if (completion == null) {
                            counts[1]++;
                            changes.reject(rs.getLong(1), rs.getInt(2), rs.getLong(3), "project_id",
                                    "project-not-completed", project, "project " + center + "/" + project
                                            + " has no completion_date: only completed projects are surveyed");
                        } else if (completion.isAfter(surveyDate)) {
                            counts[2]++;
                            changes.reject(rs.getLong(1), rs.getInt(2), rs.getLong(3), "survey_date",
                                    "survey-before-completion", surveyDate.toString(), "survey_date " + surveyDate
                                            + " is before the completion_date of project " + center + "/" + project);
                        }
                    }, runId);
        }
        log.info("  resolve stg_survey: {} rejected by rule unknown-project, {} by rule project-not-completed,"
                + " {} by rule survey-before-completion ({} ms)", counts[0], counts[1], counts[2],
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Status changes and rejects found by a pass, written in batches, each batch in its own transaction (resolution
     * starts by undoing everything, so a restart never sees a half-written pass as done).
     */
    private final class Changes implements AutoCloseable {
        private static final int BATCH = 5000;
        private final long runId;
        private final String table;
        private final List<Object[]> rejects = new ArrayList<>();
        private final List<Object[]> statuses = new ArrayList<>();

        Changes(long runId, String table) {
            this.runId = runId;
            this.table = table;
        }

        void reject(long recNo, int fileOrd, long line, String column, String rule, String value, String message) {
            rejects.add(new Object[] {runId, recNo, fileOrd, line, StagingStore.PHASE_REFERENCE, column, rule, value,
                message});
            statuses.add(new Object[] {StagingStore.REJECTED, runId, recNo});
            if (statuses.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            if (statuses.isEmpty()) {
                return;
            }
            ownTransaction.executeWithoutResult(status -> {
                if (!rejects.isEmpty()) {
                    jdbc.batchUpdate("INSERT INTO stg_reject (run_id, rec_no, file_ord, line, phase, column_name, rule,"
                            + " bad_value, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rejects);
                }
                jdbc.batchUpdate("UPDATE " + table + " SET status = ? WHERE run_id = ? AND rec_no = ?", statuses);
            });
            rejects.clear();
            statuses.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }

    private void reset(long runId) {
        ownTransaction.executeWithoutResult(status -> undo(runId));
    }

    private void undo(long runId) {
        for (FileKind kind : FileKind.values()) {
            jdbc.update("UPDATE " + kind.table() + " SET status = 'ACCEPTED' WHERE run_id = ? AND status <> 'ACCEPTED'",
                    runId);
        }
        jdbc.update("DELETE FROM stg_reject WHERE run_id = ? AND phase = ?", runId, StagingStore.PHASE_REFERENCE);
    }

    private void rejectUnknownCenter(long runId, String table) {
        reject(runId, table, "NOT EXISTS (SELECT 1 FROM stg_center c WHERE c.run_id = t.run_id"
                + " AND c.center_id = t.center_id AND c.status = 'ACCEPTED')", "center_id", "unknown-center",
                "t.center_id", "'center_id ' || t.center_id || ' is not an accepted center of centers.csv'");
    }

    /** Rejects the still-valid records of a table that meet a condition, recording why. */
    private void reject(long runId, String table, String condition, String column, String rule, String valueSql,
            String messageSql) {
        long started = System.nanoTime();
        Integer rejected = ownTransaction.execute(status -> rejectNow(runId, table, condition, column, rule, valueSql,
                messageSql));
        log.info("  resolve {}: {} rejected by rule {} ({} ms)", table, rejected, rule,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int rejectNow(long runId, String table, String condition, String column, String rule, String valueSql,
            String messageSql) {
        int rejected = jdbc.update("INSERT INTO stg_reject (run_id, rec_no, file_ord, line, phase, column_name, rule, bad_value,"
                + " message) SELECT t.run_id, t.rec_no, t.file_ord, t.line, '" + StagingStore.PHASE_REFERENCE + "', '"
                + column + "', '" + rule + "', " + valueSql + ", " + messageSql + " FROM " + table
                + " t WHERE t.run_id = ? AND t.status = 'ACCEPTED' AND " + condition, runId);
        jdbc.update("UPDATE " + table + " t SET status = 'REJECTED' WHERE t.run_id = ? AND t.status = 'ACCEPTED' AND "
                + condition, runId);
        return rejected;
    }

    /** Marks every valid record that a later valid record of the same key outranks. */
    private void supersede(long runId, String table, String sameKey, String outranks) {
        long started = System.nanoTime();
        Integer superseded = ownTransaction.execute(status -> jdbc.update("UPDATE " + table
                + " t SET status = 'SUPERSEDED' WHERE t.run_id = ? AND t.status = 'ACCEPTED' AND EXISTS (SELECT 1 FROM "
                + table + " o WHERE o.run_id = t.run_id AND o.status = 'ACCEPTED' AND " + sameKey + " AND " + outranks
                + ")", runId));
        log.info("  resolve {}: {} superseded ({} ms)", table, superseded, (System.nanoTime() - started) / 1_000_000);
    }

}
