package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.metrics.ClientIndustrySales;
import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Assumption;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Benchmark;
import gov.nist.mep.impact.metrics.Disclosure;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Effect;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.InvestmentGoods;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Multiplier;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Published;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Sensitivity;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Shock;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockGroup;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.StateLine;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The economy-wide model: runs a fiscal year's client-reported sales and investment through the U.S. input-output
 * tables ({@link LeontiefModel}) and attaches the result to the metrics model, so every report prints the same
 * figures. A pure function of the metrics model, the shipped tables, the assumptions and the suppression threshold.
 * Codes and figures only: the reports word them.
 */
@Component
public class EconomyWideModel {

    /** The tables and published files the model reads, by code (docs/metrics-json.md). */
    static final List<String> SOURCES = List.of("bea-domestic-requirements", "bea-use-before-redefinitions",
            "bea-industry-codes", "bea-employment", "bea-households", "published-economy-wide",
            "published-client-figures");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final String RETAINED_SHARE = "mep.economy.retained-sales-share";
    private static final String HOUSEHOLD_SPENDING = "mep.economy.household-spending-per-income-dollar";
    private static final String JOBS_MEASURE = "mep.economy.jobs-measure";
    private static final String CLIENT_SALES_AS = "mep.economy.client-sales-as";

    private final EconomyAssumptions assumptions;
    private final int threshold;
    private final NaicsIndustries naics;
    private final TreeSet<Integer> tableYears;
    private final Map<Integer, Published> published;
    private final Map<Integer, BigDecimal> publishedSales;

    /** @param rules the program rules: their suppression threshold withholds the economy-wide figures of small groups */
    public EconomyWideModel(EconomyAssumptions assumptions, ProgramRules rules) {
        this.assumptions = assumptions;
        this.threshold = rules.suppressionThreshold();
        this.naics = NaicsIndustries.load();
        this.tableYears = IoTables.availableYears();
        this.published = PublishedEconomyWide.economyWide();
        this.publishedSales = PublishedEconomyWide.clientSales();
    }

    /** The metrics model with its economy-wide impacts attached. */
    public ImpactMetrics attach(ImpactMetrics metrics) {
        return metrics.withEconomyWide(compute(metrics));
    }

