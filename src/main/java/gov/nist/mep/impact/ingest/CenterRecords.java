package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.ContactDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Read-only queries of a staged run by center, for center oversight: each center's rejected records, superseded
 * records, records submitted and completed projects with where they are in the extract. Kept apart from the staging
 * writes on purpose (one class, plain SELECTs); the metrics read them through their port ({@code StagedRecords}),
 * never this class. No personal contact field is ever selected; a rejected value of a contact column is never
 * returned.
 *
 * <p>Records rejected by a record rule are staged without their values, but with the center_id written on the
 * record (when it names one). Records rejected by a reference rule keep their row, so their center comes from the
 * staging table as well.
 */
@Component
public class CenterRecords {

    private static final String CENTER_ID = "center_id";

    private final StagingStore staging;

    CenterRecords(StagingStore staging) {
        this.staging = staging;
    }

    /**
     * A rejected record with the center it names ({@code null} when it names none, e.g. an appropriation or a blank
     * center_id): file, line, column, rule, value and message as in rejects.csv.
     */
    public record CenterReject(String centerId, String file, long line, String column, String rule, String value,
            String message) {
    }

    /**
     * A valid record that lost its key to a later one: its file and line, its kind, its key, its submitted date (clients
     * and projects), and the file and line of the record that won (null when the winner was itself rejected later).
     */
    public record SupersededRecord(String centerId, String kind, String key, String file, long line,
            LocalDate submittedDate, String winnerFile, Long winnerLine) {
    }

    /** An accepted completed project with its position in the extract, its hours and its client's eligibility data. */
    public record CompletedProject(String centerId, String projectId, String clientId, String serviceCategory,
            String file, long line, LocalDate completionDate, LocalDate submittedDate, BigDecimal staffHours,
            BigDecimal thirdPartyHours, String clientNaics, long clientEmployees, boolean servedBefore) {
    }

    /**
     * Every rejected record of the run, in file and line order, with its center: the center_id written on the record,
     * kept with its rejection when it was staged.
     */
    public List<CenterReject> rejects(long runId) {
        return staging.jdbc(runId).query("SELECT r.center_id, f.path, r.line, r.column_name, r.rule, r.bad_value,"
                + " r.message FROM stg_reject r JOIN stg_file f ON f.run_id = r.run_id AND f.file_ord = r.file_ord"
                + " WHERE r.run_id = ? ORDER BY r.file_ord, r.line", (rs, i) -> {
                    String column = rs.getString(4);
                    // staged already without it (RejectedValues); kept as a second guard
                    String value = column != null && column.startsWith("contact_") ? ContactDetails.REMOVED
                            : rs.getString(6);
                    return new CenterReject(rs.getString(1), rs.getString(2), rs.getLong(3), column, rs.getString(5),
                            value, rs.getString(7));
                }, runId);
    }

