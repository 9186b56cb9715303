package gov.nist.mep.impact.report.render;

import java.util.Objects;

/**
 * A native chart of one value column of a table against its category column, drawn below the table. The chart
 * reads the sheet's cells, so it always shows the table's figures.
 *
 * @param kind bar (horizontal bars, for long category names), column (vertical bars, for years with gaps) or line
 * @param categoryHeader header of the column that holds the categories
 * @param valueHeader header of the column that holds the values
 * @param valueAxisTitle the value axis title, with its unit
 * @param altText a description for screen readers (the data are the table above the chart)
 */
public record XlsxChart(Kind kind, String title, String categoryHeader, String valueHeader, String categoryAxisTitle,
        String valueAxisTitle, String altText) {

    /** The chart types the reports use. */
    public enum Kind {
        BAR, COLUMN, LINE
    }

    public XlsxChart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryHeader, "categoryHeader");
        Objects.requireNonNull(valueHeader, "valueHeader");
        Objects.requireNonNull(altText, "altText of chart " + title);
    }
}
