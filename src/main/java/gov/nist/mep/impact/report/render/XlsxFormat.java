package gov.nist.mep.impact.report.render;

/**
 * How a cell shows its value. Only the display changes: a numeric cell always holds the model's value unrounded.
 * Ratios in dollars show cents; money totals show whole dollars.
 */
public enum XlsxFormat {

    /** Text, on one line. */
    TEXT(null, false),
    /** A short answer such as Yes / No, centred so that it stands apart from the numbers beside it. */
    FLAG(null, false),
    /** Text that wraps within the column width (stories, long labels). */
    WRAPPED_TEXT(null, true),
    /** A count: thousands separators, no decimals. */
    COUNT("#,##0", false),
    /** A fiscal year: digits only, no thousands separator. */
    YEAR("0", false),
    /** Money, whole dollars. */
    MONEY("$#,##0", false),
    /** A ratio in dollars (per federal dollar, per job): dollars and cents. */
    MONEY_RATIO("$#,##0.00", false),
    /** A share or rate: percent with one decimal. */
    PERCENT("0.0%", false),
    /** A decimal quantity such as hours: thousands separators, one decimal. */
    DECIMAL("#,##0.0", false),
    /** A plain ratio such as a multiplier: four decimals. */
    DECIMAL_RATIO("0.0000", false),
    /** A score such as the net promoter score (-100 to 100): one decimal. */
    SCORE("0.0", false);

    private final String pattern;
    private final boolean wrapped;

    XlsxFormat(String pattern, boolean wrapped) {
        this.pattern = pattern;
        this.wrapped = wrapped;
    }

    /** The Excel number format, or null for text. */
    public String pattern() {
        return pattern;
    }

    boolean wrapped() {
        return wrapped;
    }
}
