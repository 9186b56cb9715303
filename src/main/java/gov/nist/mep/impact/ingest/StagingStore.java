package gov.nist.mep.impact.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staging tables of a run, in the run's own {@link StagingDatabase}: one table per file kind (typed columns named
 * as in the contract, plus the record's position and its status), the list of files, and the rejected records (with
 * the kind and the center_id written on the record, when it names one). Rows still carry the run id, so the SQL
 * reads the same as when every run shared one database. No keys or indexes: records arrive in bulk through appenders,
 * a unit of files per transaction, and every rule is a set-based join.
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

    /**
     * The superseded records with the record that won their key (see {@link ExtractResolver}): {@code kind_ord} is the
     * kind's place in {@link #SUPERSEDED_KINDS}, {@code submitted_day} the submitted date as days since 1970-01-01
     * (clients and projects), the winner's file and line null when it was itself rejected later.
     */
    static final String SUPERSEDED_TABLE = "CREATE TABLE IF NOT EXISTS stg_superseded (run_id BIGINT NOT NULL,"
            + " center_id VARCHAR, kind_ord INT NOT NULL, record_key VARCHAR, file_ord INT NOT NULL,"
            + " line BIGINT NOT NULL, submitted_day BIGINT, winner_file_ord INT, winner_line BIGINT)";
    /** The kinds whose records name a center and can be superseded, in the order center feedback lists them. */
    static final List<FileKind> SUPERSEDED_KINDS = List.of(FileKind.CENTERS, FileKind.FINANCIALS, FileKind.CLIENTS,
            FileKind.PROJECTS, FileKind.SURVEYS);

    private static final List<String> SCHEMA = schema();

    private final StagingDatabase database;

    public StagingStore(StagingDatabase database) {
        this.database = database;
    }

    private static List<String> schema() {
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE IF NOT EXISTS stg_file (run_id BIGINT NOT NULL, file_ord INT NOT NULL,"
                + " kind VARCHAR NOT NULL, path VARCHAR NOT NULL)");
        ddl.add("CREATE TABLE IF NOT EXISTS stg_reject (run_id BIGINT NOT NULL, rec_no BIGINT NOT NULL,"
                + " file_ord INT NOT NULL, line BIGINT NOT NULL, phase VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
                + " center_id VARCHAR, column_name VARCHAR, rule VARCHAR NOT NULL, bad_value VARCHAR, message VARCHAR)");
        ddl.add(SUPERSEDED_TABLE);
        for (FileKind kind : FileKind.values()) {
            String columns = kind.columns().stream()
                    .map(c -> c.name() + " " + c.type().sqlType())
                    .collect(Collectors.joining(", "));
            ddl.add("CREATE TABLE IF NOT EXISTS " + kind.table() + " (run_id BIGINT NOT NULL,"
                    + " rec_no BIGINT NOT NULL, file_ord INT NOT NULL, line BIGINT NOT NULL,"
                    + " status VARCHAR NOT NULL, " + columns + ")");
        }
        return List.copyOf(ddl);
    }

    /**
     * A DATE column as days since 1970-01-01 (read with {@link #date}): the driver's own date conversion goes through
     * java.sql.Date and the time zone, which cost more than the rest of a row.
     */
    static String epochDay(String column) {
        return "(" + column + " - DATE '1970-01-01')";
    }

    /** A date selected with {@link #epochDay}, or null. */
    static LocalDate date(java.sql.ResultSet rs, int column) throws SQLException {
        long day = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
    }

    /** The run's staging database, for the queries of the staging side (it must exist: see {@link #create}). */
    JdbcTemplate jdbc(long runId) {
        return database.jdbc(runId);
    }

    /**
     * Creates the run's staging database, empty (whatever an earlier attempt left is deleted), and returns its token
     * (see {@link StagingDatabase#create}).
     */
    String create(long runId) {
        try {
            return database.create(runId, SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the staging database " + database.file(runId) + ": "
                    + e.getMessage(), e);
        }
    }

    /** See {@link StagingDatabase#compactIfLarge}. */
    StagingDatabase.Compaction compactIfLarge(long runId) {
        return database.compactIfLarge(runId);
    }

    /** The run's staging file. */
    java.nio.file.Path file(long runId) {
        return database.file(runId);
    }

    /** Whether the run has a staging database. */
    boolean exists(long runId) {
        return database.exists(runId);
    }

    /** The token the run's staging was created with, or null. */
    String token(long runId) {
        return database.token(runId);
    }

    /**
     * What a run's staging holds, for the checks of a restart: the files listed, the records read (staged, whatever
     * their status, plus those a record rule rejected) and of those the ones a record rule rejected. Resolution
     * changes none of these.
     */
    record Contents(long files, long read, long rejectedByRecordRules) {
    }

    Contents contents(long runId) {
        JdbcTemplate jdbc = jdbc(runId);
        long files = count(jdbc, "SELECT COUNT(*) FROM stg_file WHERE run_id = ?", runId);
        long rejected = count(jdbc, "SELECT COUNT(*) FROM stg_reject WHERE run_id = ? AND phase = '" + PHASE_RECORD
                + "'", runId);
        long read = rejected;
        for (FileKind kind : FileKind.values()) {
            read += count(jdbc, "SELECT COUNT(*) FROM " + kind.table() + " WHERE run_id = ?", runId);
        }
        return new Contents(files, read, rejected);
    }

    private static long count(JdbcTemplate jdbc, String sql, long runId) {
        Long n = jdbc.queryForObject(sql, Long.class, runId);
        return n == null ? 0 : n;
    }

    /** The run's files as discovery listed them, in file order (the ordinals of the records). */
    List<ExtractFile> files(long runId, java.nio.file.Path input) {
        return jdbc(runId).query("SELECT kind, file_ord, path FROM stg_file WHERE run_id = ? ORDER BY file_ord",
                (rs, i) -> new ExtractFile(FileKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        input.resolve(rs.getString(3))), runId);
    }

    /** Forgets everything staged for a run (its staging file). */
    public void deleteRun(long runId) {
        database.delete(runId);
    }

    /** Closes a run's staging database; it opens again when next read. */
    public void close(long runId) {
        database.close(runId);
    }

    /** Runs that have staged rows. */
    public List<Long> stagedRuns() {
        return database.stagedRuns();
    }

    void insertFiles(long runId, List<ExtractFile> files) {
        try (Connection connection = database.connection(runId)) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM stg_file WHERE run_id = " + runId);
            }
            try (DuckDBAppender rows = connection.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_file")) {
                for (ExtractFile f : files) {
                    rows.beginRow().append(runId).append(f.ordinal()).append(f.kind().name()).append(f.relativePath())
                            .endRow();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage the file list: " + e.getMessage(), e);
        }
    }

    /** What staging one unit of files did: records read, and of those rejected by a record rule. */
    public record Staged(long read, long rejected) {
    }

    /** Reports each file as its staging starts. */
    @FunctionalInterface
    interface FileStarted {
        void starting(ExtractFile file);
    }

    /**
     * Stages a unit of files of one kind in one transaction of the staging database: whatever an interrupted earlier
     * attempt left of these files is deleted first, then every record is read, validated and appended (valid records
     * to the kind's table, rejected ones to the rejects). Either the whole unit is staged, once, or nothing of it.
     */
    Staged stage(long runId, FileKind kind, List<ExtractFile> files, FileStarted started) {
        String ordinals = files.stream().map(f -> Integer.toString(f.ordinal())).collect(Collectors.joining(", "));
        long read = 0;
        long rejected = 0;
        try (Connection connection = database.connection(runId)) {
            connection.setAutoCommit(false);
            try {
                try (Statement s = connection.createStatement()) {
                    s.execute("DELETE FROM " + kind.table() + " WHERE file_ord IN (" + ordinals + ")");
                    s.execute("DELETE FROM stg_reject WHERE phase = '" + PHASE_RECORD + "' AND file_ord IN ("
                            + ordinals + ")");
                }
                DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
                try (DuckDBAppender valid = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.table());
                        DuckDBAppender rejects = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_reject")) {
                    List<ColumnSpec> columns = kind.columns();
                    for (ExtractFile file : files) {
                        started.starting(file);
                        try (RecordFile records = RecordFile.open(file)) {
                            for (SourceRecord s = records.next(); s != null; s = records.next()) {
                                read++;
                                ValidatedRecord r = RecordValidator.validate(s);
                                if (r.isRejected()) {
                                    rejected++;
                                    appendReject(rejects, runId, kind, r);
                                } else {
                                    appendValid(valid, runId, columns, r);
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage records of " + kind.label() + ": " + e.getMessage(), e);
        }
        return new Staged(read, rejected);
    }

    private static void appendReject(DuckDBAppender rejects, long runId, FileKind kind, ValidatedRecord r)
            throws SQLException {
        SourceRecord s = r.source();
        Rejection j = r.rejection();
        rejects.beginRow().append(runId).append(s.recordNumber()).append(s.fileOrdinal()).append(s.line())
                .append(PHASE_RECORD).append(kind.name());
        appendText(rejects, centerOf(s));
        appendText(rejects, j.column());
        rejects.append(j.rule());
        appendText(rejects, j.value());
        appendText(rejects, j.message());
        rejects.endRow();
    }

    private static void appendValid(DuckDBAppender valid, long runId, List<ColumnSpec> columns, ValidatedRecord r)
            throws SQLException {
        SourceRecord s = r.source();
        valid.beginRow().append(runId).append(s.recordNumber()).append(s.fileOrdinal()).append(s.line())
                .append(ACCEPTED);
        Object[] values = r.values();
        for (int i = 0; i < values.length; i++) {
            appendValue(valid, columns.get(i), values[i]);
        }
        valid.endRow();
    }

    /** The center_id written on a record, kept with its rejection for the center reports (null when none). */
    private static String centerOf(SourceRecord s) {
        if (s.kind() == FileKind.APPROPRIATIONS || s.kind() == FileKind.CROSSWALK) {
            return null;
        }
        String center = s.get("center_id");
        return center == null || center.equals(StoryRecordFile.INVALID_JSON) ? null : center;
    }

    private static void appendText(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void appendValue(DuckDBAppender appender, ColumnSpec column, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
            return;
        }
        switch (column.type()) {
            case INTEGER -> appender.append(((Number) value).longValue());
            case MONEY -> appender.append(((BigDecimal) value).setScale(2));
            case DECIMAL -> appender.append(((BigDecimal) value).setScale(DECIMAL_SCALE, RoundingMode.HALF_EVEN));
            case DATE -> appender.append((LocalDate) value);
            case BOOLEAN -> appender.append(((Boolean) value).booleanValue());
            default -> appender.append((String) value);
        }
    }

    /** The scale of a staged DECIMAL column (as {@link ColumnType#DECIMAL}'s SQL type says). */
    private static final int DECIMAL_SCALE = 10;

    /** Per-file counts of one run, in path order. Before resolution every valid record counts as accepted. */
    public List<FileCounts> fileCounts(long runId) {
        Map<Integer, long[]> byFile = new TreeMap<>();
        Map<Integer, String> paths = new TreeMap<>();
        JdbcTemplate jdbc = jdbc(runId);
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
        return jdbc(runId).query("SELECT f.path, r.line, r.column_name, r.rule, r.bad_value, r.message"
                + " FROM stg_reject r JOIN stg_file f ON f.run_id = r.run_id AND f.file_ord = r.file_ord"
                + " WHERE r.run_id = ? ORDER BY r.file_ord, r.line",
                (rs, i) -> new RejectedRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), runId);
    }

    /** Rejected records counted by rule, most frequent first. */
    public Map<String, Long> rejectsByRule(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc(runId).query("SELECT rule, COUNT(*) FROM stg_reject WHERE run_id = ? GROUP BY rule",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return counts;
    }
}
