package gov.nist.mep.impact.report.annual;

import static gov.nist.mep.impact.report.ReportedImpact.COST_SAVINGS;
import static gov.nist.mep.impact.report.ReportedImpact.INVESTMENT;
import static gov.nist.mep.impact.report.ReportedImpact.JOBS_CREATED;
import static gov.nist.mep.impact.report.ReportedImpact.JOBS_RETAINED;
import static gov.nist.mep.impact.report.ReportedImpact.NEW_SALES;
import static gov.nist.mep.impact.report.render.DisplayFormat.SUPPRESSED;
import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.dollars;
import static gov.nist.mep.impact.report.render.DisplayFormat.label;
import static gov.nist.mep.impact.report.render.DisplayFormat.money;
import static gov.nist.mep.impact.report.render.DisplayFormat.percent;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.HostTypeFigures;
import gov.nist.mep.impact.metrics.DataQuality;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.YearOverYear;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.Charts;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.TemplateParts;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The annual report's tables and charts, by the names templates use. Cells format what the model holds; the only
 * arithmetic is grouping (counting centers by host type, adding up counts of regional offices) and scaling money to
 * millions on a chart axis.
 */
final class AnnualReportPdfTables {

    private static final float CHART_WIDTH = 470;

    private final ImpactMetrics metrics;
    private final TemplateParts parts = new TemplateParts();

    AnnualReportPdfTables(ImpactMetrics metrics) {
        this.metrics = metrics;
        parts.table("year-at-a-glance", this::yearAtAGlance)
                .table("headline-ratios", this::headlineRatios)
                .table("centers-by-host-type", this::centersByHostType)
                .table("centers-by-state", this::centersByState)
                .table("appropriation-history", this::appropriationHistory)
                .table("funding-by-center", this::fundingByCenter)
                .table("cost-share-noncompliant", this::nonCompliant)
                .table("services-by-category", this::servicesByCategory)
                .table("impacts-by-category", this::impactsByCategory)
                .table("late-reports-by-center", this::lateReports)
                .table("response-rates-by-center", this::responseRates)
                .table("center-directory", this::directory)
                .table("data-quality-summary", this::dataQuality)
                .table("rejects-by-rule", this::rejectsByRule)
                .chart("appropriation-history", this::appropriationChart)
                .chart("state-map", this::stateMap)
                .chart("projects-by-category", this::projectsChart);
    }

    /** The tables and charts by the names templates use (the README lists them; its test reads {@code names()}). */
    TemplateParts parts() {
        return parts;
    }

