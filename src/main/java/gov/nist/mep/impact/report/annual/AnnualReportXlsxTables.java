package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.HostTypeFigures;
import gov.nist.mep.impact.metrics.DataQuality;
import gov.nist.mep.impact.metrics.FileRecordCounts;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.SuccessStory;
import gov.nist.mep.impact.metrics.YearOverYear;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.XlsxChart;
import gov.nist.mep.impact.report.render.XlsxColumn;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tables of the Annual Report workbook, in sheet order, each straight from the metrics model. The one sum made
 * here: "Centers by host type" comes from the model's host-type groups, which add up to the centers.
 */
final class AnnualReportXlsxTables {

    static final String AT_A_GLANCE = "At a glance";
    static final String APPROPRIATION_HISTORY = "Appropriation history";
    static final String FUNDING_BY_CENTER = "Funding by center";
    static final String COST_SHARE_NOT_MET = "Cost-share non-compliant";
    static final String CENTERS_BY_HOST_TYPE = "Centers by host type";
    static final String STATES = "States";
    static final String SERVICES = "Services";
    static final String IMPACTS_BY_CATEGORY = "Impacts by service category";
    static final String CENTER_OPERATIONS = "Center operations";
    static final String SUCCESS_STORIES = "Success stories";
    static final String CENTER_DIRECTORY = "Center directory";
    static final String DATA_QUALITY = "Data quality";
    static final String DATA_QUALITY_BY_FILE = "Data quality by file";
    static final String REJECTS_BY_RULE = "Rejects by rule";

    static final String FEDERAL_FUNDS = "federal funds awarded to centers";
    static final String APPROPRIATION = "the appropriation";

    private final ImpactMetrics metrics;
    private final ProgramRules rules;
    private final String fy;

    AnnualReportXlsxTables(ImpactMetrics metrics, ProgramRules rules) {
        this.metrics = metrics;
        this.rules = rules;
        this.fy = "FY" + metrics.fiscalYear();
    }

    List<XlsxTable<?>> all() {
        return List.of(atAGlance(), appropriationHistory(), fundingByCenter(), costShareNotMet(), centersByHostType(),
                states(), services(), impactsByCategory(), centerOperations(), successStories(), centerDirectory(),
                dataQuality(), dataQualityByFile(), rejectsByRule());
    }

    /** One national figure of the year, with its denominator (ratios) and its change from the previous year. */
    record Figure(String label, XlsxFormat format, Number value, String denominator, YearOverYear.Change change) {
    }

