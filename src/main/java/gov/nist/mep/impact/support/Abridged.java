package gov.nist.mep.impact.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long values in one-line messages: a path, a setting or a word of a megabyte is cut in its middle, saying how long it
 * was, so that the message stays one readable line and still shows where the value starts and ends.
 */
public final class Abridged {

    /** A value longer than this is abridged. */
    public static final int LIMIT = 200;
    private static final int HEAD = 120;
    private static final int TAIL = 40;
    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (LIMIT + 1) + ",}");

    private Abridged() {
    }

    /** The value, or its start and end around "…[N characters]…" when it is longer than {@link #LIMIT}. */
    public static String value(String value) {
        if (value == null || value.length() <= LIMIT) {
            return value;
        }
        return value.substring(0, HEAD) + "…[" + String.format("%,d", value.length()) + " characters]…"
                + value.substring(value.length() - TAIL);
    }

    /**
     * A message line with every run of non-blank characters longer than {@link #LIMIT} abridged, and line breaks
     * replaced by spaces (one line whatever a value held).
     */
    public static String line(String message) {
        if (message == null) {
            return null;
        }
        String flat = message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        Matcher m = LONG_WORD.matcher(flat);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
