package gov.nist.mep.impact.support;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code mep.*} setting: its name, the kind of value it takes (from its record component's type and its
 * {@link Setting}), its valid range in words and its default. It checks a value as written, before Spring converts it,
 * with rules at least as strict as Spring's conversion (so that a value it accepts always binds).
 *
 * @param name the setting's name, e.g. {@code mep.economy.compensation-per-job}
 * @param kind the kind of value
 * @param range the record component's annotation
 * @param defaultValue the default as the record gives it, or the annotation's words; null when none
 */
public record SettingSpec(String name, Kind kind, Setting range, String defaultValue) {

    /** The kinds of values, from the record component's type. */
    public enum Kind {
        NUMBER, WHOLE_NUMBER, BOOLEAN, TEXT, LIST
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
    private static final List<String> TRUE = List.of("true", "on", "yes", "1");
    private static final List<String> FALSE = List.of("false", "off", "no", "0");

    /** The environment variable that sets it, as Spring reads it: {@code MEP_RULES_EMPLOYEE_LIMIT}. */
    public String environmentVariable() {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The valid values in words: "a number from 0 to 1", "a fraction n/d above 0 and at most 1, e.g. 2/5". */
    public String validValues() {
        String bounds = bounds();
        return switch (kind) {
            case NUMBER -> "a number" + bounds;
            case WHOLE_NUMBER -> "a whole number" + bounds;
            case BOOLEAN -> "true or false";
            case LIST -> "a comma-separated list of " + element();
            case TEXT -> element();
        };
    }

    private String element() {
        if (range.oneOf().length > 0) {
            return "one of " + String.join(", ", range.oneOf());
        }
        return switch (range.syntax()) {
            case FRACTION -> "a fraction n/d" + bounds() + ", e.g. 2/5";
            case DATA_SIZE -> "a size such as 256MB or 2GB (units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)" + bounds();
            case DIGITS -> (kind == Kind.LIST ? "codes of " : "a code of ") + digits() + " digits";
            case FOLDER -> "a folder (created when missing)";
            case EXISTING_FOLDER -> "an existing folder";
            case DURATION -> "a length of time such as 30s, 2m or 1h (units ms, s, m, h, d)" + bounds();
            case TEXT -> "text";
        };
    }

    private String digits() {
        if (!range.min().isEmpty() && !range.max().isEmpty()) {
            return range.min() + " to " + range.max();
        }
        return range.min().isEmpty() ? "up to " + range.max() : "at least " + range.min();
    }

    private String bounds() {
        String min = range.min();
        String max = range.max();
        if (min.isEmpty() && max.isEmpty()) {
            return "";
        }
        if (!min.isEmpty() && !max.isEmpty()) {
            if (!range.minExclusive() && !range.maxExclusive()) {
                return " from " + min + " to " + max;
            }
            return " " + (range.minExclusive() ? "above " : "at least ") + min + " and "
                    + (range.maxExclusive() ? "below " : "at most ") + max;
        }
        if (!min.isEmpty()) {
            return " " + (range.minExclusive() ? "above " : "at least ") + min;
        }
        return " " + (range.maxExclusive() ? "below " : "at most ") + max;
    }

    /**
     * What is wrong with a value as written ("is not a number", "is out of range"), or empty when it is valid. A blank
     * number or true/false means the default (Spring binds it as empty); a blank fraction, size or list is refused.
     */
    public Optional<String> problem(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() && (kind == Kind.NUMBER || kind == Kind.WHOLE_NUMBER || kind == Kind.BOOLEAN
                || range.oneOf().length > 0)) {
            return Optional.empty();
        }
        switch (kind) {
            case NUMBER -> {
                if (!DECIMAL.matcher(v).matches()) {
                    return Optional.of("is not a number");
                }
                return inRange(new BigDecimal(v), this::number);
            }
            case WHOLE_NUMBER -> {
                if (!WHOLE.matcher(v).matches()) {
                    return Optional.of("is not a whole number");
                }
                return inRange(new BigDecimal(v), this::number);
            }
            case BOOLEAN -> {
                String lower = v.toLowerCase(Locale.ROOT);
                return TRUE.contains(lower) || FALSE.contains(lower) ? Optional.empty()
                        : Optional.of("is not true or false");
            }
            case LIST -> {
                if (v.isEmpty()) {
                    return Optional.of("is empty");
                }
                for (String element : v.split(",", -1)) {
                    Optional<String> p = text(element.strip());
                    if (p.isPresent()) {
                        return Optional.of("has '" + Abridged.value(element.strip()) + "', which " + p.get());
                    }
                }
                return Optional.empty();
            }
            default -> {
                return text(v);
            }
        }
    }

