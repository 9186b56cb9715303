package gov.nist.mep.impact.report.render;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * Draws native (XDDF) charts that read a table's cells. Charts need XSSF sheets (a streaming sheet cannot hold one).
 * Ids of drawings, charts and axes follow creation order, so the same workbook gives the same XML.
 */
final class XlsxCharts {

    /** Dark blue series on white: contrast about 9:1; the chart's meaning never rests on colour. */
    private static final byte[] SERIES_COLOR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    /** Width of a chart, in characters of the default font (about 6.5 inches). */
    static final int CHART_WIDTH = 90;
    static final int CHART_ROWS = 22;

    private XlsxCharts() {
    }

    /**
     * Draws the chart of rows {@code firstRow..lastRow} (0-based sheet rows) from column A of {@code row} across
     * {@code columns} columns. Anchored absolutely, so filtering the table neither moves nor squeezes it.
     */
    static void draw(XSSFSheet sheet, XlsxChart spec, int categoryColumn, boolean numericCategories, int valueColumn,
            int firstRow, int lastRow, int row, int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, columns, row + CHART_ROWS);
        anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        CTNonVisualDrawingProps frame = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr()
                .getCNvPr();
        frame.setId(drawing.getCharts().size()); // POI leaves 0; shape ids start at 1, in creation order
        frame.setName(spec.title());
        frame.setDescr(spec.altText());

        boolean bar = spec.kind() == XlsxChart.Kind.BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(bar ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(bar ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (spec.categoryAxisTitle() != null) {
            categories.setTitle(spec.categoryAxisTitle());
        }
        if (spec.valueAxisTitle() != null) {
            values.setTitle(spec.valueAxisTitle());
        }
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (spec.kind() != XlsxChart.Kind.LINE) {
            values.setCrossBetween(AxisCrossBetween.BETWEEN); // whole bars at both ends, not half bars
        }
        if (bar) {
            // first table row at the top, as in the table; the value axis stays at the bottom
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }

        CellRangeAddress categoryCells = new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn);
        XDDFDataSource<?> categoryData = numericCategories
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, categoryCells)
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryCells);
        XDDFNumericalDataSource<Double> valueData = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn));

        boolean line = spec.kind() == XlsxChart.Kind.LINE;
        XDDFChartData data = chart.createData(line ? ChartTypes.LINE : ChartTypes.BAR, categories, values);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categoryData, valueData);
        series.setTitle(spec.valueHeader(), new CellReference(sheet.getSheetName(), firstRow - 1, valueColumn, true,
                true));
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOR));
        if (data instanceof XDDFBarChartData barData) {
            barData.setBarDirection(bar ? BarDirection.BAR : BarDirection.COL);
            barData.setGapWidth(60);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill);
            series.setShapeProperties(shape);
        } else if (series instanceof XDDFLineChartData.Series lineSeries) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(2.25);
            lineSeries.setLineProperties(stroke);
            lineSeries.setSmooth(false);
            lineSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(data);
    }
}
