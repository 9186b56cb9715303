package gov.nist.mep.impact.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The record-level rules of the extract contract: each value checked against its column's type and bound, plus the
 * rules that relate two columns of one record. Rules that need other records (references, supersession) are the
 * {@link ExtractResolver}'s. The first broken rule, in the contract's column order, is the one reported.
 */
final class RecordValidator {

    private RecordValidator() {
    }

    static ValidatedRecord validate(SourceRecord record) {
        FileKind kind = record.kind();
        if (kind == FileKind.STORIES && record.values().containsKey(StoryRecordFile.INVALID_JSON)) {
            return ValidatedRecord.rejected(record, new Rejection("", "json", "",
                    record.get(StoryRecordFile.INVALID_JSON)));
        }
        List<ColumnSpec> columns = kind.columns();
        Object[] values = new Object[columns.size()];
        boolean responseIgnored = kind == FileKind.SURVEYS && !"COMPLETE".equals(record.get("disposition"));
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            if (responseIgnored && FileKind.SURVEY_RESPONSE_COLUMNS.contains(column.name())) {
                continue;
            }
            String text = record.get(column.name());
            if (text == null) {
                if (column.required()) {
                    return ValidatedRecord.rejected(record, new Rejection(column.name(), "required", "",
                            column.name() + " is required"));
                }
                continue;
            }
            Object parsed;
            try {
                parsed = parse(column, text);
            } catch (RuleViolation v) {
                return ValidatedRecord.rejected(record, new Rejection(column.name(), v.rule, text,
                        column.name() + " " + v.getMessage()));
            }
            values[i] = parsed;
        }
        Rejection crossField = crossFieldRule(kind, columns, values);
        if (crossField != null) {
            return ValidatedRecord.rejected(record, crossField);
        }
        return ValidatedRecord.valid(record, values);
    }

    private static Rejection crossFieldRule(FileKind kind, List<ColumnSpec> columns, Object[] values) {
        if (kind == FileKind.PROJECTS) {
            LocalDate start = (LocalDate) values[indexOf(columns, "start_date")];
            LocalDate completion = (LocalDate) values[indexOf(columns, "completion_date")];
            if (completion != null && completion.isBefore(start)) {
                return new Rejection("completion_date", "completion-before-start", completion.toString(),
                        "completion_date " + completion + " is before start_date " + start);
            }
        }
        return null;
    }

    static int indexOf(List<ColumnSpec> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    private static Object parse(ColumnSpec column, String text) {
        int maxLength = column.type().maxLength();
        if (maxLength > 0 && text.length() > maxLength) {
            throw new RuleViolation("length", String.format(Locale.ROOT, "must be at most %,d characters long, not"
                    + " %,d", maxLength, text.length()));
        }
        return switch (column.type()) {
            case TEXT, KEY -> text;
            case IMPACTS -> StoryImpacts.check(text);
            case INTEGER -> {
                long value = isNumber(text, 10, 0) ? Long.parseLong(text) : Long.MAX_VALUE;
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new RuleViolation("integer", "must be a whole number from " + Integer.MIN_VALUE + " to "
                            + Integer.MAX_VALUE);
                }
                checkBounds(column, BigDecimal.valueOf(value));
                yield value;
            }
            case MONEY -> {
                if (!isNumber(text, 17, 2)) {
                    throw new RuleViolation("money",
                            "must be a plain decimal amount with at most 2 fraction digits (no $, no separators)");
                }
                BigDecimal value = new BigDecimal(text);
                checkBounds(column, value);
                yield value;
            }
            case DECIMAL -> {
                if (!isNumber(text, 20, 10)) {
                    throw new RuleViolation("decimal", "must be a plain decimal number");
                }
                BigDecimal value = new BigDecimal(text);
                checkBounds(column, value);
                yield value;
            }
            case DATE -> {
                try {
                    if (!isDateShape(text)) {
                        throw new DateTimeException("not yyyy-MM-dd");
                    }
                    yield LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                } catch (DateTimeException e) {
                    throw new RuleViolation("date", "must be a date as yyyy-MM-dd");
                }
            }
            case ENUM -> {
                if (!column.allowed().contains(text)) {
                    throw new RuleViolation("enum", "must be one of " + String.join(", ", column.allowed()));
                }
                yield text;
            }
            case BOOLEAN -> {
                if (!"true".equals(text) && !"false".equals(text)) {
                    throw new RuleViolation("boolean", "must be true or false");
                }
                yield Boolean.valueOf(text);
            }
            case STATE -> {
                if (!Contract.STATES.contains(text)) {
                    throw new RuleViolation("state", "must be the USPS code of one of the 50 states, DC or PR");
                }
                yield text;
            }
            case NAICS -> {
                if (!isDigits(text, 0, text.length(), 2, 6)) {
                    throw new RuleViolation("naics", "must be a NAICS code of 2 to 6 digits");
                }
                yield text;
            }
            case ZIP_CODE -> {
                if (!isDigits(text, 0, text.length(), 5, 5)) {
                    throw new RuleViolation("zip", "must be a ZIP code of exactly 5 digits");
                }
                yield text;
            }
            case DISTRICT -> {
                String problem = CongressionalDistrict.problem(text);
                if (problem != null) {
                    throw new RuleViolation("district", problem);
                }
                yield text;
            }
            case ZIP_AS_WRITTEN -> text.length() <= ColumnType.ZIP_STAGED_LENGTH ? text
                    : text.substring(0, ColumnType.ZIP_STAGED_LENGTH);
        };
    }

    /**
     * An optional minus sign, 1 to {@code wholeDigits} ASCII digits, and, when {@code fractionDigits} is above 0,
     * optionally a point with 1 to {@code fractionDigits} digits: what the patterns {@code -?\d{1,W}(\.\d{1,F})?}
     * matched, without a regular expression per value (ingest checks several per record).
     */
    static boolean isNumber(String text, int wholeDigits, int fractionDigits) {
        int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int point = fractionDigits > 0 ? text.indexOf('.', start) : -1;
        if (point < 0) {
            return isDigits(text, start, text.length(), 1, wholeDigits);
        }
        return isDigits(text, start, point, 1, wholeDigits)
                && isDigits(text, point + 1, text.length(), 1, fractionDigits);
    }

    /** Whether {@code text[from, to)} is {@code min} to {@code max} ASCII digits. */
    static boolean isDigits(String text, int from, int to, int min, int max) {
        int length = to - from;
        if (length < min || length > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the ASCII digits {@code text[from, to)} (checked by {@link #isDateShape}). */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Exactly {@code yyyy-MM-dd} in ASCII digits: a four-digit year, no sign. */
    private static boolean isDateShape(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isDigits(text, 0, 4, 4, 4)
                && isDigits(text, 5, 7, 2, 2) && isDigits(text, 8, 10, 2, 2);
    }

    private static void checkBounds(ColumnSpec column, BigDecimal value) {
        if (column.min() != null) {
            int cmp = value.compareTo(BigDecimal.valueOf(column.min()));
            if (column.minExclusive() && cmp <= 0) {
                throw new RuleViolation("range", "must be greater than " + column.min()
                        + (column.max() == null ? "" : " and at most " + column.max()));
            }
            if (cmp < 0) {
                throw new RuleViolation("range", column.max() == null ? "must be at least " + column.min()
                        : "must be between " + column.min() + " and " + column.max());
            }
        }
        if (column.max() != null && value.compareTo(BigDecimal.valueOf(column.max())) > 0) {
            throw new RuleViolation("range", column.minExclusive() ? "must be greater than " + column.min()
                    + " and at most " + column.max() : "must be between " + column.min() + " and " + column.max());
        }
    }

    /** A broken rule while parsing one value; becomes a {@link Rejection}. */
    static final class RuleViolation extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String rule;

        RuleViolation(String rule, String message) {
            super(message, null, false, false);
            this.rule = rule;
        }
    }
}
