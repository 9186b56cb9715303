package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.ReportedImpact.COST_SAVINGS;
import static gov.nist.mep.impact.report.ReportedImpact.INVESTMENT;
import static gov.nist.mep.impact.report.ReportedImpact.JOBS_CREATED;
import static gov.nist.mep.impact.report.ReportedImpact.JOBS_RETAINED;
import static gov.nist.mep.impact.report.ReportedImpact.NEW_SALES;
import static gov.nist.mep.impact.report.render.DisplayFormat.SUPPRESSED;
import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.label;
import static gov.nist.mep.impact.report.render.DisplayFormat.moneyShort;
import static gov.nist.mep.impact.report.render.DisplayFormat.percent;
import static gov.nist.mep.impact.report.render.DisplayFormat.perDollar;
import static gov.nist.mep.impact.report.render.DisplayFormat.perJob;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.Charts;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.TemplateParts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The impact report's tables and charts, by the names templates use. Cells format what the model holds; the only
 * arithmetic is grouping for display (shading classes of the state map) and scaling money to millions on a chart axis.
 */
final class ImpactReportPdfTables {

    private static final float CHART_WIDTH = 470;

    private final ImpactMetrics metrics;
    private final TemplateParts parts = new TemplateParts();

    ImpactReportPdfTables(ImpactMetrics metrics) {
        this.metrics = metrics;
        parts.table("headline-impacts", this::headlineImpacts)
                .table("headline-ratios", this::headlineRatios)
                .table("trend", this::trend)
                .table("impacts-by-state", this::impactsByState)
                .table("impacts-by-center", this::impactsByCenter)
                .table("impacts-by-category", this::impactsByCategory)
                .table("response-rates-by-state", this::responseRates)
                .table("impact-distribution", this::distribution)
                .table("estimated-totals", this::estimatedTotals)
                .table("winsorised-totals", this::winsorised)
                .table("nonresponse-by-category", () -> nonresponseShares(true))
                .table("nonresponse-by-size", () -> nonresponseShares(false))
                .table("nonresponse-measures", this::nonresponseMeasures)
                .chart("trend-new-sales", this::trendChart)
                .chart("state-map", this::stateMap);
    }

    /** The tables and charts by the names templates use. */
    TemplateParts parts() {
        return parts;
    }

    // ---------------------------------------------------------------- headline

    private PdfTable headlineImpacts() {
        GroupFigures f = metrics.national().figures();
        PdfTable.Builder t = PdfTable.builder().text("Reported impact", 3).number("National total", 1.6f);
        for (ReportedImpact impact : ReportedImpact.values()) {
            Object value = impact.valueOf(f);
            t.row(impact.label(), impact.isJobs() ? count((Long) value) : DisplayFormat.money((BigDecimal) value));
        }
        return t.build();
    }

    private PdfTable headlineRatios() {
        NationalFigures n = metrics.national();
        return PdfTable.builder()
                .text("Ratio", 2.6f).number("Over the appropriation", 1.7f)
                .number("Over federal funds awarded to centers", 1.9f)
                .row("New sales per dollar", perDollar(n.newSalesPerAppropriationDollar()),
                        perDollar(n.funding().newSalesPerFederalDollar()))
                .row("New client investment per dollar", perDollar(n.investmentPerAppropriationDollar()),
                        perDollar(n.funding().investmentPerFederalDollar()))
                .row("Cost savings per dollar", perDollar(n.costSavingsPerAppropriationDollar()),
                        perDollar(n.funding().costSavingsPerFederalDollar()))
                .row("Dollars per job created or retained", perJob(n.appropriationCostPerJob()),
                        perJob(n.funding().federalCostPerJob()))
                .row("Denominator", DisplayFormat.money(n.appropriation()),
                        DisplayFormat.money(n.funding().federalFunds()))
                .build();
    }

    // ---------------------------------------------------------------- trend

    private List<NationalFigures> trendYears() {
        return metrics.trend() == null ? List.of() : metrics.trend();
    }

