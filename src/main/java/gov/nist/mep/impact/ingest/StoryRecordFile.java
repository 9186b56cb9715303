package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A success-story file: one JSON object, one record on line 1. A file that is not valid JSON is a bad record (it is
 * rejected), not a structural error.
 */
final class StoryRecordFile implements RecordFile {

    /** Value under which an unparseable story carries its parse error to validation. */
    static final String INVALID_JSON = "\u0000invalid-json";

    private final ExtractFile file;
    private boolean done;

    StoryRecordFile(ExtractFile file) {
        this.file = file;
    }

    @Override
    public SourceRecord next() {
        if (done) {
            return null;
        }
        done = true;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file.path())))
                    .toString();
        } catch (CharacterCodingException e) {
            // A story file is one record: bytes that are not UTF-8 make it "not valid JSON", a rejected record.
            return new SourceRecord(file.kind(), file.ordinal(), file.relativePath(), 1,
                    Map.of(INVALID_JSON, "not valid JSON: bytes that are not UTF-8"));
        } catch (IOException e) {
            throw StructuralException.at(file.relativePath(), 0, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> values;
        try {
            values = JsonLinesRecordFile.objectValues(text);
            if (values == null) {
                values = Map.of(INVALID_JSON, "a success story must be one JSON object");
            } else {
                // The contract wants fiscal_year to be an integer: keep a string or a fraction visibly non-integral.
                String year = nonIntegralYear(text);
                if (year != null) {
                    values.put("fiscal_year", year);
                }
            }
        } catch (JacksonException e) {
            values = Map.of(INVALID_JSON, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return new SourceRecord(file.kind(), file.ordinal(), file.relativePath(), 1, values);
    }

    /** The fiscal_year's JSON text when it is there but not a JSON integer ({@code "2014"}, {@code 2014.0}). */
    private static String nonIntegralYear(String text) {
        JsonNode year;
        try {
            year = JsonLinesRecordFile.JSON.readTree(text).get("fiscal_year");
        } catch (NumberFormatException e) {
            return "not a number";
        }
        return year != null && !year.isNull() && !year.isIntegralNumber() ? year.toString() : null;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
