package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.metrics.ClientIndustrySales;
import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Assumption;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Benchmark;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Effect;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Multiplier;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Published;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Sensitivity;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Shock;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockIndustry;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.StateLine;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The economy-wide model: runs a fiscal year's client-reported sales and investment through the U.S. input-output
 * tables ({@link LeontiefModel}) and attaches the result to the metrics model, so every report prints the same
 * figures. A pure function of the metrics model, the shipped tables and the assumptions.
 */
@Component
public class EconomyWideModel {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private final EconomyAssumptions assumptions;
    private final NaicsIndustries naics;
    private final TreeSet<Integer> tableYears;
    private final Map<Integer, Published> published;
    private final Map<Integer, BigDecimal> publishedSales;

    public EconomyWideModel(EconomyAssumptions assumptions) {
        this.assumptions = assumptions;
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
        String tableNote = tableNote(m.fiscalYear(), requested, tableYear);
        IoTables tables = IoTables.load(tableYear);
        double spending = assumptions.householdSpendingPerIncomeDollar() != null
                ? assumptions.householdSpendingPerIncomeDollar().doubleValue() : tables.pceShareOfGdp();
        LeontiefModel model = LeontiefModel.of(tables, spending);
        Demand demand = demand(m.salesByClientIndustry(), tables, null);
        List<String> notAvailable = new ArrayList<>();

        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(scenario(model, m, demand, "reported", "reported totals (completed surveys only)",
                1, 1, 1, assumptions));
        Estimates e = m.estimates();
        Estimates.ImpactEstimate ns = e == null || e.impacts() == null ? null : e.impacts().get("newSales");
        Estimates.ImpactEstimate rs = e == null || e.impacts() == null ? null : e.impacts().get("retainedSales");
        Estimates.ImpactEstimate inv = e == null || e.impacts() == null ? null : e.impacts().get("investment");
        addEstimateScenario(scenarios, notAvailable, model, m, demand, "estimated",
                "nonresponse-adjusted estimate (an estimate)", ns, rs, inv, Estimates.ImpactEstimate::estimatedTotal);
        addEstimateScenario(scenarios, notAvailable, model, m, demand, "lower",
                "lower end of the 95% intervals (an estimate)", ns, rs, inv, Estimates.ImpactEstimate::confidenceLower);
        addEstimateScenario(scenarios, notAvailable, model, m, demand, "upper",
                "upper end of the 95% intervals (an estimate)", ns, rs, inv, Estimates.ImpactEstimate::confidenceUpper);
        if (m.national().appropriation() == null) {
            notAvailable.add("Return on the appropriation: the extract has no appropriation for FY" + m.fiscalYear()
                    + ".");
        }
        notAvailable.add("Personal income: the model gives labor income (compensation of employees), not personal"
                + " income, which also counts proprietors' income, rent, interest, dividends and transfers; no personal"
                + " income figure is printed.");
        notAvailable.add("Jobs from employment data: BEA's summary tables have no employment, so jobs are labor income"
                + " divided by an assumed compensation per job, the same in every industry.");
        notAvailable.add("State multipliers: there are no state input-output tables here; state lines apply the"
                + " national multipliers to each state's client sales, so spending that leaves the state is counted.");
        if (demand.unmappedRecords > 0) {
            notAvailable.add("Sales of " + demand.unmappedRecords + (demand.unmappedRecords == 1
                    ? " completed survey whose client NAICS code has" : " completed surveys whose client NAICS codes have")
                    + " no BEA summary industry (" + dollars(money(demand.unmappedSales))
                    + " of new and retained sales) are left out of the shock.");
        }

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (BigDecimal share : List.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE)) {
            EconomyAssumptions a = assumptions.withRetainedSalesShare(share);
            sensitivity.add(sensitivity(model, m, demand, a, "retained sales counted", percent(share),
                    share.compareTo(assumptions.retainedSalesShare()) == 0));
        }
        for (String factor : List.of("0.8", "1.2")) {
            BigDecimal perJob = assumptions.compensationPerJob().multiply(new BigDecimal(factor))
                    .setScale(0, RoundingMode.HALF_EVEN);
            sensitivity.add(sensitivity(model, m, demand, assumptions.withCompensationPerJob(perJob),
                    "compensation per job", dollars(perJob), false));
        }