    EconomyWideImpacts compute(ImpactMetrics m) {
        int requested = assumptions.tableYear() != null ? assumptions.tableYear() : m.fiscalYear();
        int tableYear = requested > tableYears.last() ? tableYears.last()
                : requested < tableYears.first() ? tableYears.first() : requested;
        String basis = assumptions.tableYear() != null && requested == tableYear ? "setting"
                : requested > tableYear ? "latest" : requested < tableYear ? "earliest" : "fiscal-year";
        IoTables tables = IoTables.load(tableYear);
        double spending = assumptions.householdSpendingPerIncomeDollar() != null
                ? assumptions.householdSpendingPerIncomeDollar().doubleValue() : tables.pceShareOfGdp();
        LeontiefModel model = LeontiefModel.of(tables, spending, assumptions.jobs());
        double wages = tables.wagesShareOfCompensation();
        List<ClientIndustrySales> rows = m.salesByClientIndustry();
        ShockGroups groups = ShockGroups.of(rows, naics, manufacturing(tables), tables.industries(), threshold);
        Demand demand = new Demand(tables, groups, rows);
        List<String> notAvailable = new ArrayList<>();

        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(scenario(model, m, demand, "reported", 1, 1, 1, assumptions, wages));
        Estimates e = m.estimates();
        Estimates.ImpactEstimate ns = e == null || e.impacts() == null ? null : e.impacts().get("newSales");
        Estimates.ImpactEstimate rs = e == null || e.impacts() == null ? null : e.impacts().get("retainedSales");
        Estimates.ImpactEstimate inv = e == null || e.impacts() == null ? null : e.impacts().get("investment");
        for (String end : List.of("estimated", "lower", "upper")) {
            Function<Estimates.ImpactEstimate, BigDecimal> value = switch (end) {
                case "estimated" -> Estimates.ImpactEstimate::estimatedTotal;
                case "lower" -> Estimates.ImpactEstimate::confidenceLower;
                default -> Estimates.ImpactEstimate::confidenceUpper;
            };
            Double fn = factor(ns, value);
            Double fr = factor(rs, value);
            Double fi = factor(inv, value);
            if (fn == null || fr == null || fi == null) {
                notAvailable.add("scenario-" + end);
            } else {
                scenarios.add(scenario(model, m, demand, end, fn, fr, fi, assumptions, wages));
            }
        }
        if (m.national().appropriation() == null) {
            notAvailable.add("appropriation");
        }
        notAvailable.add("personal-income");
        notAvailable.add("state-multipliers");

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (BigDecimal share : List.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE)) {
            EconomyAssumptions a = assumptions.withRetainedSalesShare(share);
            sensitivity.add(sensitivity(model, m, demand, a, wages, RETAINED_SHARE, share.toPlainString(), null,
                    share.compareTo(assumptions.retainedSalesShare()) == 0));
        }
        Map<String, Double> spendings = new LinkedHashMap<>();
        spendings.put("pce-gdp", tables.pceShareOfGdp());
        spendings.put("pce-disposable-income", tables.consumptionShareOfDisposableIncome());
        spendings.put("one", 1.0);
        for (Map.Entry<String, Double> option : spendings.entrySet()) {
            LeontiefModel other = LeontiefModel.of(tables, option.getValue(), assumptions.jobs());
            sensitivity.add(sensitivity(other, m, demand, assumptions, wages, HOUSEHOLD_SPENDING,
                    number(option.getValue()), option.getKey(), Math.abs(option.getValue() - spending) < 1e-12));
        }
        for (EconomyAssumptions.JobsMeasure measure : EconomyAssumptions.JobsMeasure.values()) {
            LeontiefModel other = LeontiefModel.of(tables, spending, measure);
            sensitivity.add(sensitivity(other, m, demand, assumptions.withJobsMeasure(measure), wages, JOBS_MEASURE,
                    measure.code(), null, measure == assumptions.jobs()));
        }
        for (EconomyAssumptions.ClientSalesAs as : EconomyAssumptions.ClientSalesAs.values()) {
            sensitivity.add(sensitivity(model, m, demand, assumptions.withClientSalesAs(as), wages, CLIENT_SALES_AS,
                    as.code(), null, as == assumptions.clientSales()));
        }

        Map<String, ShockGroups.Group> industryGroups = new HashMap<>();
        groups.all().stream().filter(g -> ShockGroups.INDUSTRY.equals(g.kind)).forEach(g -> industryGroups.put(g.code,
                g));
        List<Multiplier> multipliers = new ArrayList<>();
        for (int c = 0; c < model.commodities(); c++) {
            if (!model.madeByAnIndustry(c)) {
                continue;
            }
            String code = tables.codes().get(c);
            LeontiefModel.Impacts p = model.perDollar(c);
            LeontiefModel.Impacts sales = assumptions.clientSales() == EconomyAssumptions.ClientSalesAs.OUTPUT
                    ? model.perDollarOfOutput(c) : p;
            ShockGroups.Group g = industryGroups.get(code);
            Disclosure d = g == null ? Disclosure.PUBLISHED : g.disclosure;
            multipliers.add(new Multiplier(code, tables.names().get(code), manufacturing(tables, code),
                    model.ownRequirement(c), p.typeI().output(), p.typeII().output(), p.typeI().valueAdded(),
                    p.typeII().valueAdded(), p.typeI().laborIncome(), p.typeII().laborIncome(),
                    p.typeI().jobs() * 1e6, p.typeII().jobs() * 1e6, sales.typeI().output(), sales.typeII().output(),
                    sales.typeI().jobs() * 1e6, sales.typeII().jobs() * 1e6,
                    g == null || d.withheld() ? null : counted(g.newSales, g.retainedSales), d));
        }

