package gov.nist.mep.impact.generate;

import gov.nist.mep.impact.support.Csv;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes rows to one CSV (RFC 4180) or JSON Lines file, UTF-8 with '\n' line ends. */
final class ExtractFile implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer out;
    private final FileLayout layout;
    private final StringBuilder line = new StringBuilder(256);

    private ExtractFile(Writer out, FileLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    static ExtractFile create(Path path, FileLayout layout) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                BUFFER_CHARS);
        ExtractFile file = new ExtractFile(writer, layout);
        if (layout.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        if (!layout.jsonLines()) {
            file.writeCsvLine(layout.header());
        }
        return file;
    }

    /** Writes a small table file in one go: a header and rows, every column in the given order. */
    static void writeTable(Path path, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        appendCsvLine(text, header);
        for (List<String> row : rows) {
            appendCsvLine(text, row);
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** Writes one record given in its kind's canonical column order. */
    void write(String[] row) throws IOException {
        line.setLength(0);
        List<String> header = layout.header();
        int[] source = layout.source();
        if (layout.jsonLines()) {
            line.append('{');
            boolean first = true;
            for (int i = 0; i < source.length; i++) {
                String value = source[i] < 0 ? FileLayout.EXTRA_VALUE : row[source[i]];
                if (value.isEmpty()) {
                    continue;
                }
                if (!first) {
                    line.append(", ");
                }
                first = false;
                Json.appendString(line, header.get(i));
                line.append(": ");
                if (layout.kind().isNumeric(header.get(i)) && isNumber(value)) {
                    line.append(value);
                } else {
                    Json.appendString(line, value);
                }
            }
            line.append("}\n");
        } else {
            for (int i = 0; i < source.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Csv.appendField(line, source[i] < 0 ? FileLayout.EXTRA_VALUE : row[source[i]]);
            }
            line.append('\n');
        }
        out.write(line.toString());
    }

    private void writeCsvLine(List<String> values) throws IOException {
        line.setLength(0);
        appendCsvLine(line, values);
        out.write(line.toString());
    }

    private static void appendCsvLine(StringBuilder out, List<String> values) {
        Csv.appendLine(out, values, "\n");
    }

    /** A JSON number literal: optional minus, digits without a leading zero, optional fraction. */
    private static boolean isNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int point = value.indexOf('.');
        String whole = point < 0 ? value.substring(start) : value.substring(start, point);
        String fraction = point < 0 ? "0" : value.substring(point + 1);
        return isDigits(whole) && isDigits(fraction) && (whole.length() == 1 || whole.charAt(0) != '0');
    }

    private static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
