package gov.nist.mep.impact.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A JSON Lines file: one object per line, the same field names as the CSV headers; numbers as numbers or strings. */
final class JsonLinesRecordFile implements RecordFile {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

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
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JacksonException e) {
                throw StructuralException.at(file.relativePath(), line, e.getLocation() == null ? 0
                        : e.getLocation().getColumnNr(), "malformed JSON line (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw StructuralException.at(file.relativePath(), line, 1, "a JSON Lines line must hold one object");
            }
            return new SourceRecord(file.kind(), file.ordinal(), file.relativePath(), line, valuesOf(node));
        }
    }

    /** Field values as text: numbers keep their literal digits, null and blank strings are absent. */
    static Map<String, String> valuesOf(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            String text;
            if (value.isNull()) {
                continue;
            } else if (value.isString()) {
                text = value.stringValue();
            } else if (value.isNumber()) {
                text = value.isIntegralNumber() ? value.bigIntegerValue().toString()
                        : value.decimalValue().toPlainString();
            } else if (value.isBoolean()) {
                text = String.valueOf(value.booleanValue());
            } else {
                text = value.toString();
            }
            if (!text.isBlank()) {
                values.put(field.getKey(), text);
            }
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