    CenterFigures center(String centerId) {
        return metrics.centers().stream().filter(c -> c.centerId().equals(centerId)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- the year at a glance

    private PdfTable yearAtAGlance() {
        NationalFigures n = metrics.national();
        YearOverYear y = metrics.yearOverYear();
        String current = "FY" + metrics.fiscalYear();
        PdfTable.Builder t = PdfTable.builder().text("Figure", 3.2f).number(current, 1.6f);
        if (y != null) {
            t.number("FY" + y.previousFiscalYear(), 1.6f).number("Change", 1.6f);
        }
        row(t, y, "Centers", count(n.centers()), null, false);
        row(t, y, "Regional offices", count(n.regionalOffices()), null, false);
        row(t, y, "Clients served", count(n.figures().clientsServed()), "clientsServed", true);
        row(t, y, "Projects completed", count(n.figures().projectsCompleted()), "projectsCompleted", true);
        row(t, y, "Appropriation", money(n.appropriation()), "appropriation", false);
        row(t, y, "Federal funds awarded to centers", money(n.funding().federalFunds()), "federalFunds", false);
        row(t, y, "Non-federal funds (center cost share)", money(n.funding().nonFederalFunds()), null, false);
        row(t, y, "New sales reported", money(n.figures().newSales()), "newSales", false);
        row(t, y, "Jobs created", count(n.figures().jobsCreated()), "jobsCreated", true);
        row(t, y, "Jobs retained", count(n.figures().jobsRetained()), "jobsRetained", true);
        return t.build();
    }

    private static void row(PdfTable.Builder t, YearOverYear y, String label, String value, String change,
            boolean isCount) {
        if (y == null) {
            t.row(label, value);
            return;
        }
        YearOverYear.Change c = change == null ? null : y.changes().get(change);
        if (c == null) {
            t.row(label, value, "", "");
            return;
        }
        String previous = isCount ? count(c.previous().longValueExact()) : money(c.previous());
        String delta = c.relativeChange() == null ? DisplayFormat.MISSING : signed(percent(c.relativeChange()));
        t.row(label, value, previous, delta);
    }

    private static String signed(String percent) {
        return percent.startsWith("-") || percent.startsWith("0.0%") ? percent : "+" + percent;
    }

    private PdfTable headlineRatios() {
        NationalFigures n = metrics.national();
        return PdfTable.builder()
                .text("Ratio", 2.6f).number("Over the appropriation", 1.7f).number("Over federal funds awarded to centers", 1.9f)
                .row("New sales per dollar", DisplayFormat.perDollar(n.newSalesPerAppropriationDollar()),
                        DisplayFormat.perDollar(n.funding().newSalesPerFederalDollar()))
                .row("New client investment per dollar", DisplayFormat.perDollar(n.investmentPerAppropriationDollar()),
                        DisplayFormat.perDollar(n.funding().investmentPerFederalDollar()))
                .row("Cost savings per dollar", DisplayFormat.perDollar(n.costSavingsPerAppropriationDollar()),
                        DisplayFormat.perDollar(n.funding().costSavingsPerFederalDollar()))
                .row("Dollars per job created or retained", DisplayFormat.perJob(n.appropriationCostPerJob()),
                        DisplayFormat.perJob(n.funding().federalCostPerJob()))
                .build();
    }

    // ---------------------------------------------------------------- the network

    private PdfTable centersByHostType() {
        PdfTable.Builder t = PdfTable.builder().text("Host organisation", 3).number("Centers", 1.5f)
                .number("Regional offices", 1.5f);
        for (HostTypeFigures h : metrics.hostTypes()) {
            t.row(label(h.hostType()), count(h.centers()), count(h.regionalOffices()));
        }
        t.total("All centers", count(metrics.national().centers()), count(metrics.national().regionalOffices()));
        return t.build();
    }

    private PdfTable centersByState() {
        PdfTable.Builder t = PdfTable.builder().code("State", 0.8f).number("Centers", 1).number("Clients served", 1.4f)
                .number("Projects completed", 1.4f).number("Federal funds", 1.8f).number("Non-federal funds", 1.8f);
        for (StateFigures s : metrics.states()) {
            t.row(s.state(), count(s.centers()), count(s.figures().clientsServed()),
                    count(s.figures().projectsCompleted()), dollars(s.funding().federalFunds()),
                    dollars(s.funding().nonFederalFunds()));
        }
        NationalFigures n = metrics.national();
        t.total("All states", count(n.centers()), count(n.figures().clientsServed()),
                count(n.figures().projectsCompleted()), dollars(n.funding().federalFunds()),
                dollars(n.funding().nonFederalFunds()));
        return t.build();
    }

    private PdfChart stateMap() {
        Map<String, Long> counts = new TreeMap<>();
        metrics.states().forEach(s -> counts.put(s.state(), (long) s.centers()));
        long withCenters = metrics.states().stream().filter(s -> s.centers() > 0).count();
        String alt = "Tile map of the United States, one square per state, each showing the number of centers in the "
                + "state. " + count(withCenters) + " states and territories have at least one center; "
                + count(metrics.national().centers()) + " centers in all. The table that follows lists every state.";
        return new PdfChart(alt, CHART_WIDTH, 300,
                Charts.stateTiles(counts, "The number in each square is the number of centers in the state; "
                        + "outlined squares have none.", CHART_WIDTH, 300), centersByState());
    }

    // ---------------------------------------------------------------- funding

    private PdfTable appropriationHistory() {
        PdfTable.Builder t = PdfTable.builder().text("Fiscal year", 1).number("Appropriation", 1.5f);
        metrics.appropriationHistory().forEach((year, amount) -> t.row("FY" + year, money(amount)));
        return t.build();
    }

    private PdfChart appropriationChart() {
        List<Charts.Bar> bars = new ArrayList<>();
        metrics.appropriationHistory().forEach((year, amount) -> bars.add(new Charts.Bar("FY" + year,
                Charts.millions(amount))));
        String alt = "Bar chart of the program's appropriation by fiscal year, " + span(metrics.appropriationHistory())
                + ". The table that follows gives every year's amount.";
        return new PdfChart(alt, CHART_WIDTH, 230, Charts.bars(bars, "Appropriation ($ millions)",
                Charts.dollarTicks(), false, CHART_WIDTH, 230),
                appropriationHistory());
    }

    private static String span(Map<Integer, BigDecimal> history) {
        if (history.isEmpty()) {
            return "with no years in the extract";
        }
        Map.Entry<Integer, BigDecimal> low = null;
        Map.Entry<Integer, BigDecimal> high = null;
        for (Map.Entry<Integer, BigDecimal> e : history.entrySet()) {
            if (low == null || e.getValue().compareTo(low.getValue()) < 0) {
                low = e;
            }
            if (high == null || e.getValue().compareTo(high.getValue()) > 0) {
                high = e;
            }
        }
        List<Integer> years = new ArrayList<>(history.keySet());
        return "FY" + years.get(0) + " to FY" + years.get(years.size() - 1) + ": lowest " + money(low.getValue())
                + " in FY" + low.getKey() + ", highest " + money(high.getValue()) + " in FY" + high.getKey();
    }

    private PdfTable fundingByCenter() {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.4f).code("State", 0.7f).number("Federal funds", 1.6f)
                .number("Non-federal funds", 1.6f).number("Federal share", 1.1f).code("Cap", 0.7f)
                .code("Within cap", 0.9f);
        for (CenterFigures c : metrics.centers()) {
            t.row(c.centerName(), c.state(), dollars(c.funding().federalFunds()),
                    dollars(c.funding().nonFederalFunds()), percent(c.federalShare()), cap(c.federalShareCap()),
                    DisplayFormat.yesNo(c.costShareCompliant()));
        }
        NationalFigures n = metrics.national();
        t.total("All centers", "", dollars(n.funding().federalFunds()), dollars(n.funding().nonFederalFunds()), "", "",
                "");
        return t.build();
    }

    private PdfTable nonCompliant() {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.4f).code("State", 0.7f).number("Award year", 1)
                .code("Re-competed", 1.2f).number("Federal share", 1.2f).code("Cap", 0.8f);
        boolean any = false;
        for (CenterFigures c : metrics.centers()) {
            if (Boolean.FALSE.equals(c.costShareCompliant())) {
                any = true;
                t.row(c.centerName(), c.state(), count(c.awardYear()), c.recompeted() ? "Yes" : "No",
                        percent(c.federalShare()), cap(c.federalShareCap()));
            }
        }
        if (!any) {
            t.row("None: every funded center was within its cap", "", "", "", "", "");
        }
        return t.build();
    }

