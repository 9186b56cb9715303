package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.ingest.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's tables (classpath {@code /economy/}), read by the project's one CSV reader, the extract's
 * {@link CsvParser}: RFC 4180, a byte-order mark, LF or CRLF, empty lines skipped.
 */
final class EconomyCsv {

    private EconomyCsv() {
    }

    /** Every row of a classpath resource; the header is the first row. */
    static List<List<String>> read(String resource) {
        InputStream in = EconomyCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (the economy-wide model's tables)");
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvParser parser = new CsvParser(reader);
            for (List<String> row = parser.next(); row != null; row = parser.next()) {
                rows.add(List.copyOf(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** A BEA value: empty (BEA's "..." suppressed, or no line) is zero. */
    static double value(String text) {
        return text == null || text.isBlank() ? 0 : Double.parseDouble(text.trim());
    }
}
