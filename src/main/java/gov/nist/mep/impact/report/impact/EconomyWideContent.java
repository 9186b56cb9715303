package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Assumption;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Benchmark;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Effect;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Published;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Sensitivity;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockGroup;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.Charts;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.TemplateParts;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures, tables and chart of the chapter "Economy-wide impacts", formatted from the model's
 * {@code economyWide} section as it stands (the economy-wide model computed them; its codes are worded by
 * {@link EconomyWideText}). Without that section every figure prints "not available" and the tables say the impacts
 * were not computed. Figures the model withholds (disclosure control) print {@value DisplayFormat#SUPPRESSED}.
 */
final class EconomyWideContent {

    private static final float CHART_WIDTH = 470;
    private static final String NOT_COMPUTED = "Economy-wide impacts were not computed for this report.";
    private static final String NOT_PUBLISHED = "not published";

    private final EconomyWideImpacts e;
    private final EconomyWideText text;
    private PlaceholderValues report;
    private final TemplateParts parts = new TemplateParts();

    /** @param text the sentences of {@code economy-wide-text.md}, each checked here against the figures */
    EconomyWideContent(ImpactMetrics metrics, EconomyWideText text) {
        this.e = metrics.economyWide();
        this.text = text;
        this.report = ModelPlaceholders.of(metrics).with(figures(false));
        this.report = ModelPlaceholders.of(metrics).with(figures(true));
        checkSentences();
        parts.table("economy-wide-effects", this::effects)
                .table("economy-wide-ranges", this::ranges)
                .table("economy-wide-sensitivity", this::sensitivity)
                .table("economy-wide-assumptions", this::assumptions)
                .table("economy-wide-shock", this::shock)
                .table("economy-wide-published", this::published)
                .table("economy-wide-benchmark", this::benchmark)
                .table("economy-wide-not-available", this::notAvailable)
                .chart("economy-wide-jobs", this::jobsChart);
    }

    /** The chapter's tables and chart, by name. */
    TemplateParts parts() {
        return parts;
    }

    Optional<PdfTable> table(String name) {
        return parts.table(name);
    }

    Optional<PdfChart> chart(String name) {
        return parts.chart(name);
    }

    /** The chapter's figures, {@code economyWide.*}; see report-templates/README.md. */
    PlaceholderValues figures() {
        return figures(true);
    }

    /** The figures; with the worded ones (the table year's note, the assumptions' values) when {@code worded}. */
    private PlaceholderValues figures(boolean worded) {
        PlaceholderValues v = new PlaceholderValues();
        Scenario reported = scenario("reported");
        v.put("economyWide.tableYear", Kind.YEAR, e == null ? null : (long) e.tableYear());
        v.put("economyWide.tableYearNote", Kind.TEXT, e == null || !worded ? null
                : text.format("table-year." + e.tableYearBasis(), report));
        v.put("economyWide.suppressionThreshold", Kind.COUNT, e == null ? null : (long) e.suppressionThreshold());
        v.put("economyWide.shock.newSales", Kind.MONEY, e == null ? null : e.shock().newSales());
        v.put("economyWide.shock.retainedSales", Kind.MONEY, e == null ? null : e.shock().retainedSales());
        v.put("economyWide.shock.retainedSalesCounted", Kind.MONEY,
                e == null ? null : e.shock().retainedSalesCounted());
        v.put("economyWide.shock.clientSales", Kind.MONEY, e == null ? null : e.shock().clientSales());
        v.put("economyWide.shock.investment", Kind.MONEY, e == null ? null : e.shock().investment());
        v.put("economyWide.shock.investmentDomestic", Kind.MONEY, e == null ? null : e.shock().investmentDomestic());
        v.put("economyWide.shock.finalDemand", Kind.MONEY, e == null ? null : e.shock().finalDemand());
        v.put("economyWide.shock.groupsWithheld", Kind.COUNT, e == null ? null
                : e.shock().groups().stream().filter(g -> g.suppressed().withheld()).count());
        for (String type : List.of("typeI", "typeII")) {
            Total t = reported == null ? null : "typeI".equals(type) ? reported.typeI() : reported.typeII();
            String p = "economyWide." + type + ".";
            v.put(p + "output", Kind.MONEY, t == null ? null : t.output());
            v.put(p + "valueAdded", Kind.MONEY, t == null ? null : t.valueAdded());
            v.put(p + "laborIncome", Kind.MONEY, t == null ? null : t.laborIncome());
            v.put(p + "jobs", Kind.WHOLE, t == null ? null : t.jobs());
            v.put(p + "compensationPerJob", Kind.DOLLARS, t == null ? null : t.compensationPerJob());
            v.put(p + "wagesAndSalaries", Kind.MONEY, t == null ? null : t.wagesAndSalaries());
            v.put(p + "federalIncomeTax", Kind.MONEY, t == null ? null : t.federalIncomeTax());
            v.put(p + "taxPerAppropriationDollar", Kind.PER_APPROPRIATION_DOLLAR,
                    t == null ? null : t.taxPerAppropriationDollar());
            v.put(p + "taxPerFederalDollar", Kind.PER_FEDERAL_DOLLAR, t == null ? null : t.taxPerFederalDollar());
        }
        for (String name : List.of("estimated", "lower", "upper")) {
            Scenario s = scenario(name);
            v.put("economyWide." + name + ".typeII.jobs", Kind.WHOLE, s == null ? null : s.typeII().jobs());
            v.put("economyWide." + name + ".typeII.valueAdded", Kind.MONEY, s == null ? null : s.typeII().valueAdded());
        }
        Sensitivity conservative = sensitivity(RETAINED, "0");
        v.put("economyWide.noRetainedSales.typeII.jobs", Kind.WHOLE, conservative == null ? null : conservative.jobs());
        v.put("economyWide.noRetainedSales.typeII.taxPerAppropriationDollar", Kind.PER_APPROPRIATION_DOLLAR,
                conservative == null ? null : conservative.taxPerAppropriationDollar());
        v.put("economyWide.wagesShareOfCompensation", Kind.PERCENT, e == null ? null : e.wagesShareOfCompensation());
        // the other readings of the sensitivity table the chapter names in its sentences (Type II jobs)
        Map<String, Sensitivity> readings = new LinkedHashMap<>();
        readings.put("salesAsFinalDemand", sensitivity(SETTING + "client-sales-as", "final-demand"));
        readings.put("salesAsOutput", sensitivity(SETTING + "client-sales-as", "output"));
        readings.put("fullTimeEquivalents", sensitivity(SETTING + "jobs-measure", "full-time-equivalents"));
        readings.put("personsEngaged", sensitivity(SETTING + "jobs-measure", "persons-engaged"));
        readings.put("fullAndPartTime", sensitivity(SETTING + "jobs-measure", "full-and-part-time"));
        readings.put("spendingPceGdp", basis("pce-gdp"));
        readings.put("spendingPceDisposableIncome", basis("pce-disposable-income"));
        readings.put("spendingOne", basis("one"));
        readings.forEach((name, r) -> {
            v.put("economyWide.sensitivity." + name + ".jobs", Kind.WHOLE, r == null ? null : r.jobs());
            v.put("economyWide.sensitivity." + name + ".valueAdded", Kind.MONEY, r == null ? null : r.valueAdded());
        });
        for (String spending : List.of("pce-gdp", "pce-disposable-income")) {
            Sensitivity r = basis(spending);
            v.put("economyWide.householdSpending." + (spending.equals("pce-gdp") ? "pceGdp" : "pceDisposableIncome"),
                    Kind.TEXT, r == null || !worded ? null : value(r.assumption(), r.value()));
        }
        for (String setting : EconomyWideText.SETTINGS) {
            Assumption a = e == null ? null : e.assumptions().stream()
                    .filter(x -> x.setting().equals(SETTING + setting)).findFirst().orElse(null);
            v.put("economyWide.assumption." + setting, Kind.TEXT, a == null || !worded ? null
                    : value(a.setting(), a.value()));
        }
        Published pub = e == null ? null : e.published();
        v.put("economyWide.published.fiscalYear", Kind.YEAR, pub == null ? null : (long) pub.fiscalYear());
        v.put("economyWide.published.jobs", Kind.COUNT, pub == null ? null : pub.jobs());
        v.put("economyWide.published.returnReported", Kind.RATIO,
                pub == null || pub.returnReported() == null ? null : pub.returnReported().doubleValue());
        Benchmark ours = e == null || e.benchmark().isEmpty() ? null : e.benchmark().get(e.benchmark().size() - 1);
        v.put("economyWide.jobsPerMillionSales", Kind.RATIO, ours == null ? null : ours.jobsPerMillionSales());
        v.put("economyWide.gdpPerSalesDollar", Kind.PER_DOLLAR, ours == null ? null : ours.gdpPerSalesDollar());
        List<Benchmark> published = e == null ? List.of() : e.benchmark().subList(0, e.benchmark().size() - 1);
        v.put("economyWide.published.jobsPerMillionSales.min", Kind.RATIO, published.stream()
                .map(Benchmark::jobsPerMillionSales).filter(x -> x != null).min(Double::compare).orElse(null));
        v.put("economyWide.published.jobsPerMillionSales.max", Kind.RATIO, published.stream()
                .map(Benchmark::jobsPerMillionSales).filter(x -> x != null).max(Double::compare).orElse(null));
        v.put("economyWide.published.gdpPerSalesDollar.min", Kind.PER_DOLLAR, published.stream()
                .map(Benchmark::gdpPerSalesDollar).filter(x -> x != null).min(Double::compare).orElse(null));
        v.put("economyWide.published.gdpPerSalesDollar.max", Kind.PER_DOLLAR, published.stream()
                .map(Benchmark::gdpPerSalesDollar).filter(x -> x != null).max(Double::compare).orElse(null));
        return v;
    }

    private static final String SETTING = "mep.economy.";
    private static final String RETAINED = SETTING + "retained-sales-share";

    /** The sensitivity row of a setting at a value (as written), or null. */
    private Sensitivity sensitivity(String setting, String value) {
        return e == null ? null : e.sensitivity().stream().filter(x -> x.assumption().equals(setting)
                && x.value().equals(value)).findFirst().orElse(null);
    }

    /** The sensitivity row of household spending of a basis, or null. */
    private Sensitivity basis(String basis) {
        return e == null ? null : e.sensitivity().stream().filter(x -> basis.equals(x.basis())).findFirst()
                .orElse(null);
    }

    /** Every sentence formatted once with the report's figures: a wrong placeholder fails before anything is written. */
    private void checkSentences() {
        PlaceholderValues group = groupFigures(null);
        PlaceholderValues benchmark = new PlaceholderValues().put("benchmark.fiscalYear", Kind.YEAR, null);
        for (String key : EconomyWideText.KEYS) {
            text.format(key, key.startsWith("group.") ? report.with(group)
                    : key.startsWith("benchmark.") ? report.with(benchmark) : report);
        }
    }

    /** An assumption's value as the chapter prints it: shares in percent, a ratio, a year, an option in words. */
    String value(String setting, String value) {
        String name = setting.substring(SETTING.length());
        return switch (name) {
            case "retained-sales-share", "federal-income-tax-rate" ->
                    new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case "household-spending-per-income-dollar" ->
                    new BigDecimal(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
            case "client-sales-as", "jobs-measure" -> text.format("value." + name + "." + value, report);
            default -> value;
        };
    }

    /** A sensitivity row's value, with where a household spending value comes from. */
    String sensitivityValue(Sensitivity s) {
        return value(s.assumption(), s.value()) + (s.basis() == null ? ""
                : " (" + text.format("value.household-spending." + s.basis(), report) + ")");
    }

    /** The name of an assumption (its setting). */
    String assumptionName(String setting) {
        return text.format("assumption." + setting.substring(SETTING.length()) + ".name", report);
    }

    /** A client group's figures for its label. */
    private static PlaceholderValues groupFigures(ShockGroup g) {
        return new PlaceholderValues().text("group.code", g == null ? null : g.code())
                .text("group.name", g == null ? null : g.name())
                .put("group.industries", Kind.COUNT, g == null ? null : (long) g.industries().size())
                .put("group.respondingClients", Kind.COUNT, g == null ? null : g.respondingClients());
    }

    /** The label of a client group of the shock, as the chapter and the workbook print it. */
    String groupLabel(ShockGroup g) {
        return text.format("group." + g.kind(), report.with(groupFigures(g)));
    }

    /** The label of a scenario. */
    String scenarioLabel(String name) {
        return text.format("scenario." + name, report);
    }

    private Scenario scenario(String name) {
        return e == null ? null : e.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static String money(BigDecimal v) {
        return DisplayFormat.money(v);
    }

    private static String jobs(BigDecimal v) {
        return DisplayFormat.format(Kind.WHOLE, v);
    }

    private PdfTable notComputed(PdfTable.Builder t, int columns) {
        List<String> cells = new ArrayList<>();
        cells.add(NOT_COMPUTED);
        for (int i = 1; i < columns; i++) {
            cells.add("");
        }
        return t.row(cells).build();
    }

    private PdfTable effects() {
        PdfTable.Builder t = PdfTable.builder().text("Effect", 2.2f).number("Output", 1.1f)
                .number("Value added (GDP)", 1.2f).number("Labor income", 1.1f).number("Jobs", 0.8f);
        Scenario s = scenario("reported");
        if (s == null) {
            return notComputed(t, 5);
        }
        effectRow(t, "Direct (the clients' sales and investment)", s.direct());
        effectRow(t, "Indirect (their suppliers, and theirs)", s.indirect());
        effectRow(t, "Induced (spending of the labor income)", s.induced());
        totalRow(t, "Type I total (direct + indirect)", s.typeI());
        totalRow(t, "Type II total (direct + indirect + induced)", s.typeII());
        return t.build();
    }

    private static void effectRow(PdfTable.Builder t, String label, Effect x) {
        t.row(label, money(x.output()), money(x.valueAdded()), money(x.laborIncome()), jobs(x.jobs()));
    }

    private static void totalRow(PdfTable.Builder t, String label, Total x) {
        t.total(label, money(x.output()), money(x.valueAdded()), money(x.laborIncome()), jobs(x.jobs()));
    }

    private PdfTable ranges() {
        PdfTable.Builder t = PdfTable.builder().text("Shock, model", 2.2f).number("Shock", 1)
                .number("Jobs", 0.8f).number("GDP", 1).number("Federal income tax", 1)
                .number("Tax per dollar appropriated", 1.25f).number("Tax per federal dollar to centers", 1.1f);
        if (e == null) {
            return notComputed(t, 7);
        }
        for (Scenario s : e.scenarios()) {
            for (boolean typeII : new boolean[] {false, true}) {
                Total x = typeII ? s.typeII() : s.typeI();
                t.row(scenarioLabel(s.name()) + (typeII ? ", Type II" : ", Type I"),
                        DisplayFormat.moneyShort(s.finalDemand()),
                        jobs(x.jobs()), DisplayFormat.moneyShort(x.valueAdded()),
                        DisplayFormat.moneyShort(x.federalIncomeTax()),
                        DisplayFormat.perDollar(x.taxPerAppropriationDollar()),
                        DisplayFormat.perDollar(x.taxPerFederalDollar()));
            }
        }
        return t.build();
    }

    private PdfTable sensitivity() {
        PdfTable.Builder t = PdfTable.builder().text("Assumption", 1.5f).text("Value", 1.3f)
                .number("Shock", 1).number("Jobs (Type II)", 0.9f).number("GDP (Type II)", 1)
                .number("Tax per dollar appropriated", 1.25f).number("Tax per federal dollar to centers", 1.1f);
        if (e == null) {
            return notComputed(t, 7);
        }
        for (Sensitivity s : e.sensitivity()) {
            t.row(assumptionName(s.assumption()), sensitivityValue(s) + (s.used() ? " (used)" : ""),
                    money(s.finalDemand()), jobs(s.jobs()), money(s.valueAdded()),
                    DisplayFormat.perDollar(s.taxPerAppropriationDollar()),
                    DisplayFormat.perDollar(s.taxPerFederalDollar()));
        }
        return t.build();
    }

    private PdfTable assumptions() {
        PdfTable.Builder t = PdfTable.builder().text("Assumption (setting)", 2).text("Value", 0.8f)
                .text("Source", 3.2f);
        if (e == null) {
            return notComputed(t, 3);
        }
        for (Assumption a : e.assumptions()) {
            String key = "assumption." + a.setting().substring(SETTING.length());
            t.row(assumptionName(a.setting()) + " (" + a.setting() + ")", value(a.setting(), a.value()),
                    "setting".equals(a.basis()) && !a.setting().endsWith("table-year")
                            ? text.format("assumption.set-by-setting", report) : text.format(key + ".source", report));
        }
        return t.build();
    }

    /**
     * The client groups one by one, those withheld marked {@value DisplayFormat#SUPPRESSED} and counted together in the
     * "other industries" line; investment goods in one row (spread over many industries, mostly small).
     */
    private PdfTable shock() {
        PdfTable.Builder t = PdfTable.builder().text("Put into the model", 3.4f).number("Responding clients", 1)
                .number("Amount", 1.2f);
        if (e == null) {
            return notComputed(t, 3);
        }
        if (e.shock().groups().stream().anyMatch(g -> g.suppressed().withheld())) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        }
        for (ShockGroup g : e.shock().groups()) {
            t.row(groupLabel(g), DisplayFormat.count(g.respondingClients()), g.suppressed().withheld()
                    ? DisplayFormat.SUPPRESSED : money(g.clientSales()));
        }
        t.row("Investment goods, domestic share (" + e.shock().investmentGoods().size()
                + " industries; the metrics file lists them)", "", money(e.shock().investmentDomestic()));
        t.total("Total: client sales and investment goods", "", money(e.shock().finalDemand()));
        return t.build();
    }

    private PdfTable published() {
        PdfTable.Builder t = PdfTable.builder().text("Figure", 2.4f).number("Published by the contractor", 1.5f)
                .number("This model, Type II", 1.4f);
        if (e == null) {
            return notComputed(t, 3);
        }
        Published p = e.published();
        Scenario s = scenario("reported");
        t.row("Fiscal year", p == null ? NOT_PUBLISHED : String.valueOf(p.fiscalYear()),
                String.valueOf(e.fiscalYear()));
        t.row("Federal investment", p == null ? NOT_PUBLISHED : money(p.federalInvestment()), "");
        t.row("Jobs supported", p == null || p.jobs() == null ? NOT_PUBLISHED : DisplayFormat.count(p.jobs()),
                jobs(s.typeII().jobs()));
        t.row("Personal income (published) / labor income (this model)",
                p == null || p.personalIncome() == null ? NOT_PUBLISHED : money(p.personalIncome()),
                money(s.typeII().laborIncome()));
        t.row("GDP", p == null || p.gdp() == null ? NOT_PUBLISHED : money(p.gdp()), money(s.typeII().valueAdded()));
        t.row("Federal personal income tax gain", p == null || p.federalIncomeTax() == null ? NOT_PUBLISHED
                : money(p.federalIncomeTax()), money(s.typeII().federalIncomeTax()));
        t.row("Return on the federal investment", p == null || p.returnReported() == null ? NOT_PUBLISHED
                : p.returnReported().toPlainString() + " : 1", DisplayFormat.perDollar(s.typeII()
                        .taxPerAppropriationDollar()) + " per dollar appropriated");
        return t.build();
    }

    private PdfTable benchmark() {
        PdfTable.Builder t = PdfTable.builder().text("Year and source", 2.2f).number("New + retained sales", 1.1f)
                .number("Jobs", 0.9f).number("GDP", 1).number("Jobs per $1 million of sales", 1)
                .number("GDP per dollar of sales", 1);
        if (e == null) {
            return notComputed(t, 6);
        }
        for (Benchmark b : e.benchmark()) {
            t.row(text.format("benchmark." + b.label(), report.with(new PlaceholderValues()
                    .put("benchmark.fiscalYear", Kind.YEAR, b.fiscalYear() == null ? null : (long) b.fiscalYear()))),
                    money(b.clientSales()), jobs(b.jobs()), money(b.gdp()),
                    DisplayFormat.format(Kind.RATIO, b.jobsPerMillionSales()),
                    DisplayFormat.perDollar(b.gdpPerSalesDollar()));
        }
        return t.build();
    }

    private PdfTable notAvailable() {
        PdfTable.Builder t = PdfTable.builder().text("Not printed, and why", 1);
        if (e == null) {
            return notComputed(t, 1);
        }
        e.notAvailable().forEach(n -> t.row(text.format("not-available." + n, report)));
        return t.build();
    }

    private PdfChart jobsChart() {
        Scenario s = scenario("reported");
        List<Charts.Bar> bars = new ArrayList<>();
        if (s != null) {
            bars.add(new Charts.Bar("Direct", s.direct().jobs().doubleValue()));
            bars.add(new Charts.Bar("Indirect", s.indirect().jobs().doubleValue()));
            bars.add(new Charts.Bar("Induced", s.induced().jobs().doubleValue()));
        }
        String alt = s == null ? "Bar chart of jobs supported by effect; economy-wide impacts were not computed."
                : "Bar chart of jobs supported by the clients' reported sales and investment, by effect: direct "
                        + jobs(s.direct().jobs()) + ", indirect " + jobs(s.indirect().jobs()) + ", induced "
                        + jobs(s.induced().jobs()) + "; " + jobs(s.typeII().jobs())
                        + " in all (Type II). The table that follows gives output, GDP and labor income too.";
        return new PdfChart(alt, CHART_WIDTH, 180, Charts.bars(bars, "Jobs supported",
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)), true, CHART_WIDTH, 180),
                effects());
    }
}
