package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.money;
import static gov.nist.mep.impact.report.render.DisplayFormat.percent;
import static gov.nist.mep.impact.report.render.DisplayFormat.perDollar;
import static gov.nist.mep.impact.report.render.DisplayFormat.perJob;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.PlaceholderCollection;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.ReportTemplateContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fact sheets' figures and tables: the report's figures (fiscal year, national), the collection {@code states} with
 * each state's figures, and tables that show the state of the {@code [each: states]} item they stand in. A suppressed
 * state's impact figures are empty (they print "not available", never the number) and its impact cells "(D)".
 */
final class StateFactSheetContent implements ReportTemplateContent {

    private static final String CODE = "state.code";
    /** The tables and the chart a fact sheet's template can name (each shows the state of its item). */
    private static final Set<String> TABLES = Set.of("state-impacts", "state-ratios", "state-centers", "state-story");
    private static final Set<String> CHARTS = Set.of("state-trend");

    private final ImpactMetrics metrics;
    private final List<StateFigures> states;
    private final StateFactSheetSummary summary;
    private final StateFactSheetPageTwo pageTwo;

    StateFactSheetContent(ImpactMetrics metrics, List<StateFigures> states, StateFactSheetSummary summary,
            StateTrends trends) {
        this.metrics = metrics;
        this.pageTwo = new StateFactSheetPageTwo(metrics, trends);
        this.states = List.copyOf(states);
        this.summary = summary;
        // the summary template is checked against both variants before anything is drawn
        StateFigures prototype = prototype();
        summary.format(false, figures().with(state(prototype, false)));
        summary.format(true, figures().with(state(prototype, true)));
    }

    @Override
    public PlaceholderValues figures() {
        PlaceholderValues v = ModelPlaceholders.of(metrics);
        return v;
    }

    /** A state's figures; impact figures and ratios empty when the state is suppressed. */
    private PlaceholderValues state(StateFigures s, boolean suppressed) {
        PlaceholderValues v = new PlaceholderValues();
        GroupFigures f = s.figures();
        v.text(CODE, s.state());
        v.text("state.name", StateNames.name(s.state()));
        v.count("state.centers", s.centers());
        v.text("state.centersWord", s.centers() == 1 ? "center" : "centers");
        v.count("state.projectsCompleted", f.projectsCompleted());
        v.count("state.clientsServed", f.clientsServed());
        v.count("state.surveysFielded", f.surveysFielded());
        v.count("state.surveysCompleted", f.surveysCompleted());
        v.count("state.respondingClients", f.respondingClients());
        v.put("state.responseRate", Kind.PERCENT, f.responseRate());
        v.money("state.federalFunds", s.funding().federalFunds());
        v.money("state.nonFederalFunds", s.funding().nonFederalFunds());
        v.money("state.newSales", suppressed ? null : f.newSales());
        v.money("state.retainedSales", suppressed ? null : f.retainedSales());
        v.money("state.costSavings", suppressed ? null : f.costSavings());
        v.money("state.investment", suppressed ? null : f.investment());
        v.put("state.jobsCreated", Kind.COUNT, suppressed ? null : f.jobsCreated());
        v.put("state.jobsRetained", Kind.COUNT, suppressed ? null : f.jobsRetained());
        v.put("state.jobsCreatedOrRetained", Kind.COUNT, suppressed ? null : f.jobsCreatedOrRetained());
        Funding r = s.funding();
        v.put("state.newSalesPerFederalDollar", Kind.PER_FEDERAL_DOLLAR,
                suppressed ? null : r.newSalesPerFederalDollar());
        v.put("state.investmentPerFederalDollar", Kind.PER_FEDERAL_DOLLAR,
                suppressed ? null : r.investmentPerFederalDollar());
        v.put("state.costSavingsPerFederalDollar", Kind.PER_FEDERAL_DOLLAR,
                suppressed ? null : r.costSavingsPerFederalDollar());
        v.put("state.federalCostPerJob", Kind.PER_JOB, suppressed ? null : r.federalCostPerJob());
        v.put("state.suppressed", Kind.TEXT, suppressed ? "yes" : "no");
        economyWide(v, s.state(), suppressed);
        return v;
    }

