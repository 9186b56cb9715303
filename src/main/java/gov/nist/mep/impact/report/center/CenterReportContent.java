package gov.nist.mep.impact.report.center;

import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.dollars;
import static gov.nist.mep.impact.report.render.DisplayFormat.money;

import gov.nist.mep.impact.metrics.CenterFigure;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversight.PeerGroup;
import gov.nist.mep.impact.metrics.CenterOversight.Score;
import gov.nist.mep.impact.metrics.CenterOversight.ServiceMix;
import gov.nist.mep.impact.metrics.CenterOversight.TrendYear;
import gov.nist.mep.impact.metrics.Disclosure;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.SuccessStory;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.Charts;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.PlaceholderCollection;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.ReportTemplateContent;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The center reports' figures and tables: the report's figures (fiscal year, national), the collection
 * {@code centers} with each center's figures, and tables and a chart that show the center of the
 * {@code [each: centers]} item they stand in. Everything is formatted from the oversight model and the metrics model.
 */
final class CenterReportContent implements ReportTemplateContent {

    static final String SUPPRESSED = DisplayFormat.SUPPRESSED;
    static final String SUPPRESSED_NOTE = Suppression.FOOTNOTE;
    private static final String ID = "center.id";
    /** The tables and the chart a center report's template can name (each shows the center of its item). */
    private static final Set<String> TABLES = Set.of("center-figures", "center-compliance", "center-services",
            "center-stories");
    private static final Set<String> CHARTS = Set.of("center-trend");
    private static final float CHART_WIDTH = 460;
    private static final float CHART_HEIGHT = 70;
    /** The figures of the comparison table, in print order. */
    private static final List<CenterFigure> COMPARED = List.of(CenterFigure.CLIENTS_SERVED, CenterFigure.NEW_CLIENTS,
            CenterFigure.REPEAT_CLIENTS, CenterFigure.PROJECTS_COMPLETED, CenterFigure.CLIENT_FEES,
            CenterFigure.FEDERAL_FUNDS, CenterFigure.NON_FEDERAL_FUNDS, CenterFigure.RESPONSE_RATE,
            CenterFigure.NET_PROMOTER_SCORE, CenterFigure.NEW_SALES, CenterFigure.RETAINED_SALES,
            CenterFigure.COST_SAVINGS, CenterFigure.INVESTMENT, CenterFigure.JOBS_CREATED, CenterFigure.JOBS_RETAINED,
            CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR, CenterFigure.FEDERAL_COST_PER_JOB);
    /** Characters of each part of a success story on the page; longer ones end at a word with an ellipsis. */
    static final int STORY_PART = 220;

    private final ImpactMetrics metrics;
    private final CenterOversight oversight;
    private final List<CenterScorecard> centers;

    CenterReportContent(ImpactMetrics metrics, CenterOversight oversight, List<CenterScorecard> centers) {
        this.metrics = metrics;
        this.oversight = oversight;
        this.centers = List.copyOf(centers);
    }

    @Override
    public PlaceholderValues figures() {
        return ModelPlaceholders.of(metrics);
    }

    private PlaceholderValues center(CenterScorecard c) {
        PlaceholderValues v = new PlaceholderValues();
        v.text(ID, c.centerId());
        v.text("center.name", c.centerName());
        v.text("center.state", c.state());
        v.text("center.hostType", c.hostType().toLowerCase(Locale.ROOT));
        v.put("center.regionalOffices", Kind.COUNT, c.regionalOffices() == null ? null : (long) c.regionalOffices());
        Number award = c.scores().isEmpty() ? null : c.score(CenterFigure.AWARD_YEAR).value();
        v.put("center.awardYear", Kind.COUNT, award == null ? null : award.longValue());
        v.text("center.recompeted", c.recompeted() ? "re-competed" : "not re-competed");
        v.count("center.hostTypeCenters", c.hostType().isEmpty() ? 0 : oversight.peerGroup(c.hostType()).centers());
        v.count("center.outliers", c.flags().size());
        v.count("center.stories", stories(c.centerId()).size());
        return v;
    }

    private CenterScorecard prototype() {
        return new CenterScorecard("", "", "", "", null, false, null, Disclosure.PUBLISHED, List.of(), List.of(),
                java.util.Map.of(), List.of(), List.of());
    }

    @Override
    public Optional<PlaceholderCollection> collection(String name) {
        if (!name.equals("centers")) {
            return Optional.empty();
        }
        List<PlaceholderValues> items = centers.stream().map(this::center).toList();
        return Optional.of(new PlaceholderCollection(center(prototype()), items));
    }

    @Override
    public Optional<PdfTable> table(String name) {
        return table(name, new PlaceholderValues());
    }

    @Override
    public Set<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> charts() {
        return CHARTS;
    }

    @Override
    public Set<String> collections() {
        return Set.of("centers");
    }

