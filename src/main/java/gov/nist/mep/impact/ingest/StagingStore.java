package gov.nist.mep.impact.ingest;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staging tables: one per file kind (typed columns named as in the contract, plus the record's position and its
 * status), the list of files, and the rejected records. Every row carries the run id (the job instance) so that two
 * runs on different extracts never mix. Plain SQL that H2 and PostgreSQL both understand.
 */
@Component
public class StagingStore {

    /**
     * Status of a staged record. Valid records are staged as ACCEPTED; resolution then marks the ones that lose a key
     * (SUPERSEDED) or break a reference (REJECTED).
     */
    static final String ACCEPTED = "ACCEPTED";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String REJECTED = "REJECTED";

    /** A rejection found by the record-level rules while reading, or by resolving references across records. */
    static final String PHASE_RECORD = "RECORD";
    static final String PHASE_REFERENCE = "REFERENCE";

    private final JdbcTemplate jdbc;

    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        createSchema();
    }

    private void createSchema() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS stg_file (run_id BIGINT NOT NULL, file_ord INT NOT NULL,"
                + " kind VARCHAR(32) NOT NULL, path VARCHAR(4000) NOT NULL, PRIMARY KEY (run_id, file_ord))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS stg_reject (run_id BIGINT NOT NULL, rec_no BIGINT NOT NULL,"
                + " file_ord INT NOT NULL, line BIGINT NOT NULL, phase VARCHAR(16) NOT NULL,"
                + " column_name VARCHAR(255), rule VARCHAR(64) NOT NULL, bad_value VARCHAR(1000000),"
                + " message VARCHAR(1000000), PRIMARY KEY (run_id, rec_no))");
        for (FileKind kind : FileKind.values()) {
            String columns = kind.columns().stream()
                    .map(c -> c.name() + " " + c.type().sqlType())
                    .collect(Collectors.joining(", "));
            jdbc.execute("CREATE TABLE IF NOT EXISTS " + kind.table() + " (run_id BIGINT NOT NULL,"
                    + " rec_no BIGINT NOT NULL, file_ord INT NOT NULL, line BIGINT NOT NULL,"
                    + " status VARCHAR(16) NOT NULL, " + columns + ", PRIMARY KEY (run_id, rec_no))");
        }
        // Only the indexes that resolution's key and reference look-ups need: each costs time on every insert.
        index("stg_center", "run_id, center_id");
        index("stg_appropriation", "run_id, fiscal_year");
        index("stg_financial", "run_id, center_id, fiscal_year");
        index("stg_client", "run_id, center_id, client_id");
        index("stg_project", "run_id, center_id, project_id");
        index("stg_survey", "run_id, survey_id");
    }

    private void index(String table, String columns) {
        String name = "ix_" + table + "_" + columns.replace("run_id, ", "").replace(", ", "_");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + columns + ")");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Forgets everything staged for a run. */
    public void deleteRun(long runId) {
        for (FileKind kind : FileKind.values()) {
            jdbc.update("DELETE FROM " + kind.table() + " WHERE run_id = ?", runId);
        }
        jdbc.update("DELETE FROM stg_reject WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM stg_file WHERE run_id = ?", runId);
    }

    /**
     * Forgets everything staged, for every run: TRUNCATE instead of DELETE, which costs as much for millions of rows
     * as for none (deleting a big run's rows row by row made the next small run take minutes).
     */
    public void deleteAllRuns() {
        for (FileKind kind : FileKind.values()) {
            jdbc.execute("TRUNCATE TABLE " + kind.table());
        }
        jdbc.execute("TRUNCATE TABLE stg_reject");
        jdbc.execute("TRUNCATE TABLE stg_file");
    }

    /** Runs that have staged rows. */
    public List<Long> stagedRuns() {
        return jdbc.queryForList("SELECT DISTINCT run_id FROM stg_file ORDER BY run_id", Long.class);
    }

    void insertFiles(long runId, List<ExtractFile> files) {
        jdbc.update("DELETE FROM stg_file WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO stg_file (run_id, file_ord, kind, path) VALUES (?, ?, ?, ?)",
                files.stream().map(f -> new Object[] {runId, f.ordinal(), f.kind().name(), f.relativePath()})
                        .toList());
    }

    /** Stages one chunk of validated records: valid ones in their kind's table, rejected ones as rejects. */
    void write(long runId, List<? extends ValidatedRecord> records) {
        Map<FileKind, List<Object[]>> valid = new EnumMap<>(FileKind.class);
        List<Object[]> rejects = new ArrayList<>();
        for (ValidatedRecord r : records) {
            SourceRecord s = r.source();
            if (r.isRejected()) {
                Rejection j = r.rejection();
                rejects.add(new Object[] {runId, s.recordNumber(), s.fileOrdinal(), s.line(), PHASE_RECORD,
                    j.column(), j.rule(), j.value(), j.message()});
            } else {
                Object[] row = new Object[5 + r.values().length];
                row[0] = runId;
                row[1] = s.recordNumber();
                row[2] = s.fileOrdinal();
                row[3] = s.line();
                row[4] = ACCEPTED;
                System.arraycopy(r.values(), 0, row, 5, r.values().length);
                valid.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(row);
            }
        }
        valid.forEach((kind, rows) -> jdbc.batchUpdate(insertSql(kind), rows, sqlTypes(kind)));
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO stg_reject (run_id, rec_no, file_ord, line, phase, column_name, rule,"
                    + " bad_value, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rejects,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
    }

    private static String insertSql(FileKind kind) {
        String names = kind.columns().stream().map(ColumnSpec::name).collect(Collectors.joining(", "));
        String marks = kind.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + kind.table() + " (run_id, rec_no, file_ord, line, status, " + names
                + ") VALUES (?, ?, ?, ?, ?, " + marks + ")";
    }

    private static int[] sqlTypes(FileKind kind) {
        List<ColumnSpec> columns = kind.columns();
        int[] types = new int[5 + columns.size()];
        types[0] = Types.BIGINT;
        types[1] = Types.BIGINT;
        types[2] = Types.INTEGER;
        types[3] = Types.BIGINT;
        types[4] = Types.VARCHAR;
        for (int i = 0; i < columns.size(); i++) {
            types[5 + i] = switch (columns.get(i).type()) {
                case INTEGER -> Types.BIGINT;
                case MONEY, DECIMAL -> Types.NUMERIC;
                case DATE -> Types.DATE;
                case BOOLEAN -> Types.BOOLEAN;
                default -> Types.VARCHAR;
            };
        }
        return types;
    }

    /** Per-file counts of one run, in path order. Before resolution every valid record counts as accepted. */
    public List<FileCounts> fileCounts(long runId) {
        Map<Integer, long[]> byFile = new TreeMap<>();
        Map<Integer, String> paths = new TreeMap<>();
        jdbc.query("SELECT file_ord, path FROM stg_file WHERE run_id = ?", rs -> {
            paths.put(rs.getInt(1), rs.getString(2));
            byFile.put(rs.getInt(1), new long[3]);
        }, runId);
        for (FileKind kind : FileKind.values()) {
            jdbc.query("SELECT file_ord, status, COUNT(*) FROM " + kind.table() + " WHERE run_id = ?"
                    + " GROUP BY file_ord, status", rs -> {
                        long[] c = byFile.get(rs.getInt(1));
                        if (c != null) {
                            c[slot(rs.getString(2))] += rs.getLong(3);
                        }
                    }, runId);
        }
        jdbc.query("SELECT file_ord, COUNT(*) FROM stg_reject WHERE run_id = ? AND phase = ? GROUP BY file_ord",
                rs -> {
                    long[] c = byFile.get(rs.getInt(1));
                    if (c != null) {
                        c[2] += rs.getLong(2);
                    }
                }, runId, PHASE_RECORD);
        List<FileCounts> result = new ArrayList<>();
        byFile.forEach((ord, c) -> result.add(new FileCounts(paths.get(ord), c[0] + c[1] + c[2], c[0], c[1], c[2])));
        return result;
    }

    private static int slot(String status) {
        return switch (status) {
            case ACCEPTED -> 0;
            case SUPERSEDED -> 1;
            case REJECTED -> 2;
            default -> throw new IllegalStateException("unknown record status " + status);
        };
    }

    /** Every rejected record of a run, in file and line order. */
    public List<RejectedRecord> rejects(long runId) {
        return jdbc.query("SELECT f.path, r.line, r.column_name, r.rule, r.bad_value, r.message"
                + " FROM stg_reject r JOIN stg_file f ON f.run_id = r.run_id AND f.file_ord = r.file_ord"
                + " WHERE r.run_id = ? ORDER BY r.file_ord, r.line",
                (rs, i) -> new RejectedRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), runId);
    }

    /** Rejected records counted by rule, most frequent first. */
    public Map<String, Long> rejectsByRule(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT rule, COUNT(*) FROM stg_reject WHERE run_id = ? GROUP BY rule",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return counts;
    }
}
