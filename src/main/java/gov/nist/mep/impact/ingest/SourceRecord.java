package gov.nist.mep.impact.ingest;

import java.util.Map;

/**
 * One raw record as read from a file: its position (file ordinal in the extract, path relative to the extract, the
 * 1-based physical line where it starts) and its values by column name, exactly as written (not trimmed). Blank
 * values (empty or only white space) are absent from the map.
 */
public record SourceRecord(FileKind kind, int fileOrdinal, String file, long line, Map<String, String> values) {

    String get(String column) {
        return values.get(column);
    }

    /** Unique within one run and ordered as file order then line order: later records have larger numbers. */
    long recordNumber() {
        return fileOrdinal * 10_000_000_000L + line;
    }
}