        List<Multiplier> multipliers = new ArrayList<>();
        for (int c = 0; c < model.commodities(); c++) {
            if (!model.madeByAnIndustry(c)) {
                continue;
            }
            String code = tables.codes().get(c);
            LeontiefModel.Impacts p = model.perDollar(c);
            double perJob = assumptions.compensationPerJob().doubleValue();
            multipliers.add(new Multiplier(code, tables.names().get(code), manufacturing(tables, code),
                    p.typeI().output(), p.typeII().output(), p.typeI().valueAdded(), p.typeII().valueAdded(),
                    p.typeI().laborIncome(), p.typeII().laborIncome(), p.typeI().laborIncome() * 1e6 / perJob,
                    p.typeII().laborIncome() * 1e6 / perJob, money(demand.clientSalesCounted(assumptions)[c])));
        }

        List<StateLine> states = new ArrayList<>();
        for (StateFigures s : m.states()) {
            Demand d = demand(m.salesByClientIndustry(), tables, s.state());
            double[] fd = d.finalDemand(assumptions, 1, 1, 1);
            LeontiefModel.Impacts p = model.impacts(fd);
            states.add(new StateLine(s.state(), s.suppressed(), money(sum(fd)), money(p.typeII().output()),
                    money(p.typeII().valueAdded()), money(p.typeII().laborIncome()), jobs(p.typeII().laborIncome())));
        }

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
        benchmark.add(new Benchmark("this model, Type II, reported totals", m.fiscalYear(), ourSales,
                reported.typeII().jobs(), reported.typeII().valueAdded(),
                ratio(reported.typeII().jobs().multiply(MILLION), ourSales),
                ratio(reported.typeII().valueAdded(), ourSales), "metrics-FY" + m.fiscalYear() + ".json"));