    private PdfTable trend() {
        PdfTable.Builder t = PdfTable.builder().text("Fiscal year", 0.8f).number("Clients served", 1)
                .number(NEW_SALES.label(), 1).number(INVESTMENT.label(), 1).number(JOBS_CREATED.label(), 0.9f)
                .number(JOBS_RETAINED.label(), 0.9f).number("New sales per dollar appropriated", 1.2f)
                .number("New sales per federal dollar to centers", 1.3f);
        for (NationalFigures n : trendYears()) {
            GroupFigures f = n.figures();
            t.row("FY" + n.fiscalYear(), count(f.clientsServed()), moneyShort(f.newSales()),
                    moneyShort(f.investment()), count(f.jobsCreated()), count(f.jobsRetained()),
                    perDollar(n.newSalesPerAppropriationDollar()), perDollar(n.funding().newSalesPerFederalDollar()));
        }
        if (trendYears().isEmpty()) {
            t.row("None", "", "", "", "", "", "", "");
        }
        return t.build();
    }

    private PdfChart trendChart() {
        List<Charts.Bar> bars = new ArrayList<>();
        for (NationalFigures n : trendYears()) {
            bars.add(new Charts.Bar("FY" + n.fiscalYear(), Charts.millions(n.figures().newSales())));
        }
        List<NationalFigures> years = trendYears();
        String alt = years.isEmpty() ? "Bar chart of new sales by fiscal year; the extract has no years."
                : "Bar chart of reported new sales by fiscal year, FY" + years.get(0).fiscalYear() + " to FY"
                        + years.get(years.size() - 1).fiscalYear() + ", in millions of dollars. FY"
                        + metrics.fiscalYear() + ": " + DisplayFormat.money(metrics.national().figures().newSales())
                        + ". The table that follows gives every year's figures.";
        return new PdfChart(alt, CHART_WIDTH, 220, Charts.bars(bars, "New sales ($ millions)",
                Charts.dollarTicks(), false, CHART_WIDTH, 220),
                trend());
    }

    // ---------------------------------------------------------------- groups

    /** Impact cells of a group, or "(D)" in each when the group is suppressed. */
    private static List<String> impactCells(GroupFigures f, boolean suppressed, PdfTable.Builder t) {
        if (suppressed) {
            t.note(SUPPRESSED, Suppression.FOOTNOTE);
            return List.of(SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED);
        }
        return List.of(moneyShort(f.newSales()), moneyShort(f.costSavings()), moneyShort(f.investment()),
                count(f.jobsCreated()), count(f.jobsRetained()));
    }

    private static List<String> nationalCells(GroupFigures n) {
        return List.of(moneyShort(n.newSales()), moneyShort(n.costSavings()), moneyShort(n.investment()),
                count(n.jobsCreated()), count(n.jobsRetained()));
    }

    private static PdfTable.Builder impactColumns(PdfTable.Builder t) {
        return t.number(NEW_SALES.label(), 1.1f).number(COST_SAVINGS.label(), 1.1f).number(INVESTMENT.label(), 1.1f)
                .number(JOBS_CREATED.label(), 0.9f).number(JOBS_RETAINED.label(), 0.9f);
    }

    private PdfTable impactsByState() {
        PdfTable.Builder t = impactColumns(PdfTable.builder().code("State", 0.7f).number("Centers", 0.8f)
                .number("Responding clients", 1.25f));
        for (StateFigures s : metrics.states()) {
            List<String> cells = new ArrayList<>(List.of(s.state(), count(s.centers()),
                    count(s.figures().respondingClients())));
            cells.addAll(impactCells(s.figures(), s.suppressed(), t));
            t.row(cells);
        }
        NationalFigures n = metrics.national();
        List<String> total = new ArrayList<>(List.of("All states", count(n.centers()),
                count(n.figures().respondingClients())));
        total.addAll(nationalCells(n.figures()));
        t.total(total.toArray(String[]::new));
        return t.build();
    }

