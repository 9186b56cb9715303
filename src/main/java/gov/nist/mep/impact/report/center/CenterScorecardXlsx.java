package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.metrics.CenterFigure;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversight.Flag;
import gov.nist.mep.impact.metrics.CenterOversight.PeerGroup;
import gov.nist.mep.impact.metrics.CenterOversight.Score;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.ReportWorkbook;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.XlsxColumn;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.XlsxNotes;
import gov.nist.mep.impact.report.render.XlsxTable;
import gov.nist.mep.impact.report.render.XlsxWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * The center scorecard workbook of one fiscal year ({@code center-scorecard-FYN.xlsx}): one row per center with every
 * scorecard figure and, for each ranked figure, the center's rank and percentile among all centers and among its host
 * type; outliers highlighted by conditional formatting with the configured thresholds (and listed in words in the
 * last column and on the Outliers sheet, so the meaning never rests on colour); rejects by rule; the peer medians; a
 * Notes sheet from {@code center-report/xlsx-notes.md}. Renders the oversight model only.
 */
public final class CenterScorecardXlsx {

    static final String SCORECARD = "Scorecard";
    static final String REJECTS = "Rejects by rule";
    static final String OUTLIERS = "Outliers";
    static final String MEDIANS = "Peer medians";
    static final String NOTES_SHEET = ReportWorkbook.NOTES_SHEET;
    static final String NOTES_FILE = ReportWorkbook.NOTES_FILE;
    static final String FOLDER = "center-report";
    /** Columns before the figures: center ID, name, state, host type, recompeted. */
    static final int LEADING_COLUMNS = 5;
    static final String RANK = ": rank";
    static final String PERCENTILE = ": percentile";
    static final String HOST_RANK = ": host-type rank";
    static final String HOST_PERCENTILE = ": host-type percentile";
    static final String SUPPRESSION_NOTE = "(D): withheld to avoid disclosing what individual clients reported: fewer"
            + " than %d clients of the center completed the survey, or its figures would let a reader work out those"
            + " of such a center by subtraction; the center is not ranked on these figures.";
    static final String CHANGE_NOTE = "(D) in a change column: the center's survey figures of FY%d are withheld, and"
            + " the change would give them back (previous = current / (1 + change)).";

    private final Path templatesFolder;
    private final ProgramRules rules;

