package gov.nist.mep.impact.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a congressional district code in the crosswalk: a USPS state code, {@code -}, then two digits
 * ({@code OH-09}, from 01), {@code AL} for a state's single at-large seat ({@code WY-AL}), or {@code DL} for the
 * non-voting delegate of the District of Columbia or Puerto Rico ({@code DC-DL}, {@code PR-DL}), which have no
 * voting seat. Which states are at large is not checked here: that changes with apportionment.
 */
final class CongressionalDistrict {

    private static final Pattern CODE = Pattern.compile("([A-Z]{2})-(\\d{2}|AL|DL)");
    /** The jurisdictions whose one member is a non-voting delegate. */
    static final Set<String> DELEGATES = Set.of("DC", "PR");

    private CongressionalDistrict() {
    }

    /** Why the code is not a district code, or null when it is one. */
    static String problem(String code) {
        Matcher m = CODE.matcher(code);
        String expected = "must be a district code: a USPS state code, '-', then two digits (OH-09), AL for an"
                + " at-large seat (WY-AL) or DL for a delegate (DC-DL, PR-DL)";
        if (!m.matches()) {
            return expected;
        }
        String state = m.group(1);
        String seat = m.group(2);
        if (!Contract.STATES.contains(state)) {
            return "names " + state + ", which is not the USPS code of one of the 50 states, DC or PR";
        }
        if (seat.equals("00")) {
            return "has district number 00: districts are numbered from 01 (an at-large seat is " + state + "-AL)";
        }
        if (DELEGATES.contains(state) != seat.equals("DL")) {
            return DELEGATES.contains(state) ? state + " elects a non-voting delegate: its code is " + state + "-DL"
                    : "DL (a non-voting delegate) is only for DC and PR; " + state + " elects voting members";
        }
        return null;
    }
}
