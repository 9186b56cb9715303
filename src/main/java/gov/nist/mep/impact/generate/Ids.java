package gov.nist.mep.impact.generate;

/** Identifier formatting without String.format, which is slow in the hot loop. */
final class Ids {

    private Ids() {
    }

    /** {@code prefix} followed by {@code number} zero-padded to {@code width} digits. */
    static String padded(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder out = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
        out.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }
}