    private Optional<String> text(String v) {
        if (range.oneOf().length > 0 && !List.of(range.oneOf()).contains(v)) {
            return Optional.of("is not one of them");
        }
        switch (range.syntax()) {
            case FRACTION -> {
                Matcher m = FRACTION.matcher(v);
                if (!m.matches() || Long.parseLong(m.group(2)) == 0) {
                    return Optional.of("is not a fraction n/d of whole numbers with d above 0");
                }
                return inRange(new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)),
                        java.math.MathContext.DECIMAL64), this::number);
            }
            case DATA_SIZE -> {
                if (!SIZE.matcher(v).matches()) {
                    return Optional.of("is not a size");
                }
                return inRange(BigDecimal.valueOf(bytes(v)), SettingSpec::sizeBound);
            }
            case DURATION -> {
                if (!DURATION.matcher(v).matches()) {
                    return Optional.of("is not a length of time");
                }
                return inRange(BigDecimal.valueOf(millis(v)), b -> BigDecimal.valueOf(millis(b)));
            }
            case DIGITS -> {
                if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return Optional.of("is not digits");
                }
                return inRange(BigDecimal.valueOf(v.length()), this::number);
            }
            case FOLDER, EXISTING_FOLDER -> {
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                Path path;
                try {
                    path = Path.of(v);
                } catch (InvalidPathException e) {
                    return Optional.of("is not a path (" + e.getReason() + ")");
                }
                if (Files.exists(path) && !Files.isDirectory(path)) {
                    return Optional.of("is a file, not a folder");
                }
                if (range.syntax() == Setting.Syntax.EXISTING_FOLDER && !Files.isDirectory(path)) {
                    return Optional.of("does not exist");
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private BigDecimal number(String bound) {
        return new BigDecimal(bound);
    }

    private static BigDecimal sizeBound(String bound) {
        return BigDecimal.valueOf(bytes(bound));
    }

    /** The bytes of a size such as {@code 256MB} (decimal units, as DuckDB reads them) or {@code 1GiB}. */
    public static long bytes(String size) {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        int power = "BKMGT".indexOf(unit.charAt(0));
        double base = unit.contains("I") ? 1024 : 1000;
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(base, power));
    }

    /** The milliseconds of a length of time such as {@code 2m} (the units Spring's simple duration format takes). */
    static long millis(String duration) {
        Matcher m = DURATION.matcher(duration.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a length of time: " + duration);
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    private Optional<String> inRange(BigDecimal value, java.util.function.Function<String, BigDecimal> bound) {
        if (!range.min().isEmpty()) {
            int c = value.compareTo(bound.apply(range.min()));
            if (c < 0 || c == 0 && range.minExclusive()) {
                return Optional.of("is out of range");
            }
        }
        if (!range.max().isEmpty()) {
            int c = value.compareTo(bound.apply(range.max()));
            if (c > 0 || c == 0 && range.maxExclusive()) {
                return Optional.of("is out of range");
            }
        }
        return Optional.empty();
    }

    /** A fraction {@code n/d} as its numerator and denominator; the one parser of the syntax. */
    public static long[] fraction(String text) {
        Matcher m = FRACTION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a fraction must be written n/d, not '" + text + "'");
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    /** The list's elements as Spring reads a comma-separated value. */
    static List<String> elements(String value) {
        List<String> out = new ArrayList<>();
        for (String e : value.split(",", -1)) {
            out.add(e.strip());
        }
        return out;
    }
}