        List<StateLine> states = states(m, model, demand, rows);

        Scenario reported = scenarios.get(0);
        List<Benchmark> benchmark = new ArrayList<>();
        for (Map.Entry<Integer, Published> p : published.entrySet()) {
            BigDecimal sales = publishedSales.get(p.getKey());
            if (sales == null || p.getValue().jobs() == null && p.getValue().gdp() == null) {
                continue;
            }
            Published pub = p.getValue();
            benchmark.add(new Benchmark("published", p.getKey(), sales,
                    pub.jobs() == null ? null : BigDecimal.valueOf(pub.jobs()), pub.gdp(),
                    pub.jobs() == null ? null : ratio(BigDecimal.valueOf(pub.jobs()).multiply(MILLION), sales),
                    pub.gdp() == null ? null : ratio(pub.gdp(), sales), pub.source()));
        }
        BigDecimal ourSales = m.national().figures().newSales().add(m.national().figures().retainedSales());
        benchmark.add(new Benchmark("model", m.fiscalYear(), ourSales, reported.typeII().jobs(),
                reported.typeII().valueAdded(), ratio(reported.typeII().jobs().multiply(MILLION), ourSales),
                ratio(reported.typeII().valueAdded(), ourSales), "metrics-FY" + m.fiscalYear() + ".json"));

