package gov.nist.mep.impact.ingest;

import java.util.Map;

/**
 * One raw record as read from a file: its position (file ordinal in the extract, path relative to the extract, the
 * 1-based physical line where it starts) and its values by column name, exactly as written (not trimmed). Blank
 * values (empty or only white space) are absent from the map. {@code misaligned}: a CSV row with more or fewer fields
 * than its header (an unquoted comma in a name, say), whose values may have moved into other columns.
 */
public record SourceRecord(FileKind kind, int fileOrdinal, String file, long line, Map<String, String> values,
        boolean misaligned) {

    /** A record whose fields match its header (JSON Lines and stories always do). */
    public SourceRecord(FileKind kind, int fileOrdinal, String file, long line, Map<String, String> values) {
        this(kind, fileOrdinal, file, line, values, false);
    }

    String get(String column) {
        return values.get(column);
    }

    /** Unique within one run and ordered as file order then line order: later records have larger numbers. */
    long recordNumber() {
        return fileOrdinal * 10_000_000_000L + line;
    }
}