    /** The cap as the rule states it (1/2, 2/5, 1/3), else as a percentage. */
    static String cap(double cap) {
        for (int[] f : new int[][] {{1, 2}, {2, 5}, {1, 3}}) {
            if (Math.abs(cap - (double) f[0] / f[1]) < 1e-9) {
                return f[0] + "/" + f[1];
            }
        }
        return percent(cap);
    }

    // ---------------------------------------------------------------- services

    private PdfTable servicesByCategory() {
        PdfTable.Builder t = PdfTable.builder().text("Service category", 2.6f).number("Projects completed", 1.4f)
                .number("Clients served", 1.4f).number("Staff and third-party hours", 1.8f);
        for (CategoryFigures c : metrics.serviceCategories()) {
            GroupFigures f = c.figures();
            t.row(label(c.serviceCategory()), count(f.projectsCompleted()), count(f.clientsServed()),
                    DisplayFormat.format(DisplayFormat.Kind.WHOLE, f.staffHours()));
        }
        GroupFigures n = metrics.national().figures();
        t.total("All services", count(n.projectsCompleted()), count(n.clientsServed()),
                DisplayFormat.format(DisplayFormat.Kind.WHOLE, n.staffHours()));
        return t.build();
    }

    private PdfChart projectsChart() {
        List<Charts.Bar> bars = new ArrayList<>();
        CategoryFigures top = null;
        for (CategoryFigures c : metrics.serviceCategories()) {
            bars.add(new Charts.Bar(label(c.serviceCategory()), c.figures().projectsCompleted()));
            if (top == null || c.figures().projectsCompleted() > top.figures().projectsCompleted()) {
                top = c;
            }
        }
        String alt = "Horizontal bar chart of projects completed in FY" + metrics.fiscalYear() + " by service category, "
                + bars.size() + " categories"
                + (top == null ? "" : "; the most projects were in " + label(top.serviceCategory()) + " ("
                        + count(top.figures().projectsCompleted()) + ")")
                + ". The table that follows gives projects and hours for every category.";
        float height = Math.max(140, 24 + 19 * bars.size());
        return new PdfChart(alt, CHART_WIDTH, height, Charts.bars(bars, "Projects completed",
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)), true, CHART_WIDTH, height),
                servicesByCategory());
    }

    private PdfTable impactsByCategory() {
        PdfTable.Builder t = PdfTable.builder().text("Service category", 2.4f).number("Responding clients", 1.2f)
                .number(NEW_SALES.label(), 1.3f).number(COST_SAVINGS.label(), 1.3f).number(INVESTMENT.label(), 1.3f)
                .number(JOBS_CREATED.label(), 1).number(JOBS_RETAINED.label(), 1);
        for (CategoryFigures c : metrics.serviceCategories()) {
            GroupFigures f = c.figures();
            if (c.suppressed()) {
                t.note(SUPPRESSED, Suppression.FOOTNOTE);
                t.row(label(c.serviceCategory()), count(f.respondingClients()), SUPPRESSED, SUPPRESSED, SUPPRESSED,
                        SUPPRESSED, SUPPRESSED);
            } else {
                t.row(label(c.serviceCategory()), count(f.respondingClients()), DisplayFormat.moneyShort(f.newSales()),
                        DisplayFormat.moneyShort(f.costSavings()), DisplayFormat.moneyShort(f.investment()),
                        count(f.jobsCreated()), count(f.jobsRetained()));
            }
        }
        GroupFigures n = metrics.national().figures();
        t.total("All services", count(n.respondingClients()), DisplayFormat.moneyShort(n.newSales()),
                DisplayFormat.moneyShort(n.costSavings()), DisplayFormat.moneyShort(n.investment()),
                count(n.jobsCreated()), count(n.jobsRetained()));
        return t.build();
    }

    // ---------------------------------------------------------------- center operations

    private PdfTable lateReports() {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.6f).code("State", 0.7f)
                .number("Projects completed (eligible clients)", 1.8f).number("Late project reports", 1.5f);
        for (CenterFigures c : metrics.centers()) {
            t.row(c.centerName(), c.state(), count(c.figures().projectsCompleted()), count(c.lateProjectReports()));
        }
        t.total("All centers", "", count(metrics.national().figures().projectsCompleted()),
                count(metrics.dataQuality().lateProjectReports()));
        return t.build();
    }

    private PdfTable responseRates() {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.6f).code("State", 0.7f).number("Surveys fielded", 1.2f)
                .number("Surveys completed", 1.2f).number("Response rate", 1.1f);
        Function<GroupFigures, String[]> cells = f -> new String[] {count(f.surveysFielded()),
            count(f.surveysCompleted()), percent(f.responseRate())};
        for (CenterFigures c : metrics.centers()) {
            String[] v = cells.apply(c.figures());
            t.row(c.centerName(), c.state(), v[0], v[1], v[2]);
        }
        String[] v = cells.apply(metrics.national().figures());
        t.total("All centers", "", v[0], v[1], v[2]);
        return t.build();
    }

    // ---------------------------------------------------------------- appendix

    private PdfTable directory() {
        PdfTable.Builder t = PdfTable.builder().text("ID", 0.7f).text("Center", 3.3f).code("State", 0.6f)
                .text("Host organisation", 1.3f).number("Regional offices", 1.1f).number("Award year", 0.9f)
                .code("Re-competed", 1.2f);
        for (CenterFigures c : metrics.centers()) {
            t.row(c.centerId(), c.centerName(), c.state(), label(c.hostType()),
                    c.regionalOffices() == null ? DisplayFormat.MISSING : count(c.regionalOffices()),
                    count(c.awardYear()), c.recompeted() ? "Yes" : "No");
        }
        return t.build();
    }

    private PdfTable dataQuality() {
        DataQuality q = metrics.dataQuality();
        return PdfTable.builder().text("Records", 3).number("Count", 1.2f)
                .row("Files in the extract", count(q.files().size()))
                .row("Records read (all years)", count(q.recordsRead()))
                .row("Accepted", count(q.recordsAccepted()))
                .row("Superseded by a later correction", count(q.recordsSuperseded()))
                .row("Rejected", count(q.recordsRejected()))
                .row("Projects of FY" + metrics.fiscalYear() + " of ineligible clients", count(q.ineligibleProjects()))
                .row("Late project reports of FY" + metrics.fiscalYear(), count(q.lateProjectReports()))
                .build();
    }

    private PdfTable rejectsByRule() {
        DataQuality q = metrics.dataQuality();
        PdfTable.Builder t = PdfTable.builder().text("Rule", 3).number("Records rejected", 1.2f);
        Map<String, Long> byRule = q.rejectsByRule() == null ? Map.of() : new TreeMap<>(q.rejectsByRule());
        byRule.forEach((rule, n) -> t.row(rule, count(n)));
        if (byRule.isEmpty()) {
            t.row("None", "0");
        }
        t.total("All rules", count(q.recordsRejected()));
        return t.build();
    }
}