    public CenterScorecardXlsx(Path templatesFolder, ProgramRules rules) {
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public void write(CenterOversight oversight, OutputStream out) throws IOException {
        XlsxNotes notes = XlsxNotes.read(XlsxNotes.locate(templatesFolder, FOLDER, NOTES_FILE, "center scorecard"),
                placeholders(oversight, rules));
        try (XlsxWorkbook book = new XlsxWorkbook(properties(oversight.fiscalYear()))) {
            book.add(scorecard(oversight));
            highlightOutliers(book.sheet(SCORECARD), oversight);
            book.add(rejects(oversight));
            book.add(outliers(oversight));
            book.add(medians(oversight));
            book.addNotes(NOTES_SHEET, notes);
            book.write(out);
        }
    }

    /** The problem of the scorecard's Notes text (missing, unreadable, an unknown placeholder), if any. */
    public List<String> check(OversightThresholds thresholds) {
        try {
            XlsxNotes.read(XlsxNotes.locate(templatesFolder, FOLDER, NOTES_FILE, "center scorecard"),
                    placeholders(EmptyModels.oversight(thresholds), rules));
            return List.of();
        } catch (TemplateException e) {
            return List.of(e.getMessage());
        }
    }

    static XlsxDocumentProperties properties(int year) {
        String fy = "FY" + year;
        return new XlsxDocumentProperties("MEP Center Scorecard " + fy,
                "Every MEP center's figures of fiscal year " + year + ", ranked among all centers and its host type",
                "MEP Impact", "MEP; center oversight; scorecard; " + fy + "; cost share; reporting timeliness",
                "One row per center. Every figure comes from metrics-" + fy + ".json (centerOversight); the Notes sheet"
                        + " gives the definitions and the outlier thresholds.",
                FiscalYear.end(year));
    }

    /** The values the notes may name: year, thresholds and program rules. */
    static Map<String, String> placeholders(CenterOversight o, ProgramRules rules) {
        OversightThresholds t = o.thresholds();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("fiscalYear", Integer.toString(o.fiscalYear()));
        v.put("previousFiscalYear", Integer.toString(o.fiscalYear() - 1));
        v.put("lateShareAbove", OversightWording.percent(t.lateShareAbove()));
        v.put("rejectedShareAbove", OversightWording.percent(t.rejectedShareAbove()));
        v.put("responseRateBelow", OversightWording.percent(t.responseRateBelow()));
        v.put("responseRateDropBelow", String.format(java.util.Locale.US, "%.1f", -t.responseRateDropBelow() * 100));
        v.put("peerPercentileLow", OversightWording.ordinal(t.peerPercentileLow()));
        v.put("peerPercentileHigh", OversightWording.ordinal(t.peerPercentileHigh()));
        v.put("peerPercentileMinCenters", Integer.toString(t.peerPercentileMinCenters()));
        v.put("peerMedianDistanceIqr", OversightWording.iqrs(t.peerMedianDistanceIqr()));
        v.put("suppressionThreshold", Integer.toString(rules.suppressionThreshold()));
        v.put("lateAfterDays", Integer.toString(rules.lateAfterDays()));
        v.put("employeeLimit", Long.toString(rules.employeeLimit()));
        v.put("eligibleNaicsPrefixes", String.join(", ", rules.eligibleNaicsPrefixes()));
        return v;
    }

    XlsxTable<CenterScorecard> scorecard(CenterOversight o) {
        XlsxTable<CenterScorecard> t = XlsxTable.of(SCORECARD, o.centers())
                .column("Center ID", 9, XlsxFormat.TEXT, CenterScorecard::centerId)
                .column("Center", 34, XlsxFormat.WRAPPED_TEXT, CenterScorecard::centerName)
                .column("State", 6, XlsxFormat.FLAG, CenterScorecard::state)
                .column("Host type", 12, XlsxFormat.TEXT, CenterScorecard::hostType)
                .column("Recompeted", 11, XlsxFormat.FLAG, CenterScorecard::recompeted);
        for (CenterFigure f : CenterFigure.values()) {
            XlsxFormat format = OversightWording.format(f);
            // a withheld figure of a published row (a change from a withheld year) shows the marker; a withheld row's
            // survey columns are blank, marked in its Note column
            add(t, CenterFigureLabels.label(f), 14, format, c -> c.score(f).withheld() ? DisplayFormat.SUPPRESSED
                    : c.score(f).value(), f.fromResponses());
            if (f.ranked()) {
                add(t, CenterFigureLabels.label(f) + RANK, 9, XlsxFormat.COUNT, c -> c.score(f).rank(), f.fromResponses());
                add(t, CenterFigureLabels.label(f) + PERCENTILE, 11, XlsxFormat.DECIMAL, c -> c.score(f).percentile(),
                        f.fromResponses());
                add(t, CenterFigureLabels.label(f) + HOST_RANK, 10, XlsxFormat.COUNT, c -> c.score(f).hostTypeRank(),
                        f.fromResponses());
                add(t, CenterFigureLabels.label(f) + HOST_PERCENTILE, 11, XlsxFormat.DECIMAL,
                        c -> c.score(f).hostTypePercentile(), f.fromResponses());
            }
        }
        t.column("Outliers", 60, XlsxFormat.WRAPPED_TEXT, c -> c.flags().isEmpty() ? null
                : c.flags().stream().map(OversightWording::flag).collect(Collectors.joining("; ")));
        t.suppressWhen(CenterScorecard::suppressed, String.format(SUPPRESSION_NOTE, rules.suppressionThreshold()));
        t.footnote(String.format(CHANGE_NOTE, o.fiscalYear() - 1));
        t.footnote("Rank 1 is the largest value; tied centers share the best rank. Percentile: the share of the other"
                + " ranked centers (of all centers, or of the center's host type) with a smaller value, 0 to 100.");
        t.footnote("Rejected, superseded and submitted records cover the whole extract (every year); the other"
                + " figures cover FY" + o.fiscalYear() + ". Highlighted cells are the outliers listed in the last"
                + " column; the thresholds are on the Notes sheet.");
        return t;
    }

    private static void add(XlsxTable<CenterScorecard> t, String header, int width, XlsxFormat format,
            Function<CenterScorecard, Object> value, boolean fromResponses) {
        if (fromResponses) {
            t.impact(header, width, format, value);
        } else {
            t.column(header, width, format, value);
        }
    }

    /** The scorecard column (0-based) of a figure's value, or of one of its rank columns (offset 1 to 4). */
    static int column(CenterFigure figure, int offset) {
        int c = LEADING_COLUMNS;
        for (CenterFigure f : CenterFigure.values()) {
            if (f == figure) {
                return c + offset;
            }
            c += f.ranked() ? 5 : 1;
        }
        throw new IllegalArgumentException(figure.name());
    }

    /** Conditional formatting: the same thresholds as the model's flags, as formulas over the cells. */
    private static void highlightOutliers(XSSFSheet sheet, CenterOversight o) {
        int rows = o.centers().size();
        if (rows == 0) {
            return;
        }
        OversightThresholds t = o.thresholds();
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        rule(cf, CenterFigure.LATE_SHARE, 0, rows, "%1$s>" + t.lateShareAbove());
        rule(cf, CenterFigure.REJECTED_SHARE, 0, rows, "%1$s>" + t.rejectedShareAbove());
        rule(cf, CenterFigure.RESPONSE_RATE, 0, rows, "%1$s<" + t.responseRateBelow());
        rule(cf, CenterFigure.RESPONSE_RATE_CHANGE, 0, rows, "%1$s<" + t.responseRateDropBelow());
        String cap = "$" + CellReference.convertNumToColString(column(CenterFigure.FEDERAL_SHARE_CAP, 0)) + "2";
        rule(cf, CenterFigure.FEDERAL_SHARE, 0, rows, "%1$s>" + cap);
        // the peer rule depends on the size of the host type (percentile, or distance from the median in interquartile
        // ranges): the value is highlighted when the Outliers column names the figure
        String outliers = "$" + CellReference.convertNumToColString(outliersColumn()) + "2";
        for (CenterFigure f : List.of(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR, CenterFigure.FEDERAL_COST_PER_JOB)) {
            rule(cf, f, 0, rows, "ISNUMBER(SEARCH(\"" + CenterFigureLabels.label(f) + "\"," + outliers + "))");
        }
    }

    /** The scorecard column (0-based) of the outliers in words, after every figure. */
    static int outliersColumn() {
        CenterFigure[] all = CenterFigure.values();
        CenterFigure last = all[all.length - 1];
        return column(last, last.ranked() ? 5 : 1);
    }

    private static void rule(XSSFSheetConditionalFormatting cf, CenterFigure figure, int offset, int rows,
            String condition) {
        int column = column(figure, offset);
        String cell = "$" + CellReference.convertNumToColString(column) + "2";
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(
                "AND(ISNUMBER(" + cell + ")," + String.format(condition, cell) + ")");
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        var font = rule.createFontFormatting();
        font.setFontColor(new XSSFColor(new byte[] {(byte) 0x9C, 0x00, 0x06}));
        font.setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows, column, column)},
                new ConditionalFormattingRule[] {rule});
    }

    /** One rule's rejected records of one center. */
    record RuleCount(String centerId, String centerName, String rule, long rejected, Double shareOfRecords) {
    }

    private static XlsxTable<RuleCount> rejects(CenterOversight o) {
        List<RuleCount> rows = new ArrayList<>();
        for (CenterScorecard c : o.centers()) {
            Number submitted = c.score(CenterFigure.RECORDS_SUBMITTED).value();
            c.rejectsByRule().forEach((rule, n) -> rows.add(new RuleCount(c.centerId(), c.centerName(), rule, n,
                    submitted == null || submitted.longValue() == 0 ? null
                            : (double) n / submitted.longValue())));
        }
        return XlsxTable.of(REJECTS, rows)
                .column("Center ID", 9, XlsxFormat.TEXT, RuleCount::centerId)
                .column("Center", 34, XlsxFormat.TEXT, RuleCount::centerName)
                .column("Rule", 26, XlsxFormat.TEXT, RuleCount::rule)
                .column("Rejected records", 11, XlsxFormat.COUNT, RuleCount::rejected)
                .column("Share of the center's records", 13, XlsxFormat.PERCENT, RuleCount::shareOfRecords)
                .footnote("Records of the whole extract that name the center; each center's file of its own rejected"
                        + " records, with the rule explained, is center-feedback/<CENTER_ID>-FY" + o.fiscalYear()
                        + ".xlsx.");
    }

    /** One outlier of one center. */
    record Outlier(String centerId, String centerName, String hostType, CenterFigure figure, Number value,
            String why) {
    }

    private static XlsxTable<Outlier> outliers(CenterOversight o) {
        List<Outlier> rows = new ArrayList<>();
        for (CenterScorecard c : o.centers()) {
            for (Flag f : c.flags()) {
                Score s = c.score(f.figure());
                rows.add(new Outlier(c.centerId(), c.centerName(), c.hostType(), f.figure(), s.value(),
                        OversightWording.flag(f)));
            }
        }
        return XlsxTable.of(OUTLIERS, rows)
                .column("Center ID", 9, XlsxFormat.TEXT, Outlier::centerId)
                .column("Center", 34, XlsxFormat.TEXT, Outlier::centerName)
                .column("Host type", 12, XlsxFormat.TEXT, Outlier::hostType)
                .column("Figure", 30, XlsxFormat.TEXT, r -> CenterFigureLabels.label(r.figure()))
                .column(XlsxColumn.varying("Value", 14, r -> OversightWording.format(r.figure()), Outlier::value))
                .column("Why it is flagged", 70, XlsxFormat.WRAPPED_TEXT, Outlier::why);
    }

    private static XlsxTable<CenterFigure> medians(CenterOversight o) {
        List<CenterFigure> figures = List.of(CenterFigure.values()).stream().filter(CenterFigure::ranked).toList();
        XlsxTable<CenterFigure> t = XlsxTable.of(MEDIANS, figures)
                .column("Figure", 34, XlsxFormat.TEXT, CenterFigure::label);
        for (PeerGroup g : o.peerGroups()) {
            String header = (CenterOversight.ALL_CENTERS.equals(g.name()) ? "All centers" : g.name()) + " ("
                    + g.centers() + ")";
            t.column(XlsxColumn.varying(header, 16, OversightWording::format, f -> g.medians().get(f)));
        }
        return t.footnote("The median over the centers of the group that have a value (a center with fewer than the"
                + " suppression threshold of responding clients has none for survey impacts). The number of centers"
                + " of each group is in brackets.");
    }
}
