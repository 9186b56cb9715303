package gov.nist.mep.impact.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules that need more than one record, applied once the whole extract is staged: references (to accepted
 * records only, so a reference to a rejected or missing record is itself rejected, naming the key) and supersession
 * (only valid records compete). Kinds are resolved in dependency order, each kind in two set-based statements on the
 * staging engine: the kind's reference rules as one anti-join whose verdict (the first rule broken, in the contract's
 * order) is inserted into the rejects, then one window function that ranks the remaining records of each key and
 * marks all but the first as superseded. Idempotent: it first undoes any earlier resolution of the same run, so a
 * restarted step ends exactly where an uninterrupted one would.
 */
@Component
public class ExtractResolver {

    private static final Logger log = LoggerFactory.getLogger(ExtractResolver.class);

    /** Clients and projects: the latest submitted_date wins; ties go to the later record in file order. */
    private static final String LATEST_SUBMITTED = "submitted_date DESC, rec_no DESC";
    /** Centers, appropriations, financials, surveys: the later record in file order wins. */
    private static final String LATER_RECORD = "rec_no DESC";

    /** A reference rule: when a record breaks it, the column it names, the value shown and the message. */
    private record Rule(String name, String broken, String column, String value, String message) {
    }

    private static final Rule UNKNOWN_CENTER = new Rule("unknown-center", "t.center_id NOT IN (SELECT center_id"
            + " FROM stg_center WHERE run_id = ? AND status = 'ACCEPTED')", "center_id", "center_id",
            "'center_id ' || center_id || ' is not an accepted center of centers.csv'");
    private static final Rule UNKNOWN_CLIENT = new Rule("unknown-client", "c.client_id IS NULL", "client_id",
            "client_id", "'client_id ' || client_id || ' is not an accepted client of center ' || center_id"
                    + " || ' (missing or rejected)'");
    private static final Rule UNKNOWN_PROJECT = new Rule("unknown-project", "p.project_id IS NULL", "project_id",
            "project_id", "'project_id ' || project_id || ' is not an accepted project of center ' || center_id"
                    + " || ' (missing or rejected)'");
    private static final Rule PROJECT_NOT_COMPLETED = new Rule("project-not-completed", "p.completion_date IS NULL",
            "project_id", "project_id", "'project ' || center_id || '/' || project_id"
                    + " || ' has no completion_date: only completed projects are surveyed'");
    private static final Rule SURVEY_BEFORE_COMPLETION = new Rule("survey-before-completion",
            "p.completion_date > t.survey_date", "survey_date", isoDate("survey_date"), "'survey_date ' || "
                    + isoDate("survey_date") + " || ' is before the completion_date of project ' || center_id || '/'"
                    + " || project_id");

    private final StagingStore staging;

    ExtractResolver(StagingStore staging) {
        this.staging = staging;
    }