    /**
     * Superseded records of each center (every kind that names a center), the whole extract: the resolution's record
     * of them ({@code stg_superseded}), counted.
     */
    public Map<String, Long> supersededByCenter(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        staging.jdbc(runId).query("SELECT center_id, COUNT(*) FROM stg_superseded WHERE run_id = ?"
                + " GROUP BY center_id", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return counts;
    }

    /**
     * One center's superseded records, by kind then file and line, with the record that won each key (recorded by the
     * resolution: {@code stg_superseded}).
     */
    public List<SupersededRecord> superseded(long runId, String centerId) {
        return staging.jdbc(runId).query("SELECT s.center_id, s.kind_ord, s.record_key, f.path, s.line,"
                + " s.submitted_day, wf.path, s.winner_line FROM stg_superseded s JOIN stg_file f"
                + " ON f.run_id = s.run_id AND f.file_ord = s.file_ord LEFT JOIN stg_file wf ON wf.run_id = s.run_id"
                + " AND wf.file_ord = s.winner_file_ord WHERE s.run_id = ? AND s.center_id = ?"
                + " ORDER BY s.kind_ord, s.file_ord, s.line", (rs, i) -> {
                    long winnerLine = rs.getLong(8);
                    Long winner = rs.wasNull() ? null : winnerLine;
                    return new SupersededRecord(rs.getString(1),
                            StagingStore.SUPERSEDED_KINDS.get(rs.getInt(2)).label(), rs.getString(3),
                            rs.getString(4), rs.getLong(5), StagingStore.date(rs, 6), rs.getString(7), winner);
                }, runId, centerId);
    }

    /**
     * Records submitted by each center, every status and every year: the rows of each kind's table naming the center,
     * plus the records a record rule rejected whose line names it (kept with the rejection when it was staged).
     */
    public Map<String, Long> recordsByCenter(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        for (FileKind kind : FileKind.values()) {
            if (kind == FileKind.APPROPRIATIONS || kind == FileKind.CROSSWALK) {
                continue;
            }
            staging.jdbc(runId).query("SELECT center_id, COUNT(*) FROM " + kind.table()
                    + " WHERE run_id = ? GROUP BY center_id",
                    rs -> {
                        counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                    }, runId);
        }
        staging.jdbc(runId).query("SELECT center_id, COUNT(*) FROM stg_reject WHERE run_id = ? AND phase = ?"
                + " AND center_id IS NOT NULL GROUP BY center_id", rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }, runId, StagingStore.PHASE_RECORD);
        return counts;
    }

    /**
     * Accepted projects completed between the two dates (inclusive), eligible clients or not, in a stable order; each
     * says whether its client has an accepted project completed before {@code from} (a repeat client), worked out by
     * the staging engine in the same query instead of reading every earlier project. The earlier projects are looked
     * up for the period's clients only (a semi join on them, then distinct clients): asking it of every earlier
     * project ({@code EXISTS} per row) made the engine hold all of them at once, and on a ten-year extract the
     * query ran out of the engine's memory while the years' metrics ran beside it.
     */
    public void completedProjects(long runId, LocalDate from, LocalDate to, Consumer<CompletedProject> consumer) {
        staging.jdbc(runId).query("SELECT p.center_id, p.project_id, p.client_id, p.service_category, f.path, p.line,"
                + " " + StagingStore.epochDay("p.completion_date") + ", " + StagingStore.epochDay("p.submitted_date")
                + ", p.staff_hours, p.third_party_hours, c.naics, c.employees, r.client_id IS NOT NULL"
                + " FROM stg_project p JOIN stg_file f ON f.run_id = p.run_id AND f.file_ord = p.file_ord"
                + " JOIN stg_client c ON c.run_id = p.run_id AND c.center_id = p.center_id"
                + " AND c.client_id = p.client_id AND c.status = 'ACCEPTED'"
                + " LEFT JOIN (SELECT DISTINCT q.center_id, q.client_id FROM stg_project q"
                + " SEMI JOIN (SELECT center_id, client_id FROM stg_project WHERE run_id = ? AND status = 'ACCEPTED'"
                + " AND completion_date BETWEEN ? AND ?) w"
                + " ON w.center_id = q.center_id AND w.client_id = q.client_id"
                + " WHERE q.run_id = ? AND q.status = 'ACCEPTED' AND q.completion_date < ?) r"
                + " ON r.center_id = p.center_id AND r.client_id = p.client_id"
                + " WHERE p.run_id = ? AND p.status = 'ACCEPTED' AND p.completion_date BETWEEN ? AND ?"
                + " ORDER BY p.center_id, p.project_id", rs -> {
                    consumer.accept(new CompletedProject(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6), StagingStore.date(rs, 7),
                            StagingStore.date(rs, 8), decimal(rs.getBigDecimal(9)),
                            decimal(rs.getBigDecimal(10)), rs.getString(11), rs.getLong(12), rs.getBoolean(13)));
                }, runId, from, to, runId, from, runId, from, to);
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
