package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.XlsxChart;
import gov.nist.mep.impact.report.render.XlsxColumn;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the Socio-economic Impact Report workbook, in sheet order, each straight from the metrics model: no
 * figure is computed here. Reported totals (sums over completed surveys) and survey estimates are on separate sheets,
 * and every estimate is labelled as one.
 */
final class ImpactReportXlsxTables {

    static final String HEADLINE = "Headline impacts";
    static final String TREND = "Trend";
    static final String STATES = "States";
    static final String STATE_PREFIX = "State ";
    static final String CENTERS = "Centers";
    static final String SERVICE_CATEGORIES = "Service categories";
    static final String SURVEY_RESPONSE = "Survey response";
    static final String DISTRIBUTION = "Distribution";
    static final String ESTIMATES = "Estimates";
    static final String ESTIMATION_METHOD = "Estimation method";
    static final String NONRESPONSE = "Nonresponse";
    static final String NONRESPONSE_MEASURES = "Nonresponse size and hours";

    static final String NATIONAL = "National";
    static final String STATE = "State";
    static final String CENTER = "Center";
    private static final int MAX_SHEET_NAME = 31;
    private static final String NO_ESTIMATES = "The metrics of this year have no estimates section: no table.";

    private final ImpactMetrics metrics;
    private final ProgramRules rules;
    private final String fy;
    private final EconomyWideText economyWide;

    /** @param economyWide the economy-wide sheets' words ({@code economy-wide-text.md}) */
    ImpactReportXlsxTables(ImpactMetrics metrics, ProgramRules rules, EconomyWideText economyWide) {
        this.metrics = metrics;
        this.rules = rules;
        this.economyWide = economyWide;
        this.fy = "FY" + metrics.fiscalYear();
    }

    List<XlsxTable<?>> all() {
        List<XlsxTable<?>> tables = new ArrayList<>();
        tables.add(headline());
        tables.add(trend());
        tables.add(states());
        for (StateFigures state : metrics.states()) {
            tables.add(stateSummary(state));
        }
        tables.add(centers());
        tables.add(serviceCategories());
        tables.add(surveyResponse());
        tables.add(distribution());
        tables.add(estimates());
        tables.add(estimationMethod());
        tables.add(nonresponse());
        tables.add(nonresponseMeasures());
        tables.addAll(EconomyWideXlsxTables.of(metrics, rules, economyWide));
        return tables;
    }

    /** One national figure of the year, with the denominator of a ratio or rate. */
    record Figure(String label, XlsxFormat format, Object value, String denominator) {
    }