    /**
     * The state's line of the economy-wide model (its share of the national result); empty when the state or its line
     * is withheld (the model withholds a line that would reveal a withheld state by subtraction too) or not computed.
     */
    private void economyWide(PlaceholderValues v, String state, boolean suppressed) {
        EconomyWideImpacts.StateLine line = suppressed ? null : economyWideLine(state);
        v.put("state.economyWide.finalDemand", Kind.MONEY, line == null ? null : line.finalDemand());
        v.put("state.economyWide.jobs", Kind.WHOLE, line == null ? null : line.jobs());
        v.put("state.economyWide.valueAdded", Kind.MONEY, line == null ? null : line.valueAdded());
        v.put("state.economyWide.laborIncome", Kind.MONEY, line == null ? null : line.laborIncome());
        v.put("economyWide.tableYear", Kind.YEAR,
                metrics.economyWide() == null ? null : (long) metrics.economyWide().tableYear());
    }

    private StateFigures prototype() {
        GroupFigures f = new GroupFigures(0, 0, 0, 0, null, null, null, null, null, 0, 0, null, null, 0);
        return new StateFigures("", 0, f, new Funding(null, null, null, null, null, null), false);
    }

    @Override
    public Optional<PlaceholderCollection> collection(String name) {
        if (!name.equals("states")) {
            return Optional.empty();
        }
        PlaceholderValues report = figures();
        List<PlaceholderValues> items = new ArrayList<>();
        for (StateFigures s : states) {
            PlaceholderValues v = state(s, s.suppressed());
            v.text("state.summary", summary.format(s.suppressed(), report.with(v)));
            items.add(v);
        }
        PlaceholderValues prototype = state(prototype(), false).text("state.summary", "");
        return Optional.of(new PlaceholderCollection(prototype, items));
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
        return Set.of("states");
    }

    @Override
    public Optional<PdfTable> table(String name, PlaceholderValues figures) {
        Object code = figures.value(CODE);
        StateFigures s = states.stream().filter(x -> x.state().equals(code)).findFirst().orElse(prototype());
        return switch (name) {
            case "state-impacts" -> Optional.of(impacts(s));
            case "state-ratios" -> Optional.of(ratios(s));
            case "state-centers" -> Optional.of(pageTwo.centers(s));
            case "state-story" -> Optional.of(pageTwo.storyTable(s));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<PdfChart> chart(String name) {
        return chart(name, new PlaceholderValues());
    }

    @Override
    public Optional<PdfChart> chart(String name, PlaceholderValues figures) {
        if (!name.equals("state-trend")) {
            return Optional.empty();
        }
        Object code = figures.names().contains(CODE) ? figures.value(CODE) : null;
        return Optional.of(pageTwo.trend(states.stream().filter(x -> x.state().equals(code)).findFirst()
                .orElse(prototype())));
    }

    @Override
    public Set<String> footnotesNeeded() {
        return Set.of(Suppression.FOOTNOTE);
    }

    // ---------------------------------------------------------------- tables

    private PdfTable impacts(StateFigures s) {
        GroupFigures f = s.figures();
        GroupFigures n = metrics.national().figures();
        PdfTable.Builder t = PdfTable.builder().text("Figure", 2.2f).number(s.state().isEmpty() ? "State"
                : StateNames.name(s.state()), 1.5f).number("Nation", 1.5f);
        t.row("Clients served", count(f.clientsServed()), count(n.clientsServed()));
        t.row("Projects completed", count(f.projectsCompleted()), count(n.projectsCompleted()));
        t.row("Clients responding to the survey", count(f.respondingClients()), count(n.respondingClients()));
        t.row("Survey response rate", percent(f.responseRate()), percent(n.responseRate()));
        for (ReportedImpact impact : ReportedImpact.values()) {
            impact(t, s, impact.label(), g -> impact.isJobs() ? count((Long) impact.valueOf(g))
                    : money((BigDecimal) impact.valueOf(g)));
        }
        economyWideRow(t, s);
        return t.build();
    }

    /**
     * The state's line of the economy-wide model, jobs supported, beside the nation's (reported totals, Type II, national
     * multipliers; the GDP and labor income of the line are in the metrics file):
     * "(D)" when the state is suppressed, "not available" when the model was not run.
     */
    private void economyWideRow(PdfTable.Builder t, StateFigures s) {
        EconomyWideImpacts e = metrics.economyWide();
        EconomyWideImpacts.StateLine line = economyWideLine(s.state());
        EconomyWideImpacts.Total nation = e == null || e.scenarios().isEmpty() ? null : e.scenarios().get(0).typeII();
        boolean withheld = s.suppressed() || line != null && line.suppressed().withheld();
        if (withheld) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        }
        t.row("Jobs supported economy-wide (model estimate)",
                withheld ? DisplayFormat.SUPPRESSED : format(Kind.WHOLE, line == null ? null : line.jobs()),
                format(Kind.WHOLE, nation == null ? null : nation.jobs()));
    }

    /** The state's line of the economy-wide model; null when not computed, or withheld. */
    private EconomyWideImpacts.StateLine economyWideLine(String state) {
        EconomyWideImpacts e = metrics.economyWide();
        return e == null ? null : e.states().stream().filter(l -> l.state().equals(state)).findFirst()
                .orElse(null);
    }

    private static String format(Kind kind, Object value) {
        return gov.nist.mep.impact.report.render.DisplayFormat.format(kind, value);
    }

    private void impact(PdfTable.Builder t, StateFigures s, String label, Function<GroupFigures, String> cell) {
        if (s.suppressed()) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        }
        t.row(label, s.suppressed() ? DisplayFormat.SUPPRESSED : cell.apply(s.figures()),
                cell.apply(metrics.national().figures()));
    }

