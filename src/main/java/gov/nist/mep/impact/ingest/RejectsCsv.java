package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rejects file: one row per rejected record, in file and line order, with the source file (relative to the
 * extract), the line where the record starts, the column, the rule, the offending value and a message.
 */
public final class RejectsCsv {

    public static final String FILE_NAME = "rejects.csv";
    static final List<String> HEADER = List.of("file", "line", "column", "rule", "value", "message");

    private RejectsCsv() {
    }

    public static void write(List<RejectedRecord> rejects, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", HEADER));
        w.write("\r\n");
        for (RejectedRecord r : rejects) {
            w.write(quote(r.file()) + "," + r.line() + "," + quote(r.column()) + "," + quote(r.rule()) + ","
                    + quote(r.value()) + "," + quote(r.message()) + "\r\n");
        }
        w.flush();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