    @Override
    public Optional<PdfTable> table(String name, PlaceholderValues figures) {
        CenterScorecard c = current(figures);
        return switch (name) {
            case "center-figures" -> Optional.of(c == null ? empty() : comparison(c));
            case "center-compliance" -> Optional.of(c == null ? empty() : compliance(c));
            case "center-services" -> Optional.of(c == null ? empty() : services(c));
            case "center-stories" -> Optional.of(c == null ? empty() : stories(c));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<PdfChart> chart(String name) {
        return chart(name, new PlaceholderValues());
    }

    @Override
    public Optional<PdfChart> chart(String name, PlaceholderValues figures) {
        if (!name.equals("center-trend")) {
            return Optional.empty();
        }
        CenterScorecard c = current(figures);
        return Optional.of(trend(c == null ? prototype() : c));
    }

    @Override
    public Set<String> footnotesNeeded() {
        return Set.of(SUPPRESSED_NOTE, OversightWording.FLAG_NOTE);
    }

    private CenterScorecard current(PlaceholderValues figures) {
        Object id = figures.names().contains(ID) ? figures.value(ID) : null;
        return centers.stream().filter(x -> x.centerId().equals(id)).findFirst().orElse(null);
    }

    private static PdfTable empty() {
        return PdfTable.builder().text("Figure", 1).number("Value", 1).row("None", "").build();
    }

    // ---------------------------------------------------------------- tables

    private PdfTable comparison(CenterScorecard c) {
        PeerGroup peers = oversight.peerGroup(c.hostType());
        PeerGroup all = oversight.peerGroup(CenterOversight.ALL_CENTERS);
        PdfTable.Builder t = PdfTable.builder().text("Figure", 2.4f).number(c.centerId(), 1.3f)
                .number("Median, " + c.hostType().toLowerCase(Locale.ROOT) + " centers (" + peers.centers() + ")",
                        1.4f)
                .number("Median, all centers (" + all.centers() + ")", 1.4f).number("Rank among all", 1.0f)
                .number("Rank, host type", 1.0f);
        for (CenterFigure f : COMPARED) {
            Score s = c.score(f);
            boolean withheld = s.withheld();
            if (withheld) {
                t.note(SUPPRESSED, SUPPRESSED_NOTE);
            }
            String mark = "";
            if (c.flagged(f)) {
                mark = " " + OversightWording.FLAG_MARK;
                t.note(OversightWording.FLAG_MARK, OversightWording.FLAG_NOTE);
            }
            t.row(CenterFigureLabels.label(f), withheld ? SUPPRESSED : format(f, s.value()) + mark,
                    format(f, peers.medians().get(f)), format(f, all.medians().get(f)), rank(s.rank(), s.ranked()),
                    rank(s.hostTypeRank(), s.hostTypeRanked()));
        }
        return t.build();
    }

    private static String rank(Integer rank, int of) {
        return rank == null ? "" : rank + " of " + of;
    }

    private PdfTable compliance(CenterScorecard c) {
        PdfTable.Builder t = PdfTable.builder().text("Compliance and data quality", 2.2f).number("Center", 1.0f)
                .text("Against", 3.8f);
        Score share = c.score(CenterFigure.FEDERAL_SHARE);
        if (!c.flags().isEmpty()) {
            t.note(OversightWording.FLAG_MARK, OversightWording.FLAG_NOTE);
        }
        t.row("Federal share of all funds", format(CenterFigure.FEDERAL_SHARE, share.value())
                + (c.flagged(CenterFigure.FEDERAL_SHARE) ? " " + OversightWording.FLAG_MARK : ""),
                "Cap " + format(CenterFigure.FEDERAL_SHARE_CAP, c.score(CenterFigure.FEDERAL_SHARE_CAP).value())
                        + " in award year " + format(CenterFigure.AWARD_YEAR, c.score(CenterFigure.AWARD_YEAR).value())
                        + (c.recompeted() ? " (re-competed)" : "") + "; cost share met: "
                        + DisplayFormat.yesNo(c.costShareCompliant()));
        row(t, c, CenterFigure.LATE_REPORTS, "Completed projects of FY" + oversight.fiscalYear());
        row(t, c, CenterFigure.LATE_SHARE, "Flagged above " + OversightWording.percent(
                oversight.thresholds().lateShareAbove()));
        row(t, c, CenterFigure.RECORDS_SUBMITTED, "Whole extract, every year");
        row(t, c, CenterFigure.REJECTED_RECORDS, rejectsByRule(c));
        row(t, c, CenterFigure.REJECTED_SHARE, "Flagged above " + OversightWording.percent(
                oversight.thresholds().rejectedShareAbove()));
        row(t, c, CenterFigure.SUPERSEDED_RECORDS, "Replaced by a later record of the same key");
        row(t, c, CenterFigure.RESPONSE_RATE, "Flagged below " + OversightWording.percent(
                oversight.thresholds().responseRateBelow()));
        row(t, c, CenterFigure.RESPONSE_RATE_CHANGE, "From FY" + (oversight.fiscalYear() - 1));
        if (c.flags().isEmpty()) {
            t.row("Outliers", "None", "Thresholds on the scorecard's Notes sheet");
        } else {
            t.row("Outliers " + OversightWording.FLAG_MARK, count(c.flags().size()),
                    String.join("; ", c.flags().stream().map(OversightWording::flag).toList()));
        }
        return t.build();
    }

    private static String rejectsByRule(CenterScorecard c) {
        if (c.rejectsByRule().isEmpty()) {
            return "None";
        }
        List<String> parts = new ArrayList<>();
        c.rejectsByRule().forEach((rule, n) -> parts.add(rule + " " + count(n)));
        return "By rule: " + String.join(", ", parts);
    }

    private static void row(PdfTable.Builder t, CenterScorecard c, CenterFigure f, String against) {
        Score s = c.score(f);
        t.row(CenterFigureLabels.label(f), format(f, s.value()) + (c.flagged(f) ? " " + OversightWording.FLAG_MARK : ""),
                against);
    }

    private PdfTable services(CenterScorecard c) {
        PdfTable.Builder t = PdfTable.builder().text("Service category", 2.4f).number("Projects completed", 1.2f)
                .number("Hours (staff and third-party)", 1.4f);
        for (ServiceMix s : c.services()) {
            t.row(DisplayFormat.label(s.serviceCategory()), count(s.projectsCompleted()),
                    DisplayFormat.format(Kind.WHOLE, s.hours()));
        }
        if (c.services().isEmpty()) {
            t.row("No project of an eligible client completed", "", "");
        }
        return t.build();
    }

    private List<SuccessStory> stories(String centerId) {
        return metrics.successStories().stream().filter(s -> s.centerId().equals(centerId)).toList();
    }

    /** One row per story (title and client, then challenge, solution and results), so that several fit. */
    private PdfTable stories(CenterScorecard c) {
        PdfTable.Builder t = PdfTable.builder().text("Story", 1.7f).text("Challenge, solution and results", 4.3f);
        for (SuccessStory s : stories(c.centerId())) {
            t.row(s.title() + " (" + s.clientName() + ")", "Challenge: " + abridged(s.challenge()) + " Solution: "
                    + abridged(s.solution()) + " Results: " + abridged(s.results()));
        }
        if (stories(c.centerId()).isEmpty()) {
            t.row("None", "The center released no success story for FY" + oversight.fiscalYear() + ".");
        }
        return t.build();
    }

    /** The text, or its first words up to {@link #STORY_PART} characters and an ellipsis. */
    static String abridged(String text) {
        return DisplayFormat.abridged(text, STORY_PART);
    }

    private PdfChart trend(CenterScorecard c) {
        List<Charts.Bar> bars = new ArrayList<>();
        PdfTable.Builder data = PdfTable.builder().text("Fiscal year", 1.0f).number("Clients served", 1.1f)
                .number("Projects completed", 1.1f).number("New sales", 1.4f)
                .number("Jobs created or retained", 1.3f).number("Federal funds", 1.4f);
        for (TrendYear y : c.trend()) {
            bars.add(new Charts.Bar("FY" + y.fiscalYear(), y.clientsServed()));
            if (y.suppressed()) {
                data.note(SUPPRESSED, SUPPRESSED_NOTE);
            }
            data.row("FY" + y.fiscalYear(), count(y.clientsServed()), count(y.projectsCompleted()),
                    y.suppressed() ? SUPPRESSED : money(y.newSales()),
                    y.suppressed() ? SUPPRESSED : count(y.jobsCreatedOrRetained()), dollars(y.federalFunds()));
        }
        if (c.trend().isEmpty()) {
            data.row("None", "", "", "", "", "");
        }
        String alt = c.trend().isEmpty() ? "Bar chart of clients served by fiscal year; no year."
                : "Bar chart of the clients " + c.centerName() + " served in each fiscal year, FY"
                        + c.trend().get(0).fiscalYear() + " to FY" + c.trend().get(c.trend().size() - 1).fiscalYear()
                        + ": " + String.join(", ", c.trend().stream().map(y -> "FY" + y.fiscalYear() + " "
                                + count(y.clientsServed())).toList()) + ". The table that follows gives every year's"
                        + " figures.";
        return new PdfChart(alt, CHART_WIDTH, CHART_HEIGHT, Charts.bars(bars, "Clients served",
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)), false, CHART_WIDTH,
                CHART_HEIGHT), data.build());
    }

    /** A figure's value as the reports print it; blank when the model has none. */
    static String format(CenterFigure f, Object value) {
        if (value == null) {
            return DisplayFormat.MISSING;
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return switch (f.unit()) {
            // a median of counts may fall between two (3.5 clients): one decimal then, never cut to 3
            case COUNT -> d.stripTrailingZeros().scale() <= 0 ? count(d.longValue())
                    : DisplayFormat.format(Kind.DECIMAL, d);
            case HOURS -> DisplayFormat.format(Kind.WHOLE, d);
            case MONEY -> dollars(d);
            case MONEY_RATIO -> DisplayFormat.format(Kind.PER_DOLLAR, d.doubleValue());
            case PERCENT -> f == CenterFigure.RESPONSE_RATE_CHANGE
                    ? String.format(Locale.US, "%+.1f points", d.doubleValue() * 100)
                    : DisplayFormat.percent(d.doubleValue());
            case SCORE -> DisplayFormat.score(d.doubleValue());
        };
    }
}