    private PdfTable ratios(StateFigures s) {
        NationalFigures n = metrics.national();
        Funding r = s.funding();
        Funding nr = n.funding();
        boolean d = s.suppressed();
        PdfTable.Builder t = PdfTable.builder().text("Ratio", 2.1f)
                .number("State, over federal funds awarded to its centers", 1.5f)
                .number("Nation, over federal funds awarded to centers", 1.5f)
                .number("Nation, over the appropriation", 1.3f);
        if (d) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        }
        String x = DisplayFormat.SUPPRESSED;
        t.row("New sales per dollar", d ? x : perDollar(r.newSalesPerFederalDollar()),
                perDollar(nr.newSalesPerFederalDollar()), perDollar(n.newSalesPerAppropriationDollar()));
        t.row("New client investment per dollar", d ? x : perDollar(r.investmentPerFederalDollar()),
                perDollar(nr.investmentPerFederalDollar()), perDollar(n.investmentPerAppropriationDollar()));
        t.row("Cost savings per dollar", d ? x : perDollar(r.costSavingsPerFederalDollar()),
                perDollar(nr.costSavingsPerFederalDollar()), perDollar(n.costSavingsPerAppropriationDollar()));
        t.row("Dollars per job created or retained", d ? x : perJob(r.federalCostPerJob()),
                perJob(nr.federalCostPerJob()), perJob(n.appropriationCostPerJob()));
        t.row("Denominator", money(r.federalFunds()), money(nr.federalFunds()), money(n.appropriation()));
        return t.build();
    }

    /** State and territory names by postal code, for headings and sentences. */
    static final class StateNames {
        private static final Map<String, String> NAMES = Map.ofEntries(
                Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
                Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
                Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("DC", "District of Columbia"),
                Map.entry("FL", "Florida"), Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"),
                Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"),
                Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
                Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"),
                Map.entry("MA", "Massachusetts"), Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"),
                Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"),
                Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"),
                Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"),
                Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"),
                Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"),
                Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"),
                Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"),
                Map.entry("VT", "Vermont"), Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"),
                Map.entry("WV", "West Virginia"), Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"),
                Map.entry("PR", "Puerto Rico"), Map.entry("GU", "Guam"), Map.entry("VI", "U.S. Virgin Islands"),
                Map.entry("AS", "American Samoa"), Map.entry("MP", "Northern Mariana Islands"));

        private StateNames() {
        }

        /** The state's name, or its code when the code is not a known one. */
        static String name(String code) {
            return NAMES.getOrDefault(code, code);
        }
    }
}
