package gov.nist.mep.impact.support;

import java.util.List;

/**
 * Writes CSV (RFC 4180) for every file this software writes (the rejects file, the generated extract): a field is
 * quoted only when it holds a comma, a double quote or a line break, quotes inside are doubled, a null field is empty.
 */
public final class Csv {

    private Csv() {
    }

    /** Appends one field, quoted when it must be. */
    public static void appendField(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Appends the fields separated by commas, then the line end ("\n" or "\r\n"). */
    public static void appendLine(StringBuilder out, List<String> values, String lineEnd) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, values.get(i));
        }
        out.append(lineEnd);
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