        return new EconomyWideImpacts(m.fiscalYear(), tableYear, tableNote, method(), sources(tableYear),
                assumptionsUsed(tables, spending, tableYear), shock(demand, tables), List.copyOf(scenarios),
                List.copyOf(sensitivity), List.copyOf(multipliers), List.copyOf(states),
                published.get(m.fiscalYear()), List.copyOf(benchmark), List.copyOf(notAvailable));
    }

    private String tableNote(int fiscalYear, int requested, int used) {
        if (assumptions.tableYear() != null && requested == used) {
            return "the " + used + " table, set by mep.economy.table-year, for FY" + fiscalYear;
        }
        if (requested > used) {
            return "the " + used + " table, the latest shipped (BEA summary tables " + tableYears.first() + "-"
                    + tableYears.last() + "), for FY" + fiscalYear;
        }
        if (requested < used) {
            return "the " + used + " table, the earliest shipped, for FY" + fiscalYear;
        }
        return "the " + used + " table, the fiscal year's own";
    }

    /** Final demand by commodity of a set of client rows (national, or one state). */
    private final class Demand {
        final double[] newSales;
        final double[] retainedSales;
        final double[] investmentShare;
        double investment;
        double unmappedSales;
        long unmappedRecords;

        Demand(int commodities) {
            newSales = new double[commodities];
            retainedSales = new double[commodities];
            investmentShare = new double[commodities];
        }

        double[] clientSalesCounted(EconomyAssumptions a) {
            double[] d = new double[newSales.length];
            for (int c = 0; c < d.length; c++) {
                d[c] = newSales[c] + a.retainedSalesShare().doubleValue() * retainedSales[c];
            }
            return d;
        }

        double[] investmentDemand(double factor) {
            double[] d = new double[newSales.length];
            for (int c = 0; c < d.length; c++) {
                d[c] = factor * investment * investmentShare[c];
            }
            return d;
        }

        double[] finalDemand(EconomyAssumptions a, double newFactor, double retainedFactor, double investmentFactor) {
            double share = a.retainedSalesShare().doubleValue();
            double[] inv = investmentDemand(investmentFactor);
            double[] d = new double[newSales.length];
            for (int c = 0; c < d.length; c++) {
                d[c] = newFactor * newSales[c] + retainedFactor * share * retainedSales[c] + inv[c];
            }
            return d;
        }
    }

    private Demand demand(List<ClientIndustrySales> rows, IoTables t, String state) {
        Demand d = new Demand(t.codes().size());
        for (ClientIndustrySales r : rows) {
            if (state != null && !state.equals(r.state())) {
                continue;
            }
            d.investment += r.investment().doubleValue();
            Optional<String> code = naics.summaryOf(r.naics());
            int c = code.map(t.codes()::indexOf).orElse(-1);
            if (c < 0 || t.industryOf(code.get()) < 0) {
                d.unmappedSales += r.newSales().add(r.retainedSales()).doubleValue();
                d.unmappedRecords += r.surveysCompleted();
                continue;
            }
            d.newSales[c] += r.newSales().doubleValue();
            d.retainedSales[c] += r.retainedSales().doubleValue();
        }
        // New client investment buys investment goods in the proportions of U.S. nonresidential private fixed
        // investment of the table year; only the domestically made share is demand for U.S. industries.
        double total = 0;
        for (int c = 0; c < t.codes().size(); c++) {
            if (t.industryOf(t.codes().get(c)) >= 0) {
                total += Math.max(0, t.investment()[c]);
            }
        }
        for (int c = 0; c < t.codes().size(); c++) {
            if (t.industryOf(t.codes().get(c)) >= 0 && total > 0) {
                d.investmentShare[c] = Math.max(0, t.investment()[c]) / total * t.domesticShare(c);
            }
        }
        return d;
    }

    private void addEstimateScenario(List<Scenario> scenarios, List<String> notAvailable, LeontiefModel model,
            ImpactMetrics m, Demand demand, String name, String basis, Estimates.ImpactEstimate ns,
            Estimates.ImpactEstimate rs, Estimates.ImpactEstimate inv,
            java.util.function.Function<Estimates.ImpactEstimate, BigDecimal> end) {
        Double fn = factor(ns, end);
        Double fr = factor(rs, end);
        Double fi = factor(inv, end);
        if (fn == null || fr == null || fi == null) {
            notAvailable.add("The " + basis + " scenario: the survey estimates give no such figure for new sales,"
                    + " retained sales and investment this year.");
            return;
        }
        scenarios.add(scenario(model, m, demand, name, basis, fn, fr, fi, assumptions));
    }

    /** The scale of an estimate against the reported total of the same impact (the model is linear in demand). */
    private static Double factor(Estimates.ImpactEstimate i,
            java.util.function.Function<Estimates.ImpactEstimate, BigDecimal> end) {
        if (i == null || end.apply(i) == null) {
            return null;
        }
        if (i.reportedTotal().signum() == 0) {
            return end.apply(i).signum() == 0 ? 1.0 : null;
        }
        return end.apply(i).divide(i.reportedTotal(), MathContext.DECIMAL64).doubleValue();
    }

    private Scenario scenario(LeontiefModel model, ImpactMetrics m, Demand demand, String name, String basis,
            double fn, double fr, double fi, EconomyAssumptions a) {
        double[] fd = demand.finalDemand(a, fn, fr, fi);
        LeontiefModel.Impacts p = model.impacts(fd);
        return new Scenario(name, basis, money(sum(fd)), effect(p.direct(), a), effect(p.indirect(), a),
                effect(p.induced(), a), total(p.typeI(), m, a), total(p.typeII(), m, a));
    }

    private Sensitivity sensitivity(LeontiefModel model, ImpactMetrics m, Demand demand, EconomyAssumptions a,
            String assumption, String value, boolean used) {
        Scenario s = scenario(model, m, demand, "reported", "", 1, 1, 1, a);
        return new Sensitivity(assumption, value, used, s.finalDemand(), s.typeII().jobs(), s.typeII().valueAdded(),
                s.typeII().federalIncomeTax(), s.typeII().taxPerAppropriationDollar(),
                s.typeII().taxPerFederalDollar());
    }

    private static Effect effect(LeontiefModel.Effect e, EconomyAssumptions a) {
        return new Effect(money(e.output()), money(e.valueAdded()), money(e.laborIncome()),
                jobs(e.laborIncome(), a));
    }

    private static Total total(LeontiefModel.Effect e, ImpactMetrics m, EconomyAssumptions a) {
        BigDecimal labor = money(e.laborIncome());
        BigDecimal tax = labor.multiply(a.federalIncomeTaxRate()).setScale(2, RoundingMode.HALF_EVEN);
        return new Total(money(e.output()), money(e.valueAdded()), labor, jobs(e.laborIncome(), a), tax,
                ratio(tax, m.national().appropriation()), ratio(tax, m.national().funding().federalFunds()));
    }

    private Shock shock(Demand d, IoTables t) {
        double[] sales = d.clientSalesCounted(assumptions);
        double[] inv = d.investmentDemand(1);
        List<ShockIndustry> industries = new ArrayList<>();
        double newSales = 0;
        double retained = 0;
        for (int c = 0; c < t.codes().size(); c++) {
            newSales += d.newSales[c];
            retained += d.retainedSales[c];
            if (sales[c] != 0 || inv[c] != 0) {
                String code = t.codes().get(c);
                industries.add(new ShockIndustry(code, t.names().get(code), money(sales[c]), money(inv[c]),
                        money(sales[c] + inv[c])));
            }
        }
        return new Shock(money(newSales), money(retained),
                money(retained * assumptions.retainedSalesShare().doubleValue()), money(d.investment),
                money(sum(inv)), money(d.unmappedSales), d.unmappedRecords,
                money(sum(d.finalDemand(assumptions, 1, 1, 1))), List.copyOf(industries));
    }

    private List<Assumption> assumptionsUsed(IoTables t, double spending, int tableYear) {
        return List.of(
                new Assumption("mep.economy.retained-sales-share", "Share of retained sales counted",
                        percent(assumptions.retainedSalesShare()), "100% is the program contractor's practice; 0%"
                                + " reads retained sales as sales the clients would have kept anyway"),
                new Assumption("mep.economy.federal-income-tax-rate", "Effective federal personal income tax rate"
                        + " on labor income", percent(assumptions.federalIncomeTaxRate()),
                        "median of the rates implied by the published figures (tax gain / personal income, FY2016,"
                                + " FY2017, FY2020, FY2022: 12.8% to 14.6%)"),
                new Assumption("mep.economy.compensation-per-job", "Compensation per job (all industries)",
                        dollars(assumptions.compensationPerJob()),
                        "assumption: roughly U.S. compensation per full-time equivalent employee in the mid-2010s"
                                + " (BEA NIPA tables 6.2D and 6.5D, not shipped here); BEA's summary tables have no"
                                + " employment"),
                new Assumption("mep.economy.household-spending-per-income-dollar", "Household spending per dollar"
                        + " of labor income (Type II)", String.format(java.util.Locale.ROOT, "%.3f", spending),
                        assumptions.householdSpendingPerIncomeDollar() != null ? "set by the setting"
                                : "derived: personal consumption expenditures / total value added, " + tableYear
                                        + " use table"),
                new Assumption("mep.economy.table-year", "Input-output table year", String.valueOf(tableYear),
                        assumptions.tableYear() != null ? "set by the setting"
                                : "the fiscal year's table, or the nearest year shipped"));
    }

    private static List<String> method() {
        return List.of(
                "Shock: the reported new sales and the counted share of retained sales of completed surveys, by the"
                        + " client's BEA summary industry (from its NAICS code), as final demand for that industry's"
                        + " commodity; new investment as final demand for investment goods in the proportions of"
                        + " U.S. nonresidential private fixed investment, domestic share only.",
                "Type I (direct + indirect): industry output = domestic total requirements (industry by commodity)"
                        + " x final demand; the direct effect is the shock itself.",
                "Type II adds induced effects: labor income (compensation per dollar of industry output) is spent"
                        + " on domestic commodities in the shares of personal consumption expenditures, solved in"
                        + " closed form (labor income multiplied by 1 / (1 - h'Lp)).",
                "Value added (GDP) and labor income per dollar of industry output from the use table; jobs = labor"
                        + " income / compensation per job; federal tax gain = labor income x effective tax rate;"
                        + " its return = tax gain / appropriation and / federal funds awarded to centers.",
                "Estimated scenarios scale each component (new sales, retained sales, investment) by its"
                        + " nonresponse-adjusted estimate or interval end over its reported total, assuming the"
                        + " non-respondents' industry mix is the respondents'; the interval ends combine each"
                        + " component's own end, so the range is wider than a joint interval.");
    }

    private static List<String> sources(int tableYear) {
        return List.of(
                "BEA Industry Economic Accounts, summary domestic total requirements, industry by commodity (after"
                        + " redefinitions), " + tableYear + " (2016/2017 release)",
                "BEA summary use table before redefinitions, producers' prices, " + tableYear + ": compensation of"
                        + " employees (V001), value added (V001-V003), industry and commodity output, imports (F050),"
                        + " personal consumption expenditures (F010), nonresidential private fixed investment"
                        + " (F02S, F02E, F02N)",
                "BEA industry codes (summary industries and related 2007 NAICS codes)",
                "Published contractor figures: W.E. Upjohn Institute / NIST MEP releases (economy-wide-published.csv)",
                "Published client figures: new and retained sales of the published years (published-figures.csv)");
    }

    /** Manufacturing: the summary codes from 321 (wood products) to 326 (plastics and rubber) in BEA's order. */
    private static boolean manufacturing(IoTables t, String code) {
        int idx = t.codes().indexOf(code);
        return idx >= t.codes().indexOf("321") && idx <= t.codes().indexOf("326");
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String dollars(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "$%,d", v.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
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

    private BigDecimal jobs(double laborIncome) {
        return jobs(laborIncome, assumptions);
    }

    private static BigDecimal jobs(double laborIncome, EconomyAssumptions a) {
        return BigDecimal.valueOf(laborIncome / a.compensationPerJob().doubleValue()).setScale(1,
                RoundingMode.HALF_EVEN);
    }

    private static Double ratio(BigDecimal num, BigDecimal den) {
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        return num.divide(den, MathContext.DECIMAL128).doubleValue();
    }
}
