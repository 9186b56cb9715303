package gov.nist.mep.impact.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A JSON Lines file: one object per line, the same field names as the CSV headers; numbers as numbers or strings. */
final class JsonLinesRecordFile implements RecordFile {

    /**
     * Numbers are kept as the text written (see {@link #numberText}), so a number of any length is a value to
     * validate, not a parse to run out of memory on; the bound on their length only keeps a line's cost linear.
     */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(10_000_000).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Exponents beyond this are not expanded to plain digits (1e999999999 would be a billion digits). */
    private static final int MAX_EXPANDED_SCALE = 1000;

    private final ExtractFile file;
    private final BufferedReader reader;
    private long line;

    JsonLinesRecordFile(ExtractFile file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    @Override
    public SourceRecord next() {
        while (true) {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                throw RecordFile.readFailure(file, line + 1, e);
            }
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            Map<String, String> values;
            try {
                values = objectValues(text);
            } catch (JacksonException e) {
                throw StructuralException.at(file.relativePath(), line, e.getLocation() == null ? 0
                        : e.getLocation().getColumnNr(), "malformed JSON line (" + e.getOriginalMessage() + ")");
            }
            if (values == null) {
                throw StructuralException.at(file.relativePath(), line, 1, "a JSON Lines line must hold one object");
            }
            return new SourceRecord(file.kind(), file.ordinal(), file.relativePath(), line, values);
        }
    }

    /**
     * The fields of one JSON object as text: strings as they are, numbers as written (see {@link #numberText}),
     * booleans as {@code true}/{@code false}, arrays and objects as their JSON text; null and blank values are
     * absent; a repeated name keeps its last value. Null when the text is valid JSON but not one object.
     */
    static Map<String, String> objectValues(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                String value = switch (token) {
                    case VALUE_NULL -> null;
                    case VALUE_STRING -> p.getString();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberText(p.getString());
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    default -> p.readValueAsTree().toString();
                };
                if (value == null || value.isBlank()) {
                    values.remove(name);
                } else {
                    values.put(name, value);
                }
            }
            if (p.nextToken() != null) {
                return null;
            }
            return values;
        }
    }

    /**
     * A JSON number as text: as written when it has no exponent ({@code 12}, {@code 1200.50}); with an exponent,
     * expanded to plain digits ({@code 1.5e3} is {@code 1500}) unless the exponent is out of all proportion, when it
     * stays as written and fails the column's type rule as a rejected record.
     */
    static String numberText(String literal) {
        if (literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
            return literal;
        }
        try {
            BigDecimal value = new BigDecimal(literal);
            return Math.abs((long) value.scale()) <= MAX_EXPANDED_SCALE ? value.toPlainString() : literal;
        } catch (NumberFormatException e) {
            return literal;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
