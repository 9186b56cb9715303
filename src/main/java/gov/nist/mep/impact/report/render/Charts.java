package gov.nist.mep.impact.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Vector charts for the PDF (JFreeChart drawn through OpenPDF's PdfGraphics2D): plain bars in colours with at least
 * 3:1 contrast against white, labels in the embedded Liberation Sans, no meaning carried by colour alone (one series
 * per chart, values in the data table beside it).
 */
public final class Charts {

    /** Bar fill: dark blue, 9.4:1 against white. */
    public static final Color BAR = new Color(0x1F, 0x4E, 0x79);
    private static final Color GRID = new Color(0xC8, 0xCE, 0xD6);
    private static final Color LABEL = new Color(0x33, 0x33, 0x33);
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    /** One bar: its category label and value. */
    public record Bar(String label, double value) {
    }

    private Charts() {
    }

    /** Money scaled to millions for a value axis (a missing amount is drawn as zero); the axis says "$ millions". */
    public static double millions(BigDecimal amount) {
        return amount == null ? 0 : amount.divide(MILLION, 6, RoundingMode.HALF_UP).doubleValue();
    }

    /** The tick labels of a value axis in whole dollars (of the axis's unit): $1,234. */
    public static NumberFormat dollarTicks() {
        return new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    }

    /**
     * A bar chart of one series.
     *
     * @param bars the bars in order
     * @param valueAxis the value axis label (with its unit)
     * @param format the tick label format of the value axis
     * @param horizontal bars along the x axis (long category names) instead of columns
     * @param width width in points
     * @param height height in points
     */
    public static Consumer<Graphics2D> bars(List<Bar> bars, String valueAxis, NumberFormat format, boolean horizontal,
            float width, float height) {
        return g -> {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (Bar b : bars) {
                data.addValue(b.value(), "series", b.label());
            }
            CategoryAxis categories = new CategoryAxis(null);
            NumberAxis values = new NumberAxis(valueAxis);
            values.setNumberFormatOverride(format);
            values.setAutoRangeIncludesZero(true);
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setSeriesPaint(0, BAR);
            renderer.setMaximumBarWidth(0.08);
            renderer.setItemMargin(0);
            CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
            plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(GRID);
            plot.setRangeGridlineStroke(new BasicStroke(0.5f));
            plot.setDomainGridlinesVisible(false);
            plot.setInsets(new RectangleInsets(4, 4, 4, 12));
            style(categories, values, horizontal, bars.size());
            JFreeChart chart = new JFreeChart(null, null, plot, false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setAntiAlias(true);
            chart.setTextAntiAlias(true);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        };
    }

    private static void style(CategoryAxis categories, NumberAxis values, boolean horizontal, int count) {
        Font tick = Fonts.awt(Fonts.Face.SANS, 8);
        Font label = Fonts.awt(Fonts.Face.SANS, 8.5f);
        categories.setTickLabelFont(tick);
        categories.setTickLabelPaint(LABEL);
        categories.setAxisLinePaint(LABEL);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        categories.setMaximumCategoryLabelLines(2);
        if (!horizontal && count > 10) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        values.setTickLabelFont(tick);
        values.setTickLabelPaint(LABEL);
        values.setLabelFont(label);
        values.setLabelPaint(LABEL);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
    }

    /**
     * A tile-grid map of states: one square per state in its approximate place, with its code and a count written in
     * it (the count is text, not colour). States absent from {@code counts} are drawn as outlines.
     *
     * @param counts the number to show per state code
     * @param legend a line under the map saying what the number is
     */
    public static Consumer<Graphics2D> stateTiles(java.util.Map<String, Long> counts, String legend, float width,
            float height) {
        return g -> {
            float rows = 8;
            float columns = 11;
            float legendHeight = 16;
            float size = Math.min(width / columns, (height - legendHeight) / rows);
            float gap = size * 0.08f;
            float left = (width - size * columns) / 2;
            Font code = Fonts.awt(Fonts.Face.SANS_BOLD, Math.max(7, size * 0.26f));
            Font number = Fonts.awt(Fonts.Face.SANS, Math.max(7, size * 0.24f));
            g.setStroke(new BasicStroke(0.75f));
            for (StateTile tile : StateTile.values()) {
                float x = left + tile.column * size;
                float y = tile.row * size;
                Rectangle2D box = new Rectangle2D.Float(x + gap / 2, y + gap / 2, size - gap, size - gap);
                Long n = counts.get(tile.name());
                if (n != null) {
                    g.setColor(new Color(0xDE, 0xE5, 0xEF));
                    g.fill(box);
                    g.setColor(BAR);
                    g.draw(box);
                    g.setColor(new Color(0x1A, 0x1A, 0x1A));
                } else {
                    g.setColor(GRID);
                    g.draw(box);
                    g.setColor(new Color(0x59, 0x59, 0x59));
                }
                centred(g, code, tile.name(), x + size / 2, y + size * 0.45f);
                if (n != null) {
                    centred(g, number, Long.toString(n), x + size / 2, y + size * 0.78f);
                }
            }
            g.setColor(LABEL);
            centred(g, Fonts.awt(Fonts.Face.SANS, 8.5f), legend, width / 2, rows * size + legendHeight - 3);
        };
    }

    /** Shades of the classes of {@link #shadedStateTiles}, light to dark. */
    private static final Color[] SHADES = {new Color(0xF2, 0xF5, 0xF9), new Color(0xC6, 0xD4, 0xE6),
        new Color(0x7F, 0x9F, 0xC6), new Color(0x1F, 0x4E, 0x79)};

    /**
     * A tile-grid map of states shaded by classes of a figure: each square shows the state's code and its value as
     * text (so the map does not rely on colour), and its class number; the legend under the map names every class by
     * its number, shade and range. States absent from {@code values} are drawn as outlines.
     *
     * @param values the text to print per state code (e.g. "$12.3M" or "(D)")
     * @param classes the class (0 to 3, light to dark) per state code; a state without a class is drawn unshaded
     * @param classLabels what each class means, e.g. "1: under $10M"; at most four
     */
    public static Consumer<Graphics2D> shadedStateTiles(java.util.Map<String, String> values,
            java.util.Map<String, Integer> classes, List<String> classLabels, float width, float height) {
        return g -> {
            float rows = 8;
            float columns = 11;
            float legendHeight = 34;
            float size = Math.min(width / columns, (height - legendHeight) / rows);
            float gap = size * 0.08f;
            float left = (width - size * columns) / 2;
            Font code = Fonts.awt(Fonts.Face.SANS_BOLD, Math.max(6.5f, size * 0.24f));
            Font number = Fonts.awt(Fonts.Face.SANS, Math.max(6f, size * 0.2f));
            g.setStroke(new BasicStroke(0.75f));
            for (StateTile tile : StateTile.values()) {
                float x = left + tile.column * size;
                float y = tile.row * size;
                Rectangle2D box = new Rectangle2D.Float(x + gap / 2, y + gap / 2, size - gap, size - gap);
                String value = values.get(tile.name());
                Integer shade = classes.get(tile.name());
                if (value != null) {
                    g.setColor(shade == null ? Color.WHITE : SHADES[Math.min(shade, SHADES.length - 1)]);
                    g.fill(box);
                    g.setColor(BAR);
                    g.draw(box);
                    g.setColor(shade != null && shade >= 2 ? Color.WHITE : new Color(0x1A, 0x1A, 0x1A));
                } else {
                    g.setColor(GRID);
                    g.draw(box);
                    g.setColor(new Color(0x59, 0x59, 0x59));
                }
                centred(g, code, shade == null ? tile.name() : tile.name() + " " + (shade + 1), x + size / 2,
                        y + size * 0.42f);
                if (value != null) {
                    centred(g, number, value, x + size / 2, y + size * 0.75f);
                }
            }
            Font legend = Fonts.awt(Fonts.Face.SANS, 8);
            float swatch = 10;
            float slot = width / Math.max(1, classLabels.size());
            float top = rows * size + 8;
            for (int i = 0; i < classLabels.size(); i++) {
                float x = i * slot + 4;
                Rectangle2D box = new Rectangle2D.Float(x, top, swatch, swatch);
                g.setColor(SHADES[Math.min(i, SHADES.length - 1)]);
                g.fill(box);
                g.setColor(BAR);
                g.draw(box);
                g.setColor(LABEL);
                g.setFont(legend);
                g.drawString(classLabels.get(i), x + swatch + 4, top + swatch - 1);
            }
            centred(g, legend, "Each square: state code, class number, and the figure.", width / 2,
                    top + swatch + 14);
        };
    }

    private static void centred(Graphics2D g, Font font, String text, float cx, float baseline) {
        g.setFont(font);
        float w = (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        g.drawString(text, cx - w / 2, baseline);
    }

    /** Where each state sits in the tile grid (row, column), after the common tile-grid layout of US maps. */
    enum StateTile {
        AK(0, 0), ME(0, 10),
        VT(1, 9), NH(1, 10),
        WA(2, 0), ID(2, 1), MT(2, 2), ND(2, 3), MN(2, 4), IL(2, 5), WI(2, 6), MI(2, 7), NY(2, 8), RI(2, 9), MA(2, 10),
        OR(3, 0), NV(3, 1), WY(3, 2), SD(3, 3), IA(3, 4), IN(3, 5), OH(3, 6), PA(3, 7), NJ(3, 8), CT(3, 9),
        CA(4, 0), UT(4, 1), CO(4, 2), NE(4, 3), MO(4, 4), KY(4, 5), WV(4, 6), VA(4, 7), MD(4, 8), DE(4, 9),
        AZ(5, 1), NM(5, 2), KS(5, 3), AR(5, 4), TN(5, 5), NC(5, 6), SC(5, 7), DC(5, 8),
        OK(6, 3), LA(6, 4), MS(6, 5), AL(6, 6), GA(6, 7),
        HI(7, 0), TX(7, 3), FL(7, 8), PR(7, 10);

        private final int row;
        private final int column;

        StateTile(int row, int column) {
            this.row = row;
            this.column = column;
        }
    }
}