    XlsxTable<Figure> atAGlance() {
        NationalFigures n = metrics.national();
        GroupFigures f = n.figures();
        Funding money = n.funding();
        YearOverYear yoy = metrics.yearOverYear();
        Map<String, YearOverYear.Change> changes = yoy == null ? Map.of() : yoy.changes();
        String perFederal = "Federal funds awarded to centers";
        String perAppropriation = "Appropriation";
        List<Figure> rows = List.of(
                new Figure("Centers", XlsxFormat.COUNT, n.centers(), null, null),
                new Figure("Regional offices", XlsxFormat.COUNT, n.regionalOffices(), null, null),
                new Figure("Clients served", XlsxFormat.COUNT, f.clientsServed(), null, changes.get("clientsServed")),
                new Figure("Projects completed", XlsxFormat.COUNT, f.projectsCompleted(), null,
                        changes.get("projectsCompleted")),
                new Figure("Staff hours (staff and third-party)", XlsxFormat.DECIMAL, f.staffHours(), null, null),
                new Figure("Appropriation", XlsxFormat.MONEY, n.appropriation(), null, changes.get("appropriation")),
                new Figure("Federal funds awarded to centers", XlsxFormat.MONEY, money.federalFunds(), null,
                        changes.get("federalFunds")),
                new Figure("Non-federal funds (state, local, client fees, other income)", XlsxFormat.MONEY,
                        money.nonFederalFunds(), null, null),
                new Figure("Surveys fielded", XlsxFormat.COUNT, f.surveysFielded(), null, null),
                new Figure("Surveys completed", XlsxFormat.COUNT, f.surveysCompleted(), null, null),
                new Figure("Response rate", XlsxFormat.PERCENT, f.responseRate(), "Surveys fielded", null),
                new Figure("Responding clients", XlsxFormat.COUNT, f.respondingClients(), null, null),
                new Figure("New sales", XlsxFormat.MONEY, f.newSales(), null, changes.get("newSales")),
                new Figure("Retained sales", XlsxFormat.MONEY, f.retainedSales(), null, changes.get("retainedSales")),
                new Figure("Cost savings", XlsxFormat.MONEY, f.costSavings(), null, changes.get("costSavings")),
                new Figure(ReportedImpact.INVESTMENT.label(), XlsxFormat.MONEY, f.investment(), null, changes.get("investment")),
                new Figure("Jobs created", XlsxFormat.COUNT, f.jobsCreated(), null, changes.get("jobsCreated")),
                new Figure("Jobs retained", XlsxFormat.COUNT, f.jobsRetained(), null, changes.get("jobsRetained")),
                new Figure("Net promoter score", XlsxFormat.SCORE, f.netPromoterScore(), null, null),
                new Figure("New sales per dollar of federal funds awarded to centers", XlsxFormat.MONEY_RATIO,
                        money.newSalesPerFederalDollar(), perFederal, null),
                new Figure("New client investment per dollar of federal funds awarded to centers",
                        XlsxFormat.MONEY_RATIO, money.investmentPerFederalDollar(), perFederal, null),
                new Figure("Cost savings per dollar of federal funds awarded to centers", XlsxFormat.MONEY_RATIO,
                        money.costSavingsPerFederalDollar(), perFederal, null),
                new Figure("Federal funds awarded to centers per job created or retained", XlsxFormat.MONEY_RATIO,
                        money.federalCostPerJob(), "Jobs created + jobs retained", null),
                new Figure("New sales per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.newSalesPerAppropriationDollar(), perAppropriation, null),
                new Figure("New client investment per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.investmentPerAppropriationDollar(), perAppropriation, null),
                new Figure("Cost savings per dollar of appropriation", XlsxFormat.MONEY_RATIO,
                        n.costSavingsPerAppropriationDollar(), perAppropriation, null),
                new Figure("Appropriation per job created or retained", XlsxFormat.MONEY_RATIO,
                        n.appropriationCostPerJob(), "Jobs created + jobs retained", null));
        XlsxTable<Figure> table = XlsxTable.<Figure>of(AT_A_GLANCE, rows)
                .column("Figure", 64, XlsxFormat.WRAPPED_TEXT, Figure::label)
                .column("Denominator (ratios and rates)", 32, XlsxFormat.WRAPPED_TEXT, Figure::denominator)
                .column(XlsxColumn.varying(fy, 18, Figure::format, Figure::value));
        if (yoy != null) {
            String previous = "FY" + yoy.previousFiscalYear();
            table.column(XlsxColumn.varying(previous, 18, Figure::format, r -> r.change() == null ? null
                    : r.change().previous()))
                    .column(XlsxColumn.varying("Change from " + previous, 18, Figure::format,
                            r -> r.change() == null ? null : r.change().change()))
                    .column("Relative change", 11, XlsxFormat.PERCENT,
                            r -> r.change() == null ? null : r.change().relativeChange());
        }
        return table
                .footnote("Two families of ratios: over the " + FEDERAL_FUNDS + " (the conservative figures) and over "
                        + APPROPRIATION + " (the press figures' denominator). Each ratio names its denominator.")
                .footnote("Impacts (sales, savings, investment, jobs) are sums over the surveys completed in " + fy
                        + "; non-respondents are not imputed.")
                .footnote("Blank: not defined (no appropriation row for the year, or a zero denominator).");
    }

    /** One fiscal year of the appropriation, with the federal funds awarded to centers when the extract has them. */
    record AppropriationYear(int fiscalYear, BigDecimal appropriation, BigDecimal federalFunds) {
    }

    XlsxTable<AppropriationYear> appropriationHistory() {
        Map<Integer, BigDecimal> awarded = new TreeMap<>();
        for (NationalFigures year : metrics.trend()) {
            awarded.put(year.fiscalYear(), year.funding().federalFunds());
        }
        Map<Integer, BigDecimal> history = metrics.appropriationHistory() == null ? Map.of()
                : metrics.appropriationHistory();
        TreeSet<Integer> years = new TreeSet<>(history.keySet());
        years.addAll(awarded.keySet());
        List<AppropriationYear> rows = years.stream()
                .map(y -> new AppropriationYear(y, history.get(y), awarded.get(y))).toList();
        return XlsxTable.of(APPROPRIATION_HISTORY, rows)
                .column("Fiscal year", 10, XlsxFormat.YEAR, AppropriationYear::fiscalYear)
                .column("Appropriation", 18, XlsxFormat.MONEY, AppropriationYear::appropriation)
                .column("Federal funds awarded to centers", 20, XlsxFormat.MONEY, AppropriationYear::federalFunds)
                .chart(new XlsxChart(XlsxChart.Kind.COLUMN, "MEP appropriation by fiscal year", "Fiscal year",
                        "Appropriation", "Fiscal year", "Appropriation (dollars)",
                        "Column chart of the MEP appropriation by fiscal year; the figures are in the table above."))
                .footnote("Appropriation: the rows of appropriations.csv in the extract; years without a row are not "
                        + "listed. Federal funds awarded to centers: the years with center financials in the extract.");
    }

    XlsxTable<CenterFigures> fundingByCenter() {
        return XlsxTable.of(FUNDING_BY_CENTER, metrics.centers())
                .column("Center ID", 10, XlsxFormat.TEXT, CenterFigures::centerId)
                .column("Center", 40, XlsxFormat.WRAPPED_TEXT, CenterFigures::centerName)
                .column("State", 7, XlsxFormat.TEXT, CenterFigures::state)
                .column("Award year", 8, XlsxFormat.COUNT, CenterFigures::awardYear)
                .column("Re-competed", 11, XlsxFormat.FLAG, CenterFigures::recompeted)
                .column("Federal funds", 16, XlsxFormat.MONEY, c -> c.funding().federalFunds())
                .column("Non-federal funds", 16, XlsxFormat.MONEY, c -> c.funding().nonFederalFunds())
                .column("Federal share", 10, XlsxFormat.PERCENT, CenterFigures::federalShare)
                .column("Federal share cap", 10, XlsxFormat.PERCENT, CenterFigures::federalShareCap)
                .column("Cost-share compliant", 11, XlsxFormat.FLAG, CenterFigures::costShareCompliant)
                .footnote("Federal share: federal funds / all funds of the center in " + fy + " (federal, state, local, "
                        + "client fees, other income). Non-federal funds: state, local, client fees and other income.")
                .footnote("Cap by award year k = " + metrics.fiscalYear() + " - first award year + 1: "
                        + rules.capYears1To3() + " in years 1-3, " + rules.capYear4() + " in year 4, "
                        + rules.capLaterYears() + " from year 5; " + rules.capRecompeted()
                        + " every year for a re-competed center. Compliant: share at or below the cap, decided exactly.")
                .footnote("Blank share and compliance: the center reported no funds for " + fy + ".");
    }

    /** The centers above their cost-share cap, named (the report names them; the model decides who they are). */
    XlsxTable<CenterFigures> costShareNotMet() {
        List<CenterFigures> above = metrics.centers().stream()
                .filter(c -> Boolean.FALSE.equals(c.costShareCompliant())).toList();
        return XlsxTable.of(COST_SHARE_NOT_MET, above)
                .column("Center ID", 10, XlsxFormat.TEXT, CenterFigures::centerId)
                .column("Center", 40, XlsxFormat.WRAPPED_TEXT, CenterFigures::centerName)
                .column("State", 7, XlsxFormat.TEXT, CenterFigures::state)
                .column("Award year", 8, XlsxFormat.COUNT, CenterFigures::awardYear)
                .column("Re-competed", 11, XlsxFormat.FLAG, CenterFigures::recompeted)
                .column("Federal share", 10, XlsxFormat.PERCENT, CenterFigures::federalShare)
                .column("Federal share cap", 10, XlsxFormat.PERCENT, CenterFigures::federalShareCap)
                .column("Federal funds", 16, XlsxFormat.MONEY, c -> c.funding().federalFunds())
                .column("Non-federal funds", 16, XlsxFormat.MONEY, c -> c.funding().nonFederalFunds())
                .footnote("The centers whose federal share of " + fy + " funds is above the cap for their award year "
                        + "(see " + FUNDING_BY_CENTER + "). Centers without funds are not listed.");
    }

    XlsxTable<HostTypeFigures> centersByHostType() {
        return XlsxTable.of(CENTERS_BY_HOST_TYPE, metrics.hostTypes())
                .column("Host type", 16, XlsxFormat.TEXT, h -> DisplayFormat.label(h.hostType()))
                .column("Centers", 9, XlsxFormat.COUNT, HostTypeFigures::centers)
                .column("Regional offices", 10, XlsxFormat.COUNT, HostTypeFigures::regionalOffices)
                .column("Clients served", 11, XlsxFormat.COUNT, HostTypeFigures::clientsServed)
                .column("Projects completed", 11, XlsxFormat.COUNT, HostTypeFigures::projectsCompleted)
                .column("Federal funds", 16, XlsxFormat.MONEY, HostTypeFigures::federalFunds)
                .column("Non-federal funds", 16, XlsxFormat.MONEY, HostTypeFigures::nonFederalFunds)
                .footnote("Sums of the rows of Funding by center; every registered center is counted, with or without "
                        + "activity in " + fy + ".");
    }

    XlsxTable<StateFigures> states() {
        return XlsxTable.of(STATES, metrics.states())
                .column("State", 7, XlsxFormat.TEXT, StateFigures::state)
                .column("Centers", 8, XlsxFormat.COUNT, StateFigures::centers)
                .column("Clients served", 10, XlsxFormat.COUNT, s -> s.figures().clientsServed())
                .column("Projects completed", 10, XlsxFormat.COUNT, s -> s.figures().projectsCompleted())
                .column("Federal funds", 15, XlsxFormat.MONEY, s -> s.funding().federalFunds())
                .column("Non-federal funds", 15, XlsxFormat.MONEY, s -> s.funding().nonFederalFunds())
                .column("Surveys completed", 10, XlsxFormat.COUNT, s -> s.figures().surveysCompleted())
                .column("Responding clients", 10, XlsxFormat.COUNT, s -> s.figures().respondingClients())
                .columns(ReportedImpact.xlsxColumns(s -> s.figures()))
                .impact("New sales per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        s -> s.funding().newSalesPerFederalDollar())
                .impact("New client investment per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        s -> s.funding().investmentPerFederalDollar())
                .impact("Cost savings per federal dollar", 12, XlsxFormat.MONEY_RATIO,
                        s -> s.funding().costSavingsPerFederalDollar())
                .impact("Federal funds per job created or retained", 14, XlsxFormat.MONEY_RATIO,
                        s -> s.funding().federalCostPerJob())
                .suppressWhen(StateFigures::suppressed, Suppression.xlsxFootnote(rules))
                .footnote("Ratios divide by the federal funds awarded to the state's centers (not by the appropriation); "
                        + "blank when the denominator is zero.")
                .footnote("Impacts are sums over the surveys completed in " + fy + "; non-respondents are not imputed.");
    }

    XlsxTable<CategoryFigures> services() {
        return XlsxTable.of(SERVICES, metrics.serviceCategories())
                .column("Service category", 26, XlsxFormat.TEXT, c -> DisplayFormat.label(c.serviceCategory()))
                .column("Code", 24, XlsxFormat.TEXT, CategoryFigures::serviceCategory)
                .column("Projects completed", 11, XlsxFormat.COUNT, c -> c.figures().projectsCompleted())
                .column("Clients served", 11, XlsxFormat.COUNT, c -> c.figures().clientsServed())
                .column("Staff hours", 13, XlsxFormat.DECIMAL, c -> c.figures().staffHours())
                .chart(new XlsxChart(XlsxChart.Kind.BAR, "Projects completed by service category, " + fy,
                        "Service category", "Projects completed", null, "Projects completed",
                        "Bar chart of the projects completed in " + fy + " by service category; the figures are in "
                                + "the table above."))
                .footnote("Projects completed in " + fy + " by eligible clients. Staff hours: staff and third-party "
                        + "hours of those projects. A client served in two categories counts in each.");
    }

    XlsxTable<CategoryFigures> impactsByCategory() {
        return XlsxTable.of(IMPACTS_BY_CATEGORY, metrics.serviceCategories())
                .column("Service category", 26, XlsxFormat.TEXT, c -> DisplayFormat.label(c.serviceCategory()))
                .column("Code", 24, XlsxFormat.TEXT, CategoryFigures::serviceCategory)
                .column("Surveys completed", 10, XlsxFormat.COUNT, c -> c.figures().surveysCompleted())
                .column("Responding clients", 10, XlsxFormat.COUNT, c -> c.figures().respondingClients())
                .columns(ReportedImpact.xlsxColumns(c -> c.figures()))
                .impact("Net promoter score", 10, XlsxFormat.SCORE, c -> c.figures().netPromoterScore())
                .suppressWhen(CategoryFigures::suppressed, Suppression.xlsxFootnote(rules))
                .footnote("Impacts reported in the surveys completed in " + fy + ", by the service category of the "
                        + "project surveyed; non-respondents are not imputed. No ratios: funds go to centers, not to "
                        + "services.");
    }

    XlsxTable<CenterFigures> centerOperations() {
        return XlsxTable.of(CENTER_OPERATIONS, metrics.centers())
                .column("Center ID", 10, XlsxFormat.TEXT, CenterFigures::centerId)
                .column("Center", 40, XlsxFormat.WRAPPED_TEXT, CenterFigures::centerName)
                .column("State", 7, XlsxFormat.TEXT, CenterFigures::state)
                .column("Projects completed", 11, XlsxFormat.COUNT, c -> c.figures().projectsCompleted())
                .column("Late project reports", 11, XlsxFormat.COUNT, CenterFigures::lateProjectReports)
                .column("Surveys fielded", 10, XlsxFormat.COUNT, c -> c.figures().surveysFielded())
                .column("Surveys completed", 10, XlsxFormat.COUNT, c -> c.figures().surveysCompleted())
                .column("Response rate", 10, XlsxFormat.PERCENT, c -> c.figures().responseRate())
                .footnote("Late project reports: the center's projects completed in " + fy + " (eligible clients or not) "
                        + "reported more than " + rules.lateAfterDays() + " days after the end of the completion quarter.")
                .footnote("Response rate: surveys completed / surveys fielded in " + fy + "; blank when none was fielded.");
    }

    XlsxTable<SuccessStory> successStories() {
        Map<String, String> names = new TreeMap<>();
        metrics.centers().forEach(c -> names.put(c.centerId(), c.centerName()));
        List<SuccessStory> stories = metrics.successStories() == null ? List.of() : metrics.successStories();
        return XlsxTable.of(SUCCESS_STORIES, stories)
                .column("Center ID", 10, XlsxFormat.TEXT, SuccessStory::centerId)
                .column("Center", 28, XlsxFormat.WRAPPED_TEXT, s -> names.get(s.centerId()))
                .column("Fiscal year", 8, XlsxFormat.YEAR, SuccessStory::fiscalYear)
                .column("Title", 30, XlsxFormat.WRAPPED_TEXT, SuccessStory::title)
                .column("Challenge", 45, XlsxFormat.WRAPPED_TEXT, SuccessStory::challenge)
                .column("Solution", 45, XlsxFormat.WRAPPED_TEXT, SuccessStory::solution)
                .column("Results", 45, XlsxFormat.WRAPPED_TEXT, SuccessStory::results)
                .footnote("As the centers wrote them. No contact details are published.");
    }

    XlsxTable<CenterFigures> centerDirectory() {
        return XlsxTable.of(CENTER_DIRECTORY, metrics.centers())
                .column("Center ID", 10, XlsxFormat.TEXT, CenterFigures::centerId)
                .column("Center", 44, XlsxFormat.WRAPPED_TEXT, CenterFigures::centerName)
                .column("State", 7, XlsxFormat.TEXT, CenterFigures::state)
                .column("Host type", 14, XlsxFormat.TEXT, c -> DisplayFormat.label(c.hostType()))
                .column("Regional offices", 10, XlsxFormat.COUNT, CenterFigures::regionalOffices)
                .column("Award year", 8, XlsxFormat.COUNT, CenterFigures::awardYear)
                .column("Re-competed", 11, XlsxFormat.FLAG, CenterFigures::recompeted)
                .footnote("Every registered center. Award year k = " + metrics.fiscalYear() + " - first award year + 1.");
    }

    /** One line of the data-quality summary. */
    record Measure(String label, long count, String scope) {
    }

    XlsxTable<Measure> dataQuality() {
        DataQuality q = metrics.dataQuality();
        String extract = "Whole extract, all years";
        List<Measure> rows = List.of(
                new Measure("Files read", q.files().size(), extract),
                new Measure("Records read", q.recordsRead(), extract),
                new Measure("Records accepted", q.recordsAccepted(), extract),
                new Measure("Records superseded by a correction", q.recordsSuperseded(), extract),
                new Measure("Records rejected", q.recordsRejected(), extract),
                new Measure("Ineligible projects (completed, client not eligible)", q.ineligibleProjects(), fy),
                new Measure("Late project reports", q.lateProjectReports(), fy + ", all centers"));
        return XlsxTable.of(DATA_QUALITY, rows)
                .column("Measure", 48, XlsxFormat.WRAPPED_TEXT, Measure::label)
                .column("Count", 12, XlsxFormat.COUNT, Measure::count)
                .column("Scope", 26, XlsxFormat.TEXT, Measure::scope)
                .footnote("Records read = accepted + superseded + rejected. Rejected records, with file, line, column, "
                        + "rule and value, are listed in rejects.csv; per file in " + DATA_QUALITY_BY_FILE + ", per rule in "
                        + REJECTS_BY_RULE + ".")
                .footnote("Eligible client: NAICS code starting with " + String.join(", ", rules.eligibleNaicsPrefixes())
                        + " (manufacturing) and fewer than " + rules.employeeLimit() + " employees.");
    }

    XlsxTable<FileRecordCounts> dataQualityByFile() {
        return XlsxTable.of(DATA_QUALITY_BY_FILE, metrics.dataQuality().files())
                .column("File", 48, XlsxFormat.TEXT, FileRecordCounts::file)
                .column("Read", 10, XlsxFormat.COUNT, FileRecordCounts::read)
                .column("Accepted", 10, XlsxFormat.COUNT, FileRecordCounts::accepted)
                .column("Superseded", 10, XlsxFormat.COUNT, FileRecordCounts::superseded)
                .column("Rejected", 10, XlsxFormat.COUNT, FileRecordCounts::rejected)
                .footnote("Every file of the extract, by its path in the extract; all years.");
    }

    /** Rejected records of one rule. */
    record RuleCount(String rule, long rejected) {
    }

    XlsxTable<RuleCount> rejectsByRule() {
        Map<String, Long> byRule = metrics.dataQuality().rejectsByRule() == null ? Map.of()
                : metrics.dataQuality().rejectsByRule();
        List<RuleCount> rows = new TreeMap<>(byRule).entrySet().stream()
                .map(e -> new RuleCount(e.getKey(), e.getValue())).toList();
        return XlsxTable.of(REJECTS_BY_RULE, rows)
                .column("Rule", 28, XlsxFormat.TEXT, RuleCount::rule)
                .column("Rejected records", 12, XlsxFormat.COUNT, RuleCount::rejected)
                .footnote("Rule codes as in rejects.csv; the extract format documentation defines each rule.");
    }

    private static BigDecimal sum(List<CenterFigures> centers, Function<CenterFigures, BigDecimal> amount) {
        return centers.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