    private PdfChart stateMap() {
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> classes = new TreeMap<>();
        BigDecimal[] bounds = {new BigDecimal("10000000"), new BigDecimal("50000000"), new BigDecimal("200000000")};
        for (StateFigures s : metrics.states()) {
            if (s.suppressed()) {
                values.put(s.state(), SUPPRESSED);
                continue;
            }
            BigDecimal sales = s.figures().newSales() == null ? BigDecimal.ZERO : s.figures().newSales();
            int shade = 0;
            while (shade < bounds.length && sales.compareTo(bounds[shade]) >= 0) {
                shade++;
            }
            values.put(s.state(), moneyShort(s.figures().newSales()));
            classes.put(s.state(), shade);
        }
        List<String> labels = List.of("1: under $10M", "2: $10M to under $50M", "3: $50M to under $200M",
                "4: $200M or more");
        long shown = classes.size();
        String alt = "Tile map of the United States, one square per state, showing each state's reported new sales "
                + "in FY" + metrics.fiscalYear() + " as text and as one of four shades: class 1 under $10 million, "
                + "class 2 $10 to $50 million, class 3 $50 to $200 million, class 4 $200 million or more. "
                + count(shown) + " states are shown with figures; " + count(values.size() - shown)
                + " are withheld (D). The table that follows lists every state.";
        return new PdfChart(alt, CHART_WIDTH, 320, Charts.shadedStateTiles(values, classes, labels, CHART_WIDTH, 320),
                impactsByState());
    }

    private PdfTable impactsByCenter() {
        PdfTable.Builder t = impactColumns(PdfTable.builder().text("Center", 2.6f).code("State", 0.6f)
                .number("Responding clients", 1.25f));
        for (CenterFigures c : metrics.centers()) {
            List<String> cells = new ArrayList<>(List.of(c.centerName(), c.state(),
                    count(c.figures().respondingClients())));
            cells.addAll(impactCells(c.figures(), c.suppressed(), t));
            t.row(cells);
        }
        List<String> total = new ArrayList<>(List.of("All centers", "",
                count(metrics.national().figures().respondingClients())));
        total.addAll(nationalCells(metrics.national().figures()));
        t.total(total.toArray(String[]::new));
        return t.build();
    }

    private PdfTable impactsByCategory() {
        PdfTable.Builder t = impactColumns(PdfTable.builder().text("Service category", 2.2f)
                .number("Responding clients", 1));
        for (CategoryFigures c : metrics.serviceCategories()) {
            List<String> cells = new ArrayList<>(List.of(label(c.serviceCategory()),
                    count(c.figures().respondingClients())));
            cells.addAll(impactCells(c.figures(), c.suppressed(), t));
            t.row(cells);
        }
        List<String> total = new ArrayList<>(List.of("All services",
                count(metrics.national().figures().respondingClients())));
        total.addAll(nationalCells(metrics.national().figures()));
        t.total(total.toArray(String[]::new));
        return t.build();
    }

    private PdfTable responseRates() {
        PdfTable.Builder t = PdfTable.builder().code("State", 0.8f).number("Surveys fielded", 1.2f)
                .number("Surveys completed", 1.2f).number("Response rate", 1.1f);
        for (StateFigures s : metrics.states()) {
            GroupFigures f = s.figures();
            t.row(s.state(), count(f.surveysFielded()), count(f.surveysCompleted()), percent(f.responseRate()));
        }
        GroupFigures n = metrics.national().figures();
        t.total("All states", count(n.surveysFielded()), count(n.surveysCompleted()), percent(n.responseRate()));
        return t.build();
    }

    // ---------------------------------------------------------------- estimates

    private List<Map.Entry<ReportedImpact, Estimates.ImpactEstimate>> estimates() {
        Estimates e = metrics.estimates();
        List<Map.Entry<ReportedImpact, Estimates.ImpactEstimate>> list = new ArrayList<>();
        if (e == null || e.impacts() == null) {
            return list;
        }
        for (ReportedImpact impact : ReportedImpact.values()) {
            Estimates.ImpactEstimate i = e.impacts().get(impact.key());
            if (i != null) {
                list.add(Map.entry(impact, i));
            }
        }
        return list;
    }

    /** Money in short form, jobs as whole numbers (the model holds job estimates to one decimal). */
    private static String amount(ReportedImpact impact, BigDecimal v) {
        if (v == null) {
            return DisplayFormat.MISSING;
        }
        return impact.isJobs() ? DisplayFormat.format(DisplayFormat.Kind.WHOLE, v) : moneyShort(v);
    }