    XlsxTable<Figure> headline() {
        NationalFigures n = metrics.national();
        GroupFigures f = n.figures();
        Funding money = n.funding();
        String federal = "Federal funds awarded to centers";
        String appropriation = "Appropriation";
        String jobs = "Jobs created + jobs retained";
        List<Figure> rows = List.of(
                new Figure("Centers", XlsxFormat.COUNT, n.centers(), null),
                new Figure("Clients served", XlsxFormat.COUNT, f.clientsServed(), null),
                new Figure("Projects completed", XlsxFormat.COUNT, f.projectsCompleted(), null),
                new Figure("Surveys fielded", XlsxFormat.COUNT, f.surveysFielded(), null),
                new Figure("Surveys completed", XlsxFormat.COUNT, f.surveysCompleted(), null),
                new Figure("Response rate", XlsxFormat.PERCENT, f.responseRate(), "Surveys fielded"),
                new Figure("Responding clients", XlsxFormat.COUNT, f.respondingClients(), null),
                new Figure("New sales", XlsxFormat.MONEY, f.newSales(), null),
                new Figure("Retained sales", XlsxFormat.MONEY, f.retainedSales(), null),
                new Figure("Cost savings", XlsxFormat.MONEY, f.costSavings(), null),
                new Figure(ReportedImpact.INVESTMENT.label(), XlsxFormat.MONEY, f.investment(), null),
                new Figure("Jobs created", XlsxFormat.COUNT, f.jobsCreated(), null),
                new Figure("Jobs retained", XlsxFormat.COUNT, f.jobsRetained(), null),
                new Figure("Net promoter score", XlsxFormat.SCORE, f.netPromoterScore(), null),
                new Figure("Appropriation", XlsxFormat.MONEY, n.appropriation(), null),
                new Figure("Federal funds awarded to centers", XlsxFormat.MONEY, money.federalFunds(), null),
                new Figure("Non-federal funds (state, local, client fees, other income)", XlsxFormat.MONEY,
                        money.nonFederalFunds(), null),
                new Figure("New sales per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.newSalesPerAppropriationDollar(), appropriation),
                new Figure("New sales per dollar of federal funds awarded to centers", XlsxFormat.MONEY_RATIO,
                        money.newSalesPerFederalDollar(), federal),
                new Figure("New client investment per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.investmentPerAppropriationDollar(), appropriation),
                new Figure("New client investment per dollar of federal funds awarded to centers",
                        XlsxFormat.MONEY_RATIO, money.investmentPerFederalDollar(), federal),
                new Figure("Cost savings per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.costSavingsPerAppropriationDollar(), appropriation),
                new Figure("Cost savings per dollar of federal funds awarded to centers", XlsxFormat.MONEY_RATIO,
                        money.costSavingsPerFederalDollar(), federal),
                new Figure("Appropriation per job created or retained", XlsxFormat.MONEY_RATIO,
                        n.appropriationCostPerJob(), jobs),
                new Figure("Federal funds awarded to centers per job created or retained", XlsxFormat.MONEY_RATIO,
                        money.federalCostPerJob(), jobs));
        return XlsxTable.<Figure>of(HEADLINE, rows)
                .column("Figure", 64, XlsxFormat.WRAPPED_TEXT, Figure::label)
                .column("Denominator (ratios and rates)", 32, XlsxFormat.WRAPPED_TEXT, Figure::denominator)
                .column(XlsxColumn.varying(fy, 18, Figure::format, Figure::value))
                .footnote("Reported totals: sums over the surveys completed in " + fy + "; non-respondents are not "
                        + "imputed (see " + ESTIMATES + " for nonresponse-adjusted estimates).")
                .footnote("Two denominators side by side: the appropriation (the program's press figures) and the "
                        + "federal funds awarded to centers (the conservative figures). Each ratio names its denominator.")
                .footnote("Blank: not defined (no appropriation row for the year, or a zero denominator).");
    }

    XlsxTable<NationalFigures> trend() {
        List<NationalFigures> years = metrics.trend() == null ? List.of() : metrics.trend();
        return XlsxTable.of(TREND, years)
                .column("Fiscal year", 8, XlsxFormat.YEAR, NationalFigures::fiscalYear)
                .column("Centers", 8, XlsxFormat.COUNT, NationalFigures::centers)
                .column("Clients served", 10, XlsxFormat.COUNT, n -> n.figures().clientsServed())
                .column("Projects completed", 10, XlsxFormat.COUNT, n -> n.figures().projectsCompleted())
                .column("Surveys fielded", 10, XlsxFormat.COUNT, n -> n.figures().surveysFielded())
                .column("Surveys completed", 10, XlsxFormat.COUNT, n -> n.figures().surveysCompleted())
                .column("Response rate", 9, XlsxFormat.PERCENT, n -> n.figures().responseRate())
                .column("New sales", 16, XlsxFormat.MONEY, n -> n.figures().newSales())
                .column("Retained sales", 16, XlsxFormat.MONEY, n -> n.figures().retainedSales())
                .column("Cost savings", 15, XlsxFormat.MONEY, n -> n.figures().costSavings())
                .column(ReportedImpact.INVESTMENT.label(), 15, XlsxFormat.MONEY, n -> n.figures().investment())
                .column("Jobs created", 9, XlsxFormat.COUNT, n -> n.figures().jobsCreated())
                .column("Jobs retained", 9, XlsxFormat.COUNT, n -> n.figures().jobsRetained())
                .column("Appropriation", 16, XlsxFormat.MONEY, NationalFigures::appropriation)
                .column("Federal funds", 16, XlsxFormat.MONEY, n -> n.funding().federalFunds())
                .column("New sales per appropriation dollar", 13, XlsxFormat.MONEY_RATIO,
                        NationalFigures::newSalesPerAppropriationDollar)
                .column("New sales per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        n -> n.funding().newSalesPerFederalDollar())
                .column("Appropriation per job created or retained", 14, XlsxFormat.MONEY_RATIO,
                        NationalFigures::appropriationCostPerJob)
                .column("Federal funds per job created or retained", 14, XlsxFormat.MONEY_RATIO,
                        n -> n.funding().federalCostPerJob())
                .chart(new XlsxChart(XlsxChart.Kind.LINE, "New sales reported by fiscal year", "Fiscal year",
                        "New sales", "Fiscal year", "New sales (USD)",
                        "Line chart of the new sales reported by responding clients in each fiscal year of the "
                                + "extract; the figures are in the table above."))
                .chart(new XlsxChart(XlsxChart.Kind.COLUMN, "Jobs created by fiscal year", "Fiscal year",
                        "Jobs created", "Fiscal year", "Jobs created",
                        "Column chart of the jobs created reported by responding clients in each fiscal year of the "
                                + "extract; the figures are in the table above."))
                .footnote("Every fiscal year of the extract with center financials; national reported totals, each "
                        + "year computed with the same rules as " + fy + ".")
                .footnote("Blank: not defined (no appropriation row for the year, or a zero denominator).");
    }

    /** A row of the tables of states, centers and a state's summary: the nation, a state or a center. */
    record Area(String level, String id, String name, String state, Integer centers, GroupFigures figures,
            Funding funding, boolean suppressed) {

        static Area of(NationalFigures n) {
            return new Area(NATIONAL, "US", "United States (national)", null, n.centers(), n.figures(), n.funding(),
                    false);
        }

        static Area of(StateFigures s) {
            return new Area(STATE, s.state(), "State " + s.state(), s.state(), s.centers(), s.figures(), s.funding(),
                    s.suppressed());
        }

        static Area of(CenterFigures c) {
            return new Area(CENTER, c.centerId(), c.centerName(), c.state(), null, c.figures(), c.funding(),
                    c.suppressed());
        }
    }

    XlsxTable<Area> states() {
        List<Area> rows = metrics.states().stream().map(Area::of).toList();
        XlsxTable<Area> table = XlsxTable.<Area>of(STATES, rows)
                .column("State", 7, XlsxFormat.TEXT, Area::id)
                .column("Centers", 8, XlsxFormat.COUNT, Area::centers);
        return figures(table)
                .suppressWhen(Area::suppressed, Suppression.xlsxFootnote(rules))
                .footnote(ratioFootnote("the state's centers"))
                .footnote(reportedFootnote());
    }

    /** One state's summary: the state, each of its centers, and the nation for comparison. */
    XlsxTable<Area> stateSummary(StateFigures state) {
        List<Area> rows = new ArrayList<>();
        rows.add(Area.of(state));
        metrics.centers().stream().filter(c -> state.state().equals(c.state())).map(Area::of).forEach(rows::add);
        rows.add(Area.of(metrics.national()));
        XlsxTable<Area> table = XlsxTable.<Area>of(stateSheetName(state.state()), rows)
                .column("Level", 9, XlsxFormat.TEXT, Area::level)
                .column("ID", 8, XlsxFormat.TEXT, Area::id)
                .column("Name", 36, XlsxFormat.WRAPPED_TEXT, Area::name)
                .column("Centers", 8, XlsxFormat.COUNT, Area::centers);
        return figures(table)
                .suppressWhen(Area::suppressed, Suppression.xlsxFootnote(rules))
                .footnote("State " + state.state() + " in " + fy + ": the state's figures (first row), each of its "
                        + state.centers() + " center(s), and the national figures (last row) for comparison.")
                .footnote(ratioFootnote("the row's centers"))
                .footnote(reportedFootnote());
    }

    /** "State OH"; characters a sheet name cannot hold become "_", at most 31 characters. */
    static String stateSheetName(String state) {
        String name = STATE_PREFIX + state.replaceAll("[\\[\\]:*?/\\\\']", "_");
        return name.length() <= MAX_SHEET_NAME ? name : name.substring(0, MAX_SHEET_NAME);
    }

    XlsxTable<Area> centers() {
        List<Area> rows = metrics.centers().stream().map(Area::of).toList();
        XlsxTable<Area> table = XlsxTable.<Area>of(CENTERS, rows)
                .column("Center ID", 10, XlsxFormat.TEXT, Area::id)
                .column("Center", 36, XlsxFormat.WRAPPED_TEXT, Area::name)
                .column("State", 7, XlsxFormat.TEXT, Area::state);
        return figures(table)
                .suppressWhen(Area::suppressed, Suppression.xlsxFootnote(rules))
                .footnote(ratioFootnote("the center"))
                .footnote(reportedFootnote());
    }

    /** The figure columns shared by the States, Centers and state summary sheets. */
    private static XlsxTable<Area> figures(XlsxTable<Area> table) {
        return table
                .column("Clients served", 10, XlsxFormat.COUNT, a -> a.figures().clientsServed())
                .column("Projects completed", 10, XlsxFormat.COUNT, a -> a.figures().projectsCompleted())
                .column("Federal funds", 15, XlsxFormat.MONEY, a -> a.funding().federalFunds())
                .column("Non-federal funds", 15, XlsxFormat.MONEY, a -> a.funding().nonFederalFunds())
                .column("Surveys fielded", 10, XlsxFormat.COUNT, a -> a.figures().surveysFielded())
                .column("Surveys completed", 10, XlsxFormat.COUNT, a -> a.figures().surveysCompleted())
                .column("Response rate", 9, XlsxFormat.PERCENT, a -> a.figures().responseRate())
                .column("Responding clients", 10, XlsxFormat.COUNT, a -> a.figures().respondingClients())
                .columns(ReportedImpact.xlsxColumns(a -> a.figures()))
                .impact("Net promoter score", 10, XlsxFormat.SCORE, a -> a.figures().netPromoterScore())
                .impact("New sales per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        a -> a.funding().newSalesPerFederalDollar())
                .impact("New client investment per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        a -> a.funding().investmentPerFederalDollar())
                .impact("Cost savings per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        a -> a.funding().costSavingsPerFederalDollar())
                .impact("Federal funds per job created or retained", 14, XlsxFormat.MONEY_RATIO,
                        a -> a.funding().federalCostPerJob());
    }

    XlsxTable<CategoryFigures> serviceCategories() {
        return XlsxTable.of(SERVICE_CATEGORIES, metrics.serviceCategories())
                .column("Service category", 26, XlsxFormat.TEXT, c -> DisplayFormat.label(c.serviceCategory()))
                .column("Code", 24, XlsxFormat.TEXT, CategoryFigures::serviceCategory)
                .column("Projects completed", 10, XlsxFormat.COUNT, c -> c.figures().projectsCompleted())
                .column("Clients served", 10, XlsxFormat.COUNT, c -> c.figures().clientsServed())
                .column("Surveys completed", 10, XlsxFormat.COUNT, c -> c.figures().surveysCompleted())
                .column("Responding clients", 10, XlsxFormat.COUNT, c -> c.figures().respondingClients())
                .columns(ReportedImpact.xlsxColumns(c -> c.figures()))
                .impact("Net promoter score", 10, XlsxFormat.SCORE, c -> c.figures().netPromoterScore())
                .suppressWhen(CategoryFigures::suppressed, Suppression.xlsxFootnote(rules))
                .chart(new XlsxChart(XlsxChart.Kind.BAR, "New sales by service category, " + fy, "Service category",
                        "New sales", null, "New sales (USD)",
                        "Bar chart of the new sales reported in " + fy + " by service category; suppressed "
                                + "categories have no bar; the figures are in the table above."))
                .footnote("Impacts reported in the surveys completed in " + fy + ", by the service category of the "
                        + "project surveyed; non-respondents are not imputed. No ratios: funds go to centers, not to "
                        + "services.");
    }

    XlsxTable<Area> surveyResponse() {
        List<Area> rows = new ArrayList<>();
        rows.add(Area.of(metrics.national()));
        metrics.states().stream().map(Area::of).forEach(rows::add);
        metrics.centers().stream().map(Area::of).forEach(rows::add);
        return XlsxTable.<Area>of(SURVEY_RESPONSE, rows)
                .column("Level", 9, XlsxFormat.TEXT, Area::level)
                .column("ID", 8, XlsxFormat.TEXT, Area::id)
                .column("Name", 36, XlsxFormat.WRAPPED_TEXT, Area::name)
                .column("State", 7, XlsxFormat.TEXT, Area::state)
                .column("Surveys fielded", 10, XlsxFormat.COUNT, a -> a.figures().surveysFielded())
                .column("Surveys completed", 10, XlsxFormat.COUNT, a -> a.figures().surveysCompleted())
                .column("Response rate", 9, XlsxFormat.PERCENT, a -> a.figures().responseRate())
                .column("Responding clients", 10, XlsxFormat.COUNT, a -> a.figures().respondingClients())
                .footnote("Survey records of " + fy + " about projects of eligible clients: the nation, each state, "
                        + "each center. Response rate: surveys completed / surveys fielded; blank when none was fielded.");
    }

    /** One impact of the estimates section. */
    record ImpactRow(String label, Estimates.ImpactEstimate estimate) {

        boolean money() {
            return "USD".equals(estimate.unit());
        }

        XlsxFormat amount() {
            return money() ? XlsxFormat.MONEY_RATIO : XlsxFormat.DECIMAL;
        }

        XlsxFormat total() {
            return money() ? XlsxFormat.MONEY : XlsxFormat.DECIMAL;
        }
    }

    private List<ImpactRow> impactRows() {
        if (metrics.estimates() == null || metrics.estimates().impacts() == null) {
            return List.of();
        }
        List<ImpactRow> rows = new ArrayList<>();
        metrics.estimates().impacts().forEach((key, e) -> rows.add(new ImpactRow(ReportedImpact.labelOf(key),
                e)));
        return rows;
    }

    XlsxTable<ImpactRow> distribution() {
        XlsxTable<ImpactRow> table = XlsxTable.<ImpactRow>of(DISTRIBUTION, impactRows())
                .column("Impact", 22, XlsxFormat.TEXT, ImpactRow::label)
                .column("Unit", 6, XlsxFormat.TEXT, r -> r.estimate().unit())
                .column("Responding clients", 10, XlsxFormat.COUNT, r -> distribution(r).respondingClients())
                .column(new XlsxColumn<>("Mean per responding client", 16, ImpactRow::amount,
                        r -> distribution(r).mean(), true))
                .column(new XlsxColumn<>("Median", 14, ImpactRow::amount, r -> distribution(r).median(), true))
                .column(new XlsxColumn<>("90th percentile", 14, ImpactRow::amount,
                        r -> distribution(r).percentile90(), true))
                .column(new XlsxColumn<>("99th percentile", 16, ImpactRow::amount,
                        r -> distribution(r).percentile99(), true))
                .impact("Share of zeros", 9, XlsxFormat.PERCENT, r -> distribution(r).shareOfZeros())
                .suppressWhen(r -> distribution(r).respondingClients() < rules.suppressionThreshold(),
                        Suppression.xlsxFootnote(rules))
                .footnote("Per responding client of " + fy + ": a client's completed surveys of the year summed "
                        + "first. Percentiles: Hyndman-Fan type 7 (R's default, Excel PERCENTILE.INC).")
                .footnote("Share of zeros: responding clients who reported none of the impact.");
        return noEstimatesNote(table);
    }

    private static Estimates.Distribution distribution(ImpactRow row) {
        Estimates.Distribution d = row.estimate().perRespondingClient();
        return d == null ? new Estimates.Distribution(0, null, null, null, null, null) : d;
    }

    XlsxTable<ImpactRow> estimates() {
        String level = confidence();
        XlsxTable<ImpactRow> table = XlsxTable.<ImpactRow>of(ESTIMATES, impactRows())
                .column("Impact", 22, XlsxFormat.TEXT, ImpactRow::label)
                .column("Unit", 6, XlsxFormat.TEXT, r -> r.estimate().unit())
                .column(XlsxColumn.varying("Reported total (sum over completed surveys)", 17, ImpactRow::total,
                        r -> r.estimate().reportedTotal()))
                .column(XlsxColumn.varying("Estimated total (nonresponse-adjusted)", 17, ImpactRow::total,
                        r -> r.estimate().estimatedTotal()))
                .column(XlsxColumn.varying("Estimate: " + level + " CI lower", 17, ImpactRow::total,
                        r -> r.estimate().confidenceLower()))
                .column(XlsxColumn.varying("Estimate: " + level + " CI upper", 17, ImpactRow::total,
                        r -> r.estimate().confidenceUpper()))
                .column(XlsxColumn.varying("Estimate: standard error", 16, ImpactRow::total,
                        r -> r.estimate().standardError()))
                .column(XlsxColumn.varying("Winsorising cap (99th percentile of records)", 16, ImpactRow::amount,
                        r -> winsorised(r).cap()))
                .column("Records capped", 9, XlsxFormat.COUNT, r -> winsorised(r).recordsCapped())
                .column(XlsxColumn.varying("Winsorised reported total", 17, ImpactRow::total,
                        r -> winsorised(r).reportedTotal()))
                .column(XlsxColumn.varying("Winsorised estimated total (estimate)", 17, ImpactRow::total,
                        r -> winsorised(r).estimatedTotal()))
                .footnote("ESTIMATES, not counts: the reported total is the exact sum over completed surveys (the "
                        + "figure of the other sheets); the estimated total weights each completed survey by its "
                        + "weighting class's surveys fielded / completed, so respondents stand in for non-respondents.");
        Estimates.Method method = metrics.estimates() == null ? null : metrics.estimates().method();
        if (method != null) {
            table.footnote(String.format(Locale.US, "Method: %s; confidence level %s; bootstrap seed %d, %,d "
                    + "replicates; weighting classes of at least %d respondents; winsorised at the %s percentile. "
                    + "Details in %s.", method.intervalMethod(), level, method.bootstrapSeed(),
                    method.bootstrapReplicates(), method.minimumClassRespondents(),
                    plain(method.winsorisingPercentile()) + "th", ESTIMATION_METHOD));
        }
        table.footnote("Blank interval and standard error: not estimable (a weighting class whose single respondent "
                + "stands for several surveys). Intervals do not cover a very large client that did not respond: read "
                + "them beside the winsorised totals.");
        return noEstimatesNote(table);
    }

    /** The intervals' level, such as "95%" (the contract's level when the metrics have no method). */
    private String confidence() {
        if (metrics.estimates() == null || metrics.estimates().method() == null) {
            return "95%";
        }
        return BigDecimal.valueOf(metrics.estimates().method().confidenceLevel()).movePointRight(2)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Estimates.Winsorised winsorised(ImpactRow row) {
        Estimates.Winsorised w = row.estimate().winsorised();
        return w == null ? new Estimates.Winsorised(null, 0, null, null) : w;
    }

    /** One setting or count of the estimation method. */
    record Setting(String label, XlsxFormat format, Object value) {
    }

    XlsxTable<Setting> estimationMethod() {
        Estimates e = metrics.estimates();
        List<Setting> rows = new ArrayList<>();
        if (e != null) {
            rows.add(new Setting("Surveys fielded", XlsxFormat.COUNT, e.surveysFielded()));
            rows.add(new Setting("Surveys completed", XlsxFormat.COUNT, e.surveysCompleted()));
            rows.add(new Setting("Responding clients", XlsxFormat.COUNT, e.respondingClients()));
            Estimates.Method m = e.method();
            if (m != null) {
                rows.add(new Setting("Interval method", XlsxFormat.WRAPPED_TEXT, m.intervalMethod()));
                rows.add(new Setting("Confidence level", XlsxFormat.PERCENT, m.confidenceLevel()));
                rows.add(new Setting("Bootstrap seed", XlsxFormat.YEAR, m.bootstrapSeed()));
                rows.add(new Setting("Bootstrap replicates", XlsxFormat.COUNT, m.bootstrapReplicates()));
                rows.add(new Setting("Percentile definition", XlsxFormat.WRAPPED_TEXT, m.percentileDefinition()));
                rows.add(new Setting("Minimum respondents of a weighting class", XlsxFormat.COUNT,
                        m.minimumClassRespondents()));
                rows.add(new Setting("Winsorising percentile", XlsxFormat.SCORE, m.winsorisingPercentile()));
            }
            Estimates.WeightingClasses w = e.weightingClasses();
            if (w != null) {
                rows.add(new Setting("Weighting cells (center x service category)", XlsxFormat.COUNT, w.cells()));
                rows.add(new Setting("Weighting classes used", XlsxFormat.COUNT, w.classesUsed()));
                rows.add(new Setting("Cells collapsed to a center class", XlsxFormat.COUNT,
                        w.cellsCollapsedToCenter()));
                rows.add(new Setting("Cells collapsed to the national class", XlsxFormat.COUNT,
                        w.cellsCollapsedToNational()));
                rows.add(new Setting("Unrepresented non-respondents", XlsxFormat.COUNT,
                        w.unrepresentedNonrespondents()));
                rows.add(new Setting("Weight adjustment for unrepresented records", XlsxFormat.DECIMAL,
                        w.adjustment()));
            }
        }
        XlsxTable<Setting> table = XlsxTable.<Setting>of(ESTIMATION_METHOD, rows)
                .column("Setting", 44, XlsxFormat.WRAPPED_TEXT, Setting::label)
                .column(XlsxColumn.varying("Value", 80, Setting::format, Setting::value))
                .footnote("How the figures of " + ESTIMATES + " and " + DISTRIBUTION + " were computed; the fixed seed "
                        + "makes reruns give the same figures. The Notes sheet explains each step.");
        return noEstimatesNote(table);
    }

    /** One group of the nonresponse comparison. */
    record ShareRow(String dimension, String group, Estimates.NonresponseShare share) {
    }

    XlsxTable<ShareRow> nonresponse() {
        List<ShareRow> rows = new ArrayList<>();
        Estimates.NonresponseComparison c = comparison();
        if (c != null) {
            c.serviceCategories().forEach(s -> rows.add(new ShareRow("Service category", DisplayFormat.label(s.group()), s)));
            c.sizeBands().forEach(s -> rows.add(new ShareRow("Size band (employees)", s.group(), s)));
        }
        XlsxTable<ShareRow> table = XlsxTable.<ShareRow>of(NONRESPONSE, rows)
                .column("Dimension", 20, XlsxFormat.TEXT, ShareRow::dimension)
                .column("Group", 26, XlsxFormat.TEXT, ShareRow::group)
                .column("Respondents (completed surveys)", 13, XlsxFormat.COUNT, r -> r.share().respondents())
                .column("Share of respondents", 11, XlsxFormat.PERCENT, r -> r.share().respondentShare())
                .column("Non-respondents (other surveys)", 13, XlsxFormat.COUNT, r -> r.share().nonrespondents())
                .column("Share of non-respondents", 13, XlsxFormat.PERCENT, r -> r.share().nonrespondentShare())
                .column("Response rate", 9, XlsxFormat.PERCENT, r -> r.share().responseRate())
                .footnote("Respondents (completed surveys of " + fy + ") against non-respondents (the other surveys "
                        + "fielded), survey record by survey record, on what is known of both. Shares within each "
                        + "dimension add up to 100%.");
        if (c != null) {
            table.footnote(String.format(Locale.US, "All: %,d respondent and %,d non-respondent survey records.",
                    c.respondents(), c.nonrespondents()));
        }
        return noEstimatesNote(table);
    }

    /** One measure of the nonresponse comparison. */
    record MeasureRow(String label, Estimates.NonresponseMeasure measure) {
    }

    XlsxTable<MeasureRow> nonresponseMeasures() {
        List<MeasureRow> rows = new ArrayList<>();
        Estimates.NonresponseComparison c = comparison();
        if (c != null) {
            if (c.employees() != null) {
                rows.add(new MeasureRow("Employees of the client", c.employees()));
            }
            if (c.projectHours() != null) {
                rows.add(new MeasureRow("Project hours (staff and third-party)", c.projectHours()));
            }
        }
        XlsxTable<MeasureRow> table = XlsxTable.<MeasureRow>of(NONRESPONSE_MEASURES, rows)
                .column("Measure", 36, XlsxFormat.WRAPPED_TEXT, MeasureRow::label)
                .column("Respondent records", 11, XlsxFormat.COUNT, r -> r.measure().respondents())
                .column("Respondents: mean", 12, XlsxFormat.DECIMAL, r -> r.measure().respondentMean())
                .column("Respondents: median", 12, XlsxFormat.DECIMAL, r -> r.measure().respondentMedian())
                .column("Non-respondent records", 13, XlsxFormat.COUNT, r -> r.measure().nonrespondents())
                .column("Non-respondents: mean", 13, XlsxFormat.DECIMAL, r -> r.measure().nonrespondentMean())
                .column("Non-respondents: median", 13, XlsxFormat.DECIMAL, r -> r.measure().nonrespondentMedian())
                .footnote("Client size and project hours of respondents and non-respondents (survey records of " + fy
                        + "; project hours where the project reported them). One decimal.");
        return noEstimatesNote(table);
    }

    private Estimates.NonresponseComparison comparison() {
        return metrics.estimates() == null ? null : metrics.estimates().nonresponse();
    }

    private <T> XlsxTable<T> noEstimatesNote(XlsxTable<T> table) {
        return metrics.estimates() == null ? table.footnote(NO_ESTIMATES) : table;
    }

    private static String ratioFootnote(String whose) {
        return "Ratios divide by the federal funds awarded to " + whose + " (not by the appropriation); blank when the "
                + "denominator is zero.";
    }

    private String reportedFootnote() {
        return "Impacts are reported totals: sums over the surveys completed in " + fy + "; non-respondents are not "
                + "imputed.";
    }
}
