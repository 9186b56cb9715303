package gov.nist.mep.impact.report.impact;

/**
 * Congressional districts and Congresses named the way staff say them: {@code OH-09} is "Ohio's 9th Congressional
 * District", {@code WY-AL} "Wyoming (at large)", {@code DC-DL} "District of Columbia (delegate)"; Congress 118 is the
 * "118th Congress".
 */
final class DistrictNames {

    private DistrictNames() {
    }

    /** The district's name; a code that is not a district code prints as it is. */
    static String name(String code) {
        if (code == null || code.length() != 5 || code.charAt(2) != '-') {
            return code;
        }
        String state = StateFactSheetContent.StateNames.name(code.substring(0, 2));
        String seat = code.substring(3);
        return switch (seat) {
            case "AL" -> state + " (at large)";
            case "DL" -> state + " (delegate)";
            default -> state + "'s " + ordinal(Integer.parseInt(seat)) + " Congressional District";
        };
    }

    /**
     * The district as a sentence names it: "Ohio's 9th Congressional District", "Wyoming's at-large district", "the
     * District of Columbia", "Puerto Rico".
     */
    static String place(String code) {
        if (code == null || code.length() != 5 || code.charAt(2) != '-') {
            return code;
        }
        String state = StateFactSheetContent.StateNames.name(code.substring(0, 2));
        return switch (code.substring(3)) {
            case "AL" -> state + "'s at-large district";
            case "DL" -> code.startsWith("DC") ? "the " + state : state;
            default -> name(code);
        };
    }

    /** "118th Congress", or "Congress not given" when the crosswalk has no row. */
    static String congress(Long congress) {
        return congress == null ? "Congress not given" : ordinal(congress) + " Congress";
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
    static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
