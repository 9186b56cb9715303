package gov.nist.mep.impact.ingest;

/**
 * Why one record was rejected: the column, the rule it broke (a stable code), the offending value and a sentence for
 * people.
 */
public record Rejection(String column, String rule, String value, String message) {

    /** The longest value or message kept (in characters); a longer one is cut and says how long it was. */
    static final int MAX_KEPT = 1000;

    public Rejection {
        value = cut(value);
        message = cut(message);
    }

    static String cut(String text) {
        if (text == null || text.length() <= MAX_KEPT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_KEPT - 1)) ? MAX_KEPT - 1 : MAX_KEPT;
        return text.substring(0, end) + "... (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
                + " characters in all)";
    }
}
