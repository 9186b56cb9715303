package gov.nist.mep.impact.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The records of one extract file, read one at a time. CSV and JSON Lines files yield one record per row or line; a
 * success-story file yields exactly one record.
 */
interface RecordFile extends Closeable {

    /** The next record, or {@code null} when the file is exhausted. */
    SourceRecord next();

    static RecordFile open(ExtractFile file) {
        String name = file.relativePath();
        if (file.kind() == FileKind.STORIES) {
            return new StoryRecordFile(file);
        }
        if (name.endsWith(".jsonl")) {
            return new JsonLinesRecordFile(file, strictUtf8(file));
        }
        return new CsvRecordFile(file, strictUtf8(file));
    }

    /** A reader that fails on bytes that are not UTF-8 instead of replacing them. */
    static BufferedReader strictUtf8(ExtractFile file) {
        try {
            return new BufferedReader(new StrictUtf8Reader(Files.newInputStream(file.path())), 1 << 14);
        } catch (IOException e) {
            throw StructuralException.at(file.relativePath(), 0, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Turns an I/O failure while reading into the structural error it is. */
    static StructuralException readFailure(ExtractFile file, long line, IOException e) {
        if (e instanceof StrictUtf8Reader.UndecodableLineException u) {
            return StructuralException.at(file.relativePath(), u.line(), 0, "bytes that are not valid UTF-8");
        }
        return StructuralException.at(file.relativePath(), line, 0, "cannot be read (" + e.getMessage() + ")");
    }
}
