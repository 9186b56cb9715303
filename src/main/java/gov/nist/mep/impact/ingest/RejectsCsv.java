package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.Csv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The rejects file: one row per rejected record, in file and line order, with the source file (relative to the
 * extract), the line where the record starts, the column, the rule, the offending value and a message.
 */
public final class RejectsCsv {

    public static final String FILE_NAME = "rejects.csv";
    static final List<String> HEADER = List.of("file", "line", "column", "rule", "value", "message");
    private static final String LINE_END = "\r\n";

    private RejectsCsv() {
    }

    public static void write(List<RejectedRecord> rejects, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(256);
        Csv.appendLine(line, HEADER, LINE_END);
        w.write(line.toString());
        for (RejectedRecord r : rejects) {
            line.setLength(0);
            Csv.appendLine(line, Arrays.asList(r.file(), Long.toString(r.line()), r.column(), r.rule(), r.value(),
                    r.message()), LINE_END);
            w.write(line.toString());
        }
        w.flush();
    }
}
