package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.support.ContactDetails;

/**
 * Last line of defence for disclosure control: e-mail addresses and telephone numbers never reach a cell. The metrics
 * model holds no contact fields; this catches contact details typed into free text (a success story, say).
 */
final class XlsxContactDetails {

    static final String REMOVED = ContactDetails.REMOVED;

    private XlsxContactDetails() {
    }

    /** The text with every e-mail address and telephone number replaced by {@value #REMOVED}. */
    static String remove(String text) {
        return ContactDetails.remove(text);
    }
}
