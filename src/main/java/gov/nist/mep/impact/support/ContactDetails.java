package gov.nist.mep.impact.support;

import java.util.regex.Pattern;

/**
 * E-mail addresses and telephone numbers in free text, and the one marker that replaces them (or any value that may
 * hold personal contact data) in every output: the last line of defence of disclosure control, used where a value
 * is written out (rejects, workbook cells).
 */
public final class ContactDetails {

    /** What an output shows instead of a value that may hold personal contact data. */
    public static final String REMOVED = "[contact details removed]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** North American numbers: (555) 010-0100, 555-010-0100, 555.010.0100, +1 555 010 0100, and 555-0100. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.-])(?:(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])"
            + "\\d{3}[ .-]\\d{4}|\\d{3}-\\d{4})(?![\\w-]|\\.\\d)");
    /** The fewest digits a number of {@link #PHONE} has (555-0100). */
    private static final int MIN_PHONE_DIGITS = 7;

    private ContactDetails() {
    }

    /** The text with every e-mail address and telephone number replaced by {@value #REMOVED}. */
    public static String remove(String text) {
        if (text == null) {
            return null;
        }
        // most texts cannot match: an address needs an '@', a number at least seven digits (the patterns are not run)
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        String out = at ? EMAIL.matcher(text).replaceAll(REMOVED) : text;
        return digits >= MIN_PHONE_DIGITS ? PHONE.matcher(out).replaceAll(REMOVED) : out;
    }
}
