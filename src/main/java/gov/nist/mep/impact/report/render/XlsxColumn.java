package gov.nist.mep.impact.report.render;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table sheet: its header, its width in characters, how each row's cell is formatted and what it
 * holds. A value may be null (blank cell), a {@link Number} ({@link java.math.BigDecimal} included; numeric cell), a
 * {@link Boolean} ("Yes" / "No") or text.
 *
 * @param disclosureControlled an impact figure: blank in a row the table suppresses
 */
public record XlsxColumn<T>(String header, int width, Function<? super T, XlsxFormat> format,
        Function<? super T, ?> value, boolean disclosureControlled) {

    public XlsxColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(format, "format of column " + header);
        Objects.requireNonNull(value, "value of column " + header);
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column '" + header + "': width must be 1..255 characters, not " + width);
        }
    }

    /** A column with one format for every row. */
    public static <T> XlsxColumn<T> of(String header, int width, XlsxFormat format, Function<? super T, ?> value) {
        return new XlsxColumn<>(header, width, row -> format, value, false);
    }

    /** An impact column: blank in suppressed rows (disclosure control). */
    public static <T> XlsxColumn<T> impact(String header, int width, XlsxFormat format, Function<? super T, ?> value) {
        return new XlsxColumn<>(header, width, row -> format, value, true);
    }

    /** A column whose format depends on the row (a list of figures of different kinds). */
    public static <T> XlsxColumn<T> varying(String header, int width, Function<? super T, XlsxFormat> format,
            Function<? super T, ?> value) {
        return new XlsxColumn<>(header, width, format, value, false);
    }
}
