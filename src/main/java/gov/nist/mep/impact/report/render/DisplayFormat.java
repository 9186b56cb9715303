package gov.nist.mep.impact.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a figure is printed, by kind: the one place that rounds for display (half up, US English). Reports format what
 * the metrics model holds and never recompute a figure; a figure the model leaves null prints as {@link #MISSING}.
 */
public final class DisplayFormat {

    /** Printed for a figure the model leaves null (a ratio over zero, a missing appropriation). */
    public static final String MISSING = "not available";
    /** Printed instead of a figure withheld by disclosure control (PDF cells, the workbook's Note column). */
    public static final String SUPPRESSED = "(D)";

    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** The kinds of figure a template can ask for; the name in templates is the lower-case, hyphenated form. */
    public enum Kind {
        /** $2.50 billion, $128.0 million, $534,210. */
        MONEY(BigDecimal.class),
        /** $2.50B, $128.0M, $534K: for tight table cells and chart labels. */
        MONEY_SHORT(BigDecimal.class),
        /** Whole dollars: $6,400,272. */
        DOLLARS(BigDecimal.class),
        /** 30,056. */
        COUNT(Long.class),
        /** One decimal: 3,958,471.5. */
        DECIMAL(BigDecimal.class),
        /** Whole number with separators, from a decimal: 3,958,472. */
        WHOLE(BigDecimal.class),
        /** A share given as a fraction: 0.8226 prints 82.3%. */
        PERCENT(Double.class),
        /** A ratio over federal funds awarded to centers: $24.51 per federal dollar awarded to centers. */
        PER_FEDERAL_DOLLAR(Double.class),
        /** A ratio over the appropriation: $19.53 per dollar appropriated. */
        PER_APPROPRIATION_DOLLAR(Double.class),
        /** A ratio in dollars without its denominator (the sentence must name it): $19.53. */
        PER_DOLLAR(Double.class),
        /** Dollars per job: $1,595 per job. */
        PER_JOB(Double.class),
        /** Net promoter score, a whole number from -100 to 100. */
        SCORE(Double.class),
        /** A plain number from a ratio, two decimals: 0.39. */
        RATIO(Double.class),
        /** 2014 (no separator). */
        YEAR(Long.class),
        /** September 30, 2014. */
        DATE(LocalDate.class),
        /** Text as the model holds it. */
        TEXT(String.class);

        private final Class<?> valueType;

        Kind(Class<?> valueType) {
            this.valueType = valueType;
        }

        /** The name templates use: {@code per-federal-dollar}. */
        public String templateName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> ofTemplateName(String name) {
            return Arrays.stream(values()).filter(k -> k.templateName().equals(name)).findFirst();
        }

        /** Whether a figure of this kind can be printed as the other kind (same value type). */
        public boolean accepts(Kind other) {
            return valueType == other.valueType;
        }
    }

    private DisplayFormat() {
    }

    /** Formats a value of the kind's value type (BigDecimal, Long, Double, LocalDate or String); null is missing. */
    public static String format(Kind kind, Object value) {
        if (value == null) {
            return MISSING;
        }
        return switch (kind) {
            case MONEY -> money((BigDecimal) value);
            case MONEY_SHORT -> moneyShort((BigDecimal) value);
            case DOLLARS -> dollars((BigDecimal) value);
            case COUNT -> count(((Number) value).longValue());
            case DECIMAL -> grouped(((BigDecimal) value).setScale(1, RoundingMode.HALF_UP), 1);
            case WHOLE -> grouped(((BigDecimal) value).setScale(0, RoundingMode.HALF_UP), 0);
            case PERCENT -> percent((Double) value);
            case PER_FEDERAL_DOLLAR -> perDollar((Double) value) + " per federal dollar awarded to centers";
            case PER_APPROPRIATION_DOLLAR -> perDollar((Double) value) + " per dollar appropriated";
            case PER_DOLLAR -> perDollar((Double) value);
            case PER_JOB -> dollars(BigDecimal.valueOf((Double) value)) + " per job";
            case SCORE -> score((Double) value);
            case RATIO -> grouped(BigDecimal.valueOf((Double) value).setScale(2, RoundingMode.HALF_UP), 2);
            case YEAR -> Long.toString(((Number) value).longValue());
            case DATE -> LONG_DATE.format((LocalDate) value);
            case TEXT -> (String) value;
        };
    }

    /** $2.50 billion from $1 billion, $128.0 million from $1 million, else whole dollars. */
    public static String money(BigDecimal v) {
        if (v == null) {
            return MISSING;
        }
        BigDecimal abs = v.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return sign(v) + "$" + grouped(abs.movePointLeft(9).setScale(2, RoundingMode.HALF_UP), 2) + " billion";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return sign(v) + "$" + grouped(abs.movePointLeft(6).setScale(1, RoundingMode.HALF_UP), 1) + " million";
        }
        return dollars(v);
    }

    /** $2.50B, $128.0M, $534K, $950. */
    public static String moneyShort(BigDecimal v) {
        if (v == null) {
            return MISSING;
        }
        BigDecimal abs = v.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return sign(v) + "$" + grouped(abs.movePointLeft(9).setScale(2, RoundingMode.HALF_UP), 2) + "B";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return sign(v) + "$" + grouped(abs.movePointLeft(6).setScale(1, RoundingMode.HALF_UP), 1) + "M";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return sign(v) + "$" + grouped(abs.movePointLeft(3).setScale(0, RoundingMode.HALF_UP), 0) + "K";
        }
        return dollars(v);
    }

    /** Whole dollars with separators: $6,400,272. */
    public static String dollars(BigDecimal v) {
        if (v == null) {
            return MISSING;
        }
        return sign(v) + "$" + grouped(v.abs().setScale(0, RoundingMode.HALF_UP), 0);
    }

    public static String count(long n) {
        return grouped(BigDecimal.valueOf(n), 0);
    }

    /** 0.8226 prints 82.3%. */
    public static String percent(Double share) {
        if (share == null) {
            return MISSING;
        }
        return grouped(BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP), 1) + "%";
    }

    /** A dollars-per-dollar ratio with cents: $19.53. */
    public static String perDollar(Double ratio) {
        if (ratio == null) {
            return MISSING;
        }
        BigDecimal v = BigDecimal.valueOf(ratio);
        return sign(v) + "$" + grouped(v.abs().setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** Dollars per job, whole dollars: $1,595. */
    public static String perJob(Double ratio) {
        return ratio == null ? MISSING : dollars(BigDecimal.valueOf(ratio));
    }

    /** Net promoter score as a whole number. */
    public static String score(Double score) {
        if (score == null) {
            return MISSING;
        }
        return BigDecimal.valueOf(score).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A code of the extract as words: BUSINESS_STRATEGY prints Business strategy. Only codes (capital letters, digits
     * and underscores) are converted: text that is not one, such as the model's "(unknown)" group, prints as it is;
     * a missing code prints nothing.
     */
    public static String label(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return code == null ? "" : code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String yesNo(Boolean b) {
        return b == null ? MISSING : b ? "Yes" : "No";
    }

    private static String sign(BigDecimal v) {
        return v.signum() < 0 ? "-" : "";
    }

    /**
     * {@code v} rounded half up to {@code decimals} places, its whole part in groups of three with commas: what
     * {@code new DecimalFormat("#,##0.0…", US)} prints (DisplayFormatTest compares the two), without parsing a pattern
     * on every figure (a district fact sheet prints a few hundred).
     */
    static String grouped(BigDecimal v, int decimals) {
        String digits = v.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (v.signum() < 0) {
            out.append('-'); // as DecimalFormat: a negative value that rounds to zero keeps its sign
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, whole, digits.length()).toString();
    }

    /**
     * Text abridged to fit a page: white space collapsed, and when longer than {@code max} characters its first words
     * up to that length, without a trailing comma or stop, and an ellipsis.
     */
    public static String abridged(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > 0 ? cut : max - 1).replaceAll("[,;:.]$", "") + "\u2026";
    }
}
