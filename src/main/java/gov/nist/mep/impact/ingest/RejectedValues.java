package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.ContactDetails;
import java.util.List;
import java.util.Locale;

/**
 * What of a rejected record reaches an output (rejects.csv, the feedback workbooks): its file, line, column and rule
 * always; its offending value unless it may hold personal contact data or is a client's survey answer.
 *
 * <p>Contact data, shown as {@value ContactDetails#REMOVED}: the value of a contact column (an over-long e-mail
 * address would otherwise be printed), any value of a record with contact columns whose CSV row is misaligned (an
 * unquoted comma in a name moves the e-mail address or a name into the next columns), a value holding one of the
 * record's own contact values, and anything that looks like an e-mail address or a telephone number.
 *
 * <p>Survey answers, shown as {@value #SURVEY_ANSWER}: a response field of a survey record (impacts, recommend,
 * satisfaction) is one client's confidential answer, a group of one; the file, line, column and rule say what to fix.
 *
 * <p>Applied once, where a rejection is made, so nothing downstream (staging, rejects.csv, center feedback) ever holds
 * the value.
 */
final class RejectedValues {

    /** What an output shows instead of a rejected survey answer. */
    static final String SURVEY_ANSWER = "[survey answer withheld]";

    /** The personal contact fields of the extract (clients): staged, never printed. */
    static final List<String> CONTACT_COLUMNS = List.of("contact_name", "contact_email", "contact_phone");

    private RejectedValues() {
    }

    /** The rejection as outputs may show it. */
    static Rejection shown(SourceRecord record, Rejection r) {
        String value = shownValue(record, r.column(), r.value());
        String message = ContactDetails.remove(r.message());
        return value == r.value() && message.equals(r.message()) ? r
                : new Rejection(r.column(), r.rule(), value, message);
    }

    private static String shownValue(SourceRecord record, String column, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (CONTACT_COLUMNS.contains(column)) {
            return ContactDetails.REMOVED;
        }
        if (record.kind() == FileKind.SURVEYS && FileKind.SURVEY_RESPONSE_COLUMNS.contains(column)) {
            return SURVEY_ANSWER;
        }
        boolean personal = carriesContacts(record.kind());
        if (personal && record.misaligned()) {
            return ContactDetails.REMOVED;
        }
        if (personal && holdsContactValue(record, value)) {
            return ContactDetails.REMOVED;
        }
        String clean = ContactDetails.remove(value);
        return clean.equals(value) ? value : ContactDetails.REMOVED;
    }

    static boolean carriesContacts(FileKind kind) {
        return kind.columns().stream().anyMatch(c -> CONTACT_COLUMNS.contains(c.name()));
    }

    /** The value holds (or is held in) one of the record's contact values of three characters or more. */
    private static boolean holdsContactValue(SourceRecord record, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String column : CONTACT_COLUMNS) {
            String contact = record.get(column);
            if (contact == null) {
                continue;
            }
            String c = contact.strip().toLowerCase(Locale.ROOT);
            if (c.length() >= 3 && v.length() >= 3 && (v.contains(c) || c.contains(v))) {
                return true;
            }
        }
        return false;
    }
}