        return new EconomyWideImpacts(m.fiscalYear(), tableYear, basis, threshold, SOURCES,
                assumptionsUsed(spending, tableYear, basis), wages, shock(demand, groups, tables),
                List.copyOf(scenarios),
                List.copyOf(sensitivity), List.copyOf(multipliers), states, published.get(m.fiscalYear()),
                List.copyOf(benchmark), List.copyOf(notAvailable));
    }

    /**
     * The final demand of the client groups and of the investment. Client sales of a group go to the industries its
     * code names, in proportion to their output (one industry: all of it); the withheld groups go in as their pool.
     * New investment buys investment goods in the proportions of U.S. nonresidential private fixed investment of the
     * table year; only the domestically made share is demand for U.S. industries.
     */
    private static final class Demand {
        final ShockGroups groups;
        final Map<ShockGroups.Group, double[]> spread = new HashMap<>();
        final double[] investmentShare;
        final BigDecimal newSales;
        final BigDecimal retainedSales;
        final BigDecimal investment;

        Demand(IoTables t, ShockGroups groups, List<ClientIndustrySales> rows) {
            this.groups = groups;
            int n = t.codes().size();
            for (ShockGroups.Group g : groups.modelled()) {
                double[] weights = new double[n];
                double total = 0;
                for (String code : g.industries) {
                    total += t.industryOutput()[t.industryOf(code)];
                }
                for (String code : g.industries) {
                    weights[t.codes().indexOf(code)] += g.industries.size() == 1 ? 1
                            : t.industryOutput()[t.industryOf(code)] / total;
                }
                spread.put(g, weights);
            }
            BigDecimal ns = BigDecimal.ZERO.setScale(2);
            BigDecimal rs = BigDecimal.ZERO.setScale(2);
            BigDecimal inv = BigDecimal.ZERO.setScale(2);
            for (ClientIndustrySales r : rows) {
                ns = ns.add(r.newSales());
                rs = rs.add(r.retainedSales());
                inv = inv.add(r.investment());
            }
            this.newSales = ns;
            this.retainedSales = rs;
            this.investment = inv;
            investmentShare = new double[n];
            double total = 0;
            for (int c = 0; c < n; c++) {
                if (t.industryOf(t.codes().get(c)) >= 0) {
                    total += Math.max(0, t.investment()[c]);
                }
            }
            for (int c = 0; c < n; c++) {
                if (t.industryOf(t.codes().get(c)) >= 0 && total > 0) {
                    investmentShare[c] = Math.max(0, t.investment()[c]) / total * t.domesticShare(c);
                }
            }
        }

        double[] sales(EconomyAssumptions a, double newFactor, double retainedFactor) {
            double share = a.retainedSalesShare().doubleValue();
            double[] d = new double[investmentShare.length];
            for (Map.Entry<ShockGroups.Group, double[]> e : spread.entrySet()) {
                double amount = newFactor * e.getKey().newSales.doubleValue()
                        + retainedFactor * share * e.getKey().retainedSales.doubleValue();
                for (int c = 0; c < d.length; c++) {
                    d[c] += amount * e.getValue()[c];
                }
            }
            return d;
        }

        double[] investment(double factor) {
            double[] d = new double[investmentShare.length];
            for (int c = 0; c < d.length; c++) {
                d[c] = factor * investment.doubleValue() * investmentShare[c];
            }
            return d;
        }

        /** The effects of the client sales: as output of their industries, or as final demand. */
        LeontiefModel.Impacts salesImpacts(LeontiefModel model, EconomyAssumptions a, double newFactor,
                double retainedFactor) {
            double[] sales = sales(a, newFactor, retainedFactor);
            return a.clientSales() == EconomyAssumptions.ClientSalesAs.OUTPUT ? model.impactsOfOutput(sales)
                    : model.impacts(sales);
        }

        /** The shock's client sales and domestic investment goods (the direct final demand or output). */
        double shockTotal(EconomyAssumptions a, double newFactor, double retainedFactor, double investmentFactor) {
            return sum(sales(a, newFactor, retainedFactor)) + sum(investment(investmentFactor));
        }
    }

    /** The scale of an estimate against the reported total of the same impact (the model is linear in demand). */
    private static Double factor(Estimates.ImpactEstimate i, Function<Estimates.ImpactEstimate, BigDecimal> end) {
        if (i == null || end.apply(i) == null) {
            return null;
        }
        if (i.reportedTotal().signum() == 0) {
            return end.apply(i).signum() == 0 ? 1.0 : null;
        }
        return end.apply(i).divide(i.reportedTotal(), MathContext.DECIMAL64).doubleValue();
    }

    private static Scenario scenario(LeontiefModel model, ImpactMetrics m, Demand demand, String name, double fn,
            double fr, double fi, EconomyAssumptions a, double wages) {
        LeontiefModel.Impacts p = demand.salesImpacts(model, a, fn, fr).plus(model.impacts(demand.investment(fi)));
        return new Scenario(name, money(demand.shockTotal(a, fn, fr, fi)), effect(p.direct()), effect(p.indirect()),
                effect(p.induced()), total(p.typeI(), m, a, wages), total(p.typeII(), m, a, wages));
    }

    private static Sensitivity sensitivity(LeontiefModel model, ImpactMetrics m, Demand demand, EconomyAssumptions a,
            double wages, String setting, String value, String basis, boolean used) {
        Scenario s = scenario(model, m, demand, "reported", 1, 1, 1, a, wages);
        return new Sensitivity(setting, value, basis, used, s.finalDemand(), s.typeII().jobs(),
                s.typeII().valueAdded(), s.typeII().federalIncomeTax(), s.typeII().taxPerAppropriationDollar(),
                s.typeII().taxPerFederalDollar());
    }

    /**
     * Each state's share of the national Type II result: its share of the counted client sales times the effect of
     * the clients' sales, plus its share of the new investment times the effect of the investment. The nation's
     * industry mix, not the state's: a state's own mix would let a reader solve the line's figures for the sales of
     * the state's few industries. Withheld when the state's impacts are (the metrics' rule), and, so that a withheld
     * state cannot be recovered as the national result less the printed states, as long as the withheld states have
     * fewer responding clients than the threshold in all, the next smallest state with respondents too.
     */
    private List<StateLine> states(ImpactMetrics m, LeontiefModel model, Demand demand, List<ClientIndustrySales> rows) {
        LeontiefModel.Effect sales = demand.salesImpacts(model, assumptions, 1, 1).typeII();
        LeontiefModel.Effect investment = model.impacts(demand.investment(1)).typeII();
        double domestic = sum(demand.investment(1));
        BigDecimal counted = counted(demand.newSales, demand.retainedSales);
        Map<String, Disclosure> disclosure = new HashMap<>();
        for (StateFigures s : m.states()) {
            disclosure.put(s.state(), !s.suppressed() ? Disclosure.PUBLISHED
                    : s.figures().respondingClients() < threshold ? Disclosure.PRIMARY : Disclosure.COMPLEMENTARY);
        }
        while (true) {
            long withheld = m.states().stream().filter(s -> disclosure.get(s.state()).withheld())
                    .mapToLong(s -> s.figures().respondingClients()).sum();
            if (withheld == 0 || withheld >= threshold) {
                break;
            }
            StateFigures next = m.states().stream().filter(s -> !disclosure.get(s.state()).withheld()
                    && s.figures().respondingClients() > 0).min(Comparator.comparingLong((StateFigures s) -> s.figures()
                            .respondingClients()).thenComparing(StateFigures::state)).orElse(null);
            if (next == null) {
                break;
            }
            disclosure.put(next.state(), Disclosure.COMPLEMENTARY);
        }
        List<StateLine> lines = new ArrayList<>();
        for (StateFigures s : m.states()) {
            Disclosure d = disclosure.get(s.state());
            long clients = s.figures().respondingClients();
            if (d.withheld()) {
                lines.add(new StateLine(s.state(), clients, d, null, null, null, null, null));
                continue;
            }
            BigDecimal stateNew = BigDecimal.ZERO;
            BigDecimal stateRetained = BigDecimal.ZERO;
            BigDecimal stateInvestment = BigDecimal.ZERO;
            for (ClientIndustrySales r : rows) {
                if (s.state().equals(r.state())) {
                    stateNew = stateNew.add(r.newSales());
                    stateRetained = stateRetained.add(r.retainedSales());
                    stateInvestment = stateInvestment.add(r.investment());
                }
            }
            BigDecimal stateCounted = counted(stateNew, stateRetained);
            double a = counted.signum() == 0 ? 0 : stateCounted.doubleValue() / counted.doubleValue();
            double b = demand.investment.signum() == 0 ? 0
                    : stateInvestment.doubleValue() / demand.investment.doubleValue();
            LeontiefModel.Effect line = sales.times(a).plus(investment.times(b));
            lines.add(new StateLine(s.state(), clients, d, money(stateCounted.doubleValue() + b * domestic),
                    money(line.output()), money(line.valueAdded()), money(line.laborIncome()), jobs(line.jobs())));
        }
        return List.copyOf(lines);
    }

    private static Effect effect(LeontiefModel.Effect e) {
        return new Effect(money(e.output()), money(e.valueAdded()), money(e.laborIncome()), jobs(e.jobs()));
    }

    /**
     * A total, with the federal personal income tax: the effective rate (measured on personal income) times the wages
     * and salaries of the labor income (the part of compensation taxed as the employee's income).
     */
    private static Total total(LeontiefModel.Effect e, ImpactMetrics m, EconomyAssumptions a, double wages) {
        BigDecimal labor = money(e.laborIncome());
        BigDecimal base = money(e.laborIncome() * wages);
        BigDecimal tax = base.multiply(a.federalIncomeTaxRate()).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal perJob = e.jobs() <= 0 ? null
                : BigDecimal.valueOf(e.laborIncome() / e.jobs()).setScale(0, RoundingMode.HALF_EVEN);
        return new Total(money(e.output()), money(e.valueAdded()), labor, jobs(e.jobs()), perJob, base, tax,
                ratio(tax, m.national().appropriation()), ratio(tax, m.national().funding().federalFunds()));
    }

    /** New sales plus the counted share of retained sales, to the cent. */
    private BigDecimal counted(BigDecimal newSales, BigDecimal retainedSales) {
        return newSales.add(retainedSales.multiply(assumptions.retainedSalesShare())).setScale(2,
                RoundingMode.HALF_EVEN);
    }

    private Shock shock(Demand d, ShockGroups groups, IoTables t) {
        List<ShockGroup> lines = new ArrayList<>();
        for (ShockGroups.Group g : groups.all()) {
            lines.add(new ShockGroup(g.code, g.kind, ShockGroups.INDUSTRY.equals(g.kind) ? t.names().get(g.code) : null,
                    g.industries, g.respondingClients, g.disclosure.withheld() ? null
                            : counted(g.newSales, g.retainedSales), g.disclosure));
        }
        ShockGroups.Group pool = groups.pool();
        if (pool != null) {
            lines.add(new ShockGroup(pool.code, pool.kind, null, pool.industries, pool.respondingClients,
                    counted(pool.newSales, pool.retainedSales), Disclosure.PUBLISHED));
        }
        double[] inv = d.investment(1);
        List<InvestmentGoods> goods = new ArrayList<>();
        for (int c = 0; c < t.codes().size(); c++) {
            if (inv[c] != 0) {
                String code = t.codes().get(c);
                goods.add(new InvestmentGoods(code, t.names().get(code), money(inv[c])));
            }
        }
        BigDecimal retainedCounted = d.retainedSales.multiply(assumptions.retainedSalesShare()).setScale(2,
                RoundingMode.HALF_EVEN);
        BigDecimal clientSales = d.newSales.add(retainedCounted);
        BigDecimal domestic = money(sum(inv));
        return new Shock(d.newSales, d.retainedSales, retainedCounted, clientSales, d.investment, domestic,
                clientSales.add(domestic), List.copyOf(lines), List.copyOf(goods));
    }

    private List<Assumption> assumptionsUsed(double spending, int tableYear, String tableYearBasis) {
        return List.of(
                new Assumption(RETAINED_SHARE, assumptions.retainedSalesShare().toPlainString(),
                        EconomyAssumptions.basis(assumptions.retainedSalesShare(),
                                EconomyAssumptions.DEFAULT_RETAINED_SALES_SHARE)),
                new Assumption("mep.economy.federal-income-tax-rate",
                        assumptions.federalIncomeTaxRate().toPlainString(),
                        EconomyAssumptions.basis(assumptions.federalIncomeTaxRate(),
                                EconomyAssumptions.DEFAULT_FEDERAL_INCOME_TAX_RATE)),
                new Assumption(HOUSEHOLD_SPENDING, assumptions.householdSpendingPerIncomeDollar() != null
                        ? assumptions.householdSpendingPerIncomeDollar().toPlainString() : number(spending),
                        assumptions.householdSpendingPerIncomeDollar() != null ? "setting" : "derived"),
                new Assumption("mep.economy.table-year", String.valueOf(tableYear), tableYearBasis),
                new Assumption(CLIENT_SALES_AS, assumptions.clientSales().code(),
                        assumptions.clientSales() == EconomyAssumptions.ClientSalesAs.OUTPUT ? "default" : "setting"),
                new Assumption(JOBS_MEASURE, assumptions.jobs().code(),
                        assumptions.jobs() == EconomyAssumptions.JobsMeasure.FULL_AND_PART_TIME ? "default"
                                : "setting"));
    }

    /** A ratio as a setting would be written: six significant digits. */
    private static String number(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The manufacturing industries, in BEA's order. */
    private static List<String> manufacturing(IoTables t) {
        return t.industries().stream().filter(code -> manufacturing(t, code)).toList();
    }

    /** Manufacturing: the summary codes from 321 (wood products) to 326 (plastics and rubber) in BEA's order. */
    private static boolean manufacturing(IoTables t, String code) {
        int idx = t.codes().indexOf(code);
        return idx >= t.codes().indexOf("321") && idx <= t.codes().indexOf("326");
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal jobs(double jobs) {
        return BigDecimal.valueOf(jobs).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static Double ratio(BigDecimal num, BigDecimal den) {
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        return num.divide(den, MathContext.DECIMAL128).doubleValue();
    }
}
