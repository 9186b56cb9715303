package gov.nist.mep.impact.report.render;

import java.util.regex.Pattern;

/**
 * Last line of defence for disclosure control: e-mail addresses and telephone numbers never reach a cell. The metrics
 * model holds no contact fields; this catches contact details typed into free text (a success story, say).
 */
final class XlsxContactDetails {

    static final String REMOVED = "[contact details removed]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** North American numbers: (555) 010-0100, 555-010-0100, 555.010.0100, +1 555 010 0100, and 555-0100. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.-])(?:(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])"
            + "\\d{3}[ .-]\\d{4}|\\d{3}-\\d{4})(?![\\w-]|\\.\\d)");

    private XlsxContactDetails() {
    }

    /** The text with every e-mail address and telephone number replaced by {@value #REMOVED}. */
    static String remove(String text) {
        String out = EMAIL.matcher(text).replaceAll(REMOVED);
        return PHONE.matcher(out).replaceAll(REMOVED);
    }
}
