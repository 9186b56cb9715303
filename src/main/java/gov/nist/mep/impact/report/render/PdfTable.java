package gov.nist.mep.impact.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the PDF: header cells, body rows, and notes printed under it. Rows never split; a table longer than a
 * page continues on the next with its header row repeated (as an artifact, so screen readers hear it once).
 *
 * @param columns column headers, relative widths and alignment
 * @param rows body rows, one cell per column
 * @param rowHeaders whether the first cell of each row heads its row (tagged TH with row scope)
 * @param notes notes printed under the table: a marker used in its cells and the template footnote that explains it
 * @param headline a row of headline figures: its body cells are printed large (a page's few figures to read first)
 */
public record PdfTable(List<Column> columns, List<Row> rows, boolean rowHeaders, List<Note> notes, boolean headline) {

    /** A marker used in cells (e.g. "(D)") and the id of the template footnote that explains it. */
    public record Note(String marker, String footnote) {
    }

    /** How a column's cells align: text left, numbers right, short codes and flags centred. */
    public enum Align {
        LEFT, RIGHT, CENTRE
    }

    /** A column: its header, its relative width, and how its cells align. */
    public record Column(String header, float width, Align align) {
    }

    /** A body row; a total row is printed bold. */
    public record Row(List<String> cells, boolean total) {
    }

    public PdfTable {
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + r.cells() + " has " + r.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** A table of ordinary cells. */
    public PdfTable(List<Column> columns, List<Row> rows, boolean rowHeaders, List<Note> notes) {
        this(columns, rows, rowHeaders, notes, false);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private boolean rowHeaders = true;
        private boolean headline;

        public Builder text(String header, float width) {
            columns.add(new Column(header, width, Align.LEFT));
            return this;
        }

        public Builder number(String header, float width) {
            columns.add(new Column(header, width, Align.RIGHT));
            return this;
        }

        /** A column of short codes or flags (a state, Yes/No), centred. */
        public Builder code(String header, float width) {
            columns.add(new Column(header, width, Align.CENTRE));
            return this;
        }

        public Builder row(String... cells) {
            rows.add(new Row(List.of(cells), false));
            return this;
        }

        public Builder row(List<String> cells) {
            rows.add(new Row(List.copyOf(cells), false));
            return this;
        }

        public Builder total(String... cells) {
            rows.add(new Row(List.of(cells), true));
            return this;
        }

        /** Adds a note under the table (once, however many cells carry the marker). */
        public Builder note(String marker, String footnote) {
            Note note = new Note(marker, footnote);
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        public Builder noRowHeaders() {
            rowHeaders = false;
            return this;
        }

        /**
         * Headline figures: each column a figure, its header the label, its one body row the figure printed large (no
         * row headers: the labels head their columns).
         */
        public Builder headline() {
            headline = true;
            rowHeaders = false;
            return this;
        }

        public PdfTable build() {
            return new PdfTable(columns, rows, rowHeaders, notes, headline);
        }
    }
}
