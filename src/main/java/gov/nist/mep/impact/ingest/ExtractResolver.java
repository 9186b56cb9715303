package gov.nist.mep.impact.ingest;

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
 * losers are updated (rejected by reference, superseded), which keeps the transaction small at scale. Idempotent: it
 * first undoes any earlier resolution of the same run, so a restarted step ends exactly where an uninterrupted one
 * would. Because of that, each rule commits on its own: at millions of records one huge transaction costs far more
 * to commit than several smaller ones.
 */
@Component
public class ExtractResolver {

    private static final Logger log = LoggerFactory.getLogger(ExtractResolver.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ExtractResolver(StagingStore staging, PlatformTransactionManager transactions) {
        this.jdbc = staging.jdbc();
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

        rejectUnknownCenter(runId, "stg_client");
        supersede(runId, "stg_client", "o.center_id = t.center_id AND o.client_id = t.client_id", LATEST_SUBMITTED);

        rejectUnknownCenter(runId, "stg_project");
        reject(runId, "stg_project", "NOT EXISTS (SELECT 1 FROM stg_client c WHERE c.run_id = t.run_id"
                + " AND c.center_id = t.center_id AND c.client_id = t.client_id AND c.status = 'ACCEPTED')",
                "client_id", "unknown-client", "t.client_id",
                "'client_id ' || t.client_id || ' is not an accepted client of center ' || t.center_id"
                        + " || ' (missing or rejected)'");
        supersede(runId, "stg_project", "o.center_id = t.center_id AND o.project_id = t.project_id",
                LATEST_SUBMITTED);

        reject(runId, "stg_survey", "NOT EXISTS (" + acceptedProject("") + ")", "project_id", "unknown-project",
                "t.project_id", "'project_id ' || t.project_id || ' is not an accepted project of center '"
                        + " || t.center_id || ' (missing or rejected)'");
        reject(runId, "stg_survey", "EXISTS (" + acceptedProject(" AND p.completion_date IS NULL") + ")",
                "project_id", "project-not-completed", "t.project_id",
                "'project ' || t.center_id || '/' || t.project_id || ' has no completion_date: only completed"
                        + " projects are surveyed'");
        reject(runId, "stg_survey", "EXISTS (" + acceptedProject(" AND p.completion_date > t.survey_date") + ")",
                "survey_date", "survey-before-completion", "CAST(t.survey_date AS VARCHAR(10))",
                "'survey_date ' || CAST(t.survey_date AS VARCHAR(10)) || ' is before the completion_date of project '"
                        + " || t.center_id || '/' || t.project_id");
        supersede(runId, "stg_survey", "o.survey_id = t.survey_id", "o.rec_no > t.rec_no");

        rejectUnknownCenter(runId, "stg_story");
    }

    /** Clients and projects: the latest submitted_date wins; ties go to the later record in file order. */
    private static final String LATEST_SUBMITTED = "(o.submitted_date > t.submitted_date"
            + " OR (o.submitted_date = t.submitted_date AND o.rec_no > t.rec_no))";

    private static String acceptedProject(String condition) {
        return "SELECT 1 FROM stg_project p WHERE p.run_id = t.run_id AND p.center_id = t.center_id"
                + " AND p.project_id = t.project_id AND p.status = 'ACCEPTED'" + condition;
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