    public void resolve(long runId) {
        JdbcTemplate jdbc = staging.jdbc(runId);
        reset(jdbc, runId);

        resolve(jdbc, runId, FileKind.CENTERS, List.of(), "", "center_id", LATER_RECORD);
        resolve(jdbc, runId, FileKind.APPROPRIATIONS, List.of(), "", "fiscal_year", LATER_RECORD);
        resolve(jdbc, runId, FileKind.FINANCIALS, List.of(UNKNOWN_CENTER), "", "fiscal_year, center_id",
                LATER_RECORD);
        resolve(jdbc, runId, FileKind.CLIENTS, List.of(UNKNOWN_CENTER), "", "center_id, client_id", LATEST_SUBMITTED);
        resolve(jdbc, runId, FileKind.PROJECTS, List.of(UNKNOWN_CENTER, UNKNOWN_CLIENT),
                " LEFT JOIN (SELECT center_id, client_id FROM stg_client WHERE run_id = ? AND status = 'ACCEPTED') c"
                        + " ON c.center_id = t.center_id AND c.client_id = t.client_id",
                "center_id, project_id", LATEST_SUBMITTED);
        // Projects are unique per key once resolved, so the join gives each survey at most one project.
        resolve(jdbc, runId, FileKind.SURVEYS, List.of(UNKNOWN_PROJECT, PROJECT_NOT_COMPLETED,
                SURVEY_BEFORE_COMPLETION),
                " LEFT JOIN (SELECT center_id, project_id, completion_date FROM stg_project WHERE run_id = ?"
                        + " AND status = 'ACCEPTED') p ON p.center_id = t.center_id AND p.project_id = t.project_id",
                "survey_id", LATER_RECORD);
        resolve(jdbc, runId, FileKind.STORIES, List.of(UNKNOWN_CENTER), "", null, null);
        resolve(jdbc, runId, FileKind.CROSSWALK, List.of(), "", "zip, district", LATER_RECORD);
        recordWinners(jdbc, runId);
        long start = System.nanoTime();
        StagingDatabase.Compaction compaction = staging.compactIfLarge(runId);
        log.info("  staged records: {} MB in the staging engine{} ({} ms)",
                compaction.bytesHeld() / 1_000_000, compaction.written()
                        ? ", half its memory limit or more: written into the staging file" : ", kept in its memory",
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Each superseded record with the record that won its key, once per resolution and set-based (center feedback
     * lists a center's superseded records; a query per center and kind joined whole tables sixty times over).
     */
    private void recordWinners(JdbcTemplate jdbc, long runId) {
        long started = System.nanoTime();
        jdbc.execute(StagingStore.SUPERSEDED_TABLE);
        jdbc.update("DELETE FROM stg_superseded WHERE run_id = ?", runId);
        long rows = 0;
        for (int k = 0; k < StagingStore.SUPERSEDED_KINDS.size(); k++) {
            FileKind kind = StagingStore.SUPERSEDED_KINDS.get(k);
            String key;
            String sameKey;
            String submitted = "NULL";
            switch (kind) {
                case CENTERS -> {
                    key = "t.center_id";
                    sameKey = "w.center_id = t.center_id";
                }
                case FINANCIALS -> {
                    key = "CAST(t.fiscal_year AS VARCHAR(20)) || '/' || t.center_id";
                    sameKey = "w.fiscal_year = t.fiscal_year AND w.center_id = t.center_id";
                }
                case CLIENTS -> {
                    key = "t.client_id";
                    sameKey = "w.center_id = t.center_id AND w.client_id = t.client_id";
                    submitted = StagingStore.epochDay("t.submitted_date");
                }
                case PROJECTS -> {
                    key = "t.project_id";
                    sameKey = "w.center_id = t.center_id AND w.project_id = t.project_id";
                    submitted = StagingStore.epochDay("t.submitted_date");
                }
                case SURVEYS -> {
                    key = "t.survey_id";
                    sameKey = "w.survey_id = t.survey_id";
                }
                default -> throw new IllegalStateException("no superseded records of " + kind);
            }
            rows += jdbc.update("INSERT INTO stg_superseded SELECT t.run_id, t.center_id, " + k + ", " + key
                    + ", t.file_ord, t.line, " + submitted + ", w.file_ord, w.line FROM " + kind.table() + " t"
                    + " LEFT JOIN " + kind.table() + " w ON w.run_id = t.run_id AND w.status = 'ACCEPTED' AND "
                    + sameKey + " WHERE t.run_id = ? AND t.status = 'SUPERSEDED'", runId);
        }
        log.info("  superseded records and their winners: {} ({} ms)", rows,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * One kind: the reference rules (the first a record breaks, in the contract's order, over the kind's table
     * {@code t} and the {@code joins}), then supersession among the records still accepted of each {@code key}.
     */
    private void resolve(JdbcTemplate jdbc, long runId, FileKind kind, List<Rule> rules, String joins, String key,
            String ranking) {
        long started = System.nanoTime();
        String table = kind.table();
        Map<String, Long> rejected = new TreeMap<>();
        if (!rules.isEmpty()) {
            StringBuilder verdict = new StringBuilder("CASE");
            StringBuilder column = new StringBuilder("CASE rule");
            StringBuilder value = new StringBuilder("CASE rule");
            StringBuilder message = new StringBuilder("CASE rule");
            for (Rule r : rules) {
                verdict.append(" WHEN ").append(r.broken()).append(" THEN '").append(r.name()).append('\'');
                column.append(" WHEN '").append(r.name()).append("' THEN '").append(r.column()).append('\'');
                value.append(" WHEN '").append(r.name()).append("' THEN ").append(r.value());
                message.append(" WHEN '").append(r.name()).append("' THEN ").append(r.message());
            }
            String sql = "INSERT INTO stg_reject (run_id, rec_no, file_ord, line, phase, kind, center_id,"
                    + " column_name, rule, bad_value, message) SELECT run_id, rec_no, file_ord, line, '"
                    + StagingStore.PHASE_REFERENCE + "', '" + kind.name() + "', center_id, " + column + " END, rule, "
                    + value + " END, " + message + " END FROM (SELECT t.*, " + verdict + " END AS rule FROM " + table
                    + " t" + joins + " WHERE t.run_id = ? AND t.status = 'ACCEPTED') v WHERE rule IS NOT NULL";
            // Every parameter is the run id.
            jdbc.update(sql, java.util.Collections.nCopies((int) sql.chars().filter(c -> c == '?').count(), runId)
                    .toArray());
            jdbc.update("UPDATE " + table + " SET status = '" + StagingStore.REJECTED + "' WHERE run_id = ?"
                    + " AND rec_no IN (SELECT rec_no FROM stg_reject WHERE run_id = ? AND phase = '"
                    + StagingStore.PHASE_REFERENCE + "' AND kind = ?)", runId, runId, kind.name());
            jdbc.query("SELECT rule, COUNT(*) FROM stg_reject WHERE run_id = ? AND phase = ? AND kind = ?"
                    + " GROUP BY rule", rs -> {
                        rejected.put(rs.getString(1), rs.getLong(2));
                    }, runId, StagingStore.PHASE_REFERENCE, kind.name());
        }
        int superseded = 0;
        if (key != null) {
            superseded = jdbc.update("UPDATE " + table + " SET status = '" + StagingStore.SUPERSEDED + "'"
                    + " WHERE run_id = ? AND rec_no IN (SELECT rec_no FROM (SELECT rec_no, ROW_NUMBER() OVER"
                    + " (PARTITION BY " + key + " ORDER BY " + ranking + ") AS place FROM " + table
                    + " WHERE run_id = ? AND status = 'ACCEPTED') ranked WHERE place > 1)", runId, runId);
        }
        log.info("  resolve {}: {}{} superseded ({} ms)", table, rejected.entrySet().stream()
                .map(e -> e.getValue() + " rejected by rule " + e.getKey() + ", ").reduce("", String::concat),
                superseded, (System.nanoTime() - started) / 1_000_000);
    }

    /** A date as yyyy-MM-dd (as the extract writes it), whatever the engine's own date format. */
    private static String isoDate(String column) {
        return "lpad(CAST(year(" + column + ") AS VARCHAR), 4, '0') || '-' || lpad(CAST(month(" + column
                + ") AS VARCHAR), 2, '0') || '-' || lpad(CAST(day(" + column + ") AS VARCHAR), 2, '0')";
    }

    private void reset(JdbcTemplate jdbc, long runId) {
        for (FileKind kind : FileKind.values()) {
            jdbc.update("UPDATE " + kind.table() + " SET status = 'ACCEPTED' WHERE run_id = ? AND status <> 'ACCEPTED'",
                    runId);
        }
        jdbc.update("DELETE FROM stg_reject WHERE run_id = ? AND phase = ?", runId, StagingStore.PHASE_REFERENCE);
    }
}
