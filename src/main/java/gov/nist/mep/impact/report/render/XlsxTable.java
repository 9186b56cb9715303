package gov.nist.mep.impact.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * One table, written as its own sheet: a bold, frozen header row, an auto-filter over the table, a number format per
 * column, explicit column widths, footnotes below the table and, optionally, native charts below the footnotes.
 *
 * <p>Disclosure control: with {@link #suppressWhen} the table blanks the impact columns of the rows the predicate
 * selects, marks them {@value DisplayFormat#SUPPRESSED} in a last "Note" column and explains the rule in a footnote.
 *
 * <pre>
 * XlsxTable.of("States", metrics.states())
 *         .column("State", 8, XlsxFormat.TEXT, StateFigures::state)
 *         .impact("New sales", 16, XlsxFormat.MONEY, s -&gt; s.figures().newSales())
 *         .suppressWhen(StateFigures::suppressed, "(D): withheld, fewer than 3 clients responded ...");
 * </pre>
 */
public final class XlsxTable<T> {

    static final String NOTE_HEADER = "Note";
    static final int NOTE_WIDTH = 6;

    private final String sheetName;
    private final List<T> rows;
    private final List<XlsxColumn<T>> columns = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<XlsxChart> charts = new ArrayList<>();
    private Predicate<? super T> suppressed;
    private String suppressionFootnote;

    private XlsxTable(String sheetName, List<T> rows) {
        WorkbookUtil.validateSheetName(sheetName);
        this.sheetName = sheetName;
        this.rows = List.copyOf(rows);
    }

    /** A table of these rows, in this order, on a sheet of this name (at most 31 characters). */
    public static <T> XlsxTable<T> of(String sheetName, List<T> rows) {
        return new XlsxTable<>(sheetName, rows);
    }

    public XlsxTable<T> column(XlsxColumn<T> column) {
        if (columns.stream().anyMatch(c -> c.header().equals(column.header()))) {
            throw new IllegalArgumentException("sheet '" + sheetName + "' has two columns '" + column.header() + "'");
        }
        columns.add(column);
        return this;
    }

    public XlsxTable<T> column(String header, int width, XlsxFormat format, Function<? super T, ?> value) {
        return column(XlsxColumn.of(header, width, format, value));
    }

    /** An impact column: blank in suppressed rows. */
    public XlsxTable<T> impact(String header, int width, XlsxFormat format, Function<? super T, ?> value) {
        return column(XlsxColumn.impact(header, width, format, value));
    }

    /** Adds a group of columns a report defines once for several tables (e.g. its impact columns). */
    public XlsxTable<T> columns(UnaryOperator<XlsxTable<T>> group) {
        return group.apply(this);
    }

    /** Blanks the impact columns of the rows {@code rule} selects, marks them and adds {@code footnote}. */
    public XlsxTable<T> suppressWhen(Predicate<? super T> rule, String footnote) {
        this.suppressed = Objects.requireNonNull(rule, "rule");
        this.suppressionFootnote = Objects.requireNonNull(footnote, "footnote");
        return this;
    }

    /** A line of text below the table (a blank row separates it from the table, outside the auto-filter). */
    public XlsxTable<T> footnote(String text) {
        footnotes.add(Objects.requireNonNull(text, "text"));
        return this;
    }

    public XlsxTable<T> chart(XlsxChart chart) {
        columnIndex(chart.categoryHeader());
        columnIndex(chart.valueHeader());
        charts.add(chart);
        return this;
    }

    String sheetName() {
        return sheetName;
    }

    List<T> rows() {
        return rows;
    }

    List<XlsxColumn<T>> columns() {
        return List.copyOf(columns);
    }

    boolean hasSuppression() {
        return suppressed != null;
    }

    boolean isSuppressed(T row) {
        return suppressed != null && suppressed.test(row);
    }

    /** The suppression footnote first, then the others in the order given. */
    List<String> footnotes() {
        List<String> all = new ArrayList<>();
        if (suppressionFootnote != null) {
            all.add(suppressionFootnote);
        }
        all.addAll(footnotes);
        return all;
    }

    List<XlsxChart> charts() {
        return List.copyOf(charts);
    }

    int columnIndex(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("sheet '" + sheetName + "' has no column '" + header + "'");
    }
}
