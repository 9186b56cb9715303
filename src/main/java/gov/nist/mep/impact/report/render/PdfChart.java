package gov.nist.mep.impact.report.render;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * A chart for the PDF: drawn as vectors through a Graphics2D in a box of the given size (points), tagged as a Figure
 * with its alternate text, and always followed by its data table.
 *
 * @param alt the alternate text a screen reader speaks for the figure
 * @param width width in points
 * @param height height in points
 * @param painter draws the chart into a Graphics2D whose box is (0, 0, width, height)
 * @param data the chart's figures as a table, printed under it
 */
public record PdfChart(String alt, float width, float height, Consumer<Graphics2D> painter, PdfTable data) {
}