    private PdfTable distribution() {
        PdfTable.Builder t = PdfTable.builder().text("Impact per responding client", 1.6f)
                .number("Responding clients", 1).number("Mean", 0.9f).number("Median", 0.9f)
                .number("90th percentile", 1).number("99th percentile", 1).number("Share reporting zero", 1);
        for (Map.Entry<ReportedImpact, Estimates.ImpactEstimate> e : estimates()) {
            Estimates.Distribution d = e.getValue().perRespondingClient();
            if (d == null) {
                continue;
            }
            ReportedImpact k = e.getKey();
            t.row(k.label(), count(d.respondingClients()), amount(k, d.mean()), amount(k, d.median()),
                    amount(k, d.percentile90()), amount(k, d.percentile99()), percent(d.shareOfZeros()));
        }
        if (estimates().isEmpty()) {
            t.row("None", "", "", "", "", "", "");
        }
        return t.build();
    }

    private PdfTable estimatedTotals() {
        PdfTable.Builder t = PdfTable.builder().text("Impact", 1.4f).number("Reported total (respondents only)", 1.3f)
                .number("Estimated total (estimate)", 1.3f).number("95% interval, lower (estimate)", 1.3f)
                .number("95% interval, upper (estimate)", 1.3f);
        for (Map.Entry<ReportedImpact, Estimates.ImpactEstimate> e : estimates()) {
            Estimates.ImpactEstimate i = e.getValue();
            ReportedImpact k = e.getKey();
            t.row(k.label(), amount(k, i.reportedTotal()), amount(k, i.estimatedTotal()),
                    amount(k, i.confidenceLower()), amount(k, i.confidenceUpper()));
        }
        if (estimates().isEmpty()) {
            t.row("None", "", "", "", "");
        }
        return t.build();
    }

    private PdfTable winsorised() {
        PdfTable.Builder t = PdfTable.builder().text("Impact", 1.4f).number("Cap per record", 1.1f)
                .number("Records capped", 1).number("Reported total, capped", 1.3f)
                .number("Estimated total, capped (estimate)", 1.4f);
        for (Map.Entry<ReportedImpact, Estimates.ImpactEstimate> e : estimates()) {
            Estimates.Winsorised w = e.getValue().winsorised();
            if (w == null) {
                continue;
            }
            ReportedImpact k = e.getKey();
            t.row(k.label(), amount(k, w.cap()), count(w.recordsCapped()), amount(k, w.reportedTotal()),
                    amount(k, w.estimatedTotal()));
        }
        if (estimates().isEmpty()) {
            t.row("None", "", "", "", "");
        }
        return t.build();
    }

    private PdfTable nonresponseShares(boolean byCategory) {
        PdfTable.Builder t = PdfTable.builder().text(byCategory ? "Service category" : "Client size (employees)", 2)
                .number("Respondents", 1).number("Share of respondents", 1.1f).number("Non-respondents", 1.3f)
                .number("Share of non-respondents", 1.4f).number("Response rate", 1);
        Estimates e = metrics.estimates();
        List<Estimates.NonresponseShare> shares = e == null || e.nonresponse() == null ? List.of()
                : byCategory ? e.nonresponse().serviceCategories() : e.nonresponse().sizeBands();
        for (Estimates.NonresponseShare s : shares) {
            t.row(byCategory ? label(s.group()) : s.group(), count(s.respondents()), percent(s.respondentShare()),
                    count(s.nonrespondents()), percent(s.nonrespondentShare()), percent(s.responseRate()));
        }
        if (shares.isEmpty()) {
            t.row("None", "", "", "", "", "");
        }
        return t.build();
    }

    private PdfTable nonresponseMeasures() {
        PdfTable.Builder t = PdfTable.builder().text("Measure", 1.6f).number("Respondents: mean", 1)
                .number("Respondents: median", 1).number("Non-respondents: mean", 1.1f)
                .number("Non-respondents: median", 1.1f);
        Estimates e = metrics.estimates();
        if (e != null && e.nonresponse() != null) {
            measure(t, "Employees", e.nonresponse().employees());
            measure(t, "Project hours", e.nonresponse().projectHours());
        } else {
            t.row("None", "", "", "", "");
        }
        return t.build();
    }

    private static void measure(PdfTable.Builder t, String name, Estimates.NonresponseMeasure m) {
        if (m == null) {
            return;
        }
        t.row(name, decimal(m.respondentMean()), decimal(m.respondentMedian()), decimal(m.nonrespondentMean()),
                decimal(m.nonrespondentMedian()));
    }

    private static String decimal(BigDecimal v) {
        return DisplayFormat.format(DisplayFormat.Kind.DECIMAL, v);
    }
}
