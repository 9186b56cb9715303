package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The economy-wide impacts of a fiscal year: the client-reported sales and investment run through the U.S.
 * input-output model (computed in {@code gov.nist.mep.impact.economy}; this is its result, part of the metrics model so
 * that every report prints the same figures and the metrics JSON carries them). Money in dollars rounded to cents,
 * jobs to one decimal, multipliers and ratios unrounded; null where the data cannot support a figure (see
 * {@link #notAvailable()}) or where disclosure control withholds it. Codes and figures only: the reports word them
 * ({@code report-templates/impact-report/economy-wide-text.md}).
 *
 * @param tableYearBasis why that table year: {@code fiscal-year} (the fiscal year's own), {@code latest} or
 *     {@code earliest} (the nearest year shipped), {@code setting} (mep.economy.table-year)
 * @param suppressionThreshold the disclosure rule's threshold (mep.rules.suppression-threshold): groups with fewer
 *     responding clients are withheld
 * @param sources the tables and published files used, by code (docs/metrics-json.md lists them)
 * @param assumptions the configurable assumptions with the value used and where it comes from
 * @param wagesShareOfCompensation wages and salaries / compensation of employees of the table year (BEA): the part of
 *     labor income the federal income tax rate applies to
 * @param shock the final demand put into the model (reported totals) by client group, and investment goods
 * @param scenarios the results for the reported totals and the nonresponse-adjusted estimate with its interval
 * @param sensitivity the reported-totals result under other values of the assumptions
 * @param multipliers the multipliers used, per BEA summary industry (per dollar of final demand for its commodity)
 * @param states the state lines: each state's share of the national result (Type II)
 * @param published the contractor's published figures of this fiscal year, or null when none were published
 * @param benchmark published figures per dollar of client sales for the years with both, beside ours
 * @param notAvailable codes of the figures the data cannot support
 */
public record EconomyWideImpacts(int fiscalYear, int tableYear, String tableYearBasis, int suppressionThreshold,
        List<String> sources, List<Assumption> assumptions, double wagesShareOfCompensation, Shock shock,
        List<Scenario> scenarios, List<Sensitivity> sensitivity, List<Multiplier> multipliers, List<StateLine> states,
        Published published, List<Benchmark> benchmark, List<String> notAvailable) {

    /**
     * An assumption of the model: its setting, the value used (as the setting is written: a number, a year or a code)
     * and where it comes from.
     *
     * @param basis {@code default}, {@code setting}, {@code derived} (computed from the table year's accounts), or
     *     for the table year its {@link EconomyWideImpacts#tableYearBasis()}
     */
    public record Assumption(String setting, String value, String basis) {
    }

    /**
     * The final demand of the reported totals: client sales (new, and the counted share of retained) by client group,
     * and investment goods.
     *
     * @param clientSales newSales + retainedSalesCounted
     * @param groups the client groups: BEA industries, codes naming several industries, codes naming none, and
     *     the line that pools the withheld groups
     * @param investmentGoods the domestic investment goods bought with the new investment, by BEA commodity
     */
    public record Shock(BigDecimal newSales, BigDecimal retainedSales, BigDecimal retainedSalesCounted,
            BigDecimal clientSales, BigDecimal investment, BigDecimal investmentDomestic, BigDecimal finalDemand,
            List<ShockGroup> groups, List<InvestmentGoods> investmentGoods) {
    }

    /**
     * The clients of one group and their counted sales.
     *
     * @param code the BEA code ({@code industry}), the NAICS prefix ({@code naics}), empty ({@code unclassified}) or
     *     {@code other}
     * @param kind {@code industry}: the clients' codes name this BEA industry; {@code naics}: their code names
     *     several industries, over which the sales are spread by industry output; {@code unclassified}: their code
     *     names no industry, spread over the manufacturing industries by output; {@code other}: the withheld groups
     *     pooled, spread over their industries by output
     * @param name the BEA industry's name ({@code industry} only)
     * @param industries the BEA industries the sales go to
     * @param clientSales new + counted retained sales; null when withheld
     */
    public record ShockGroup(String code, String kind, String name, List<String> industries, long respondingClients,
            BigDecimal clientSales, Disclosure suppressed) {
    }

    /** Domestic investment goods of one BEA commodity bought with the clients' new investment. */
    public record InvestmentGoods(String code, String name, BigDecimal amount) {
    }

    /** Output, value added (GDP), labor income and jobs (by the jobs measure) of one effect or total. */
    public record Effect(BigDecimal output, BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs) {
    }

    /**
     * A total (Type I or Type II) with the federal personal income tax on the wages and salaries of its labor income
     * and its return.
     *
     * @param compensationPerJob labor income / jobs (derived; null without jobs)
     * @param wagesAndSalaries labor income x the wages-and-salaries share of compensation: the tax base
     * @param federalIncomeTax wagesAndSalaries x the effective rate
     */
    public record Total(BigDecimal output, BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs,
            BigDecimal compensationPerJob, BigDecimal wagesAndSalaries, BigDecimal federalIncomeTax,
            Double taxPerAppropriationDollar, Double taxPerFederalDollar) {
    }

    /**
     * One reading of the shock: {@code reported} (reported totals), {@code estimated} (nonresponse-adjusted
     * estimate), {@code lower} and {@code upper} (each component at the end of its 95% interval).
     */
    public record Scenario(String name, BigDecimal finalDemand, Effect direct, Effect indirect, Effect induced,
            Total typeI, Total typeII) {
    }

    /**
     * The reported-totals result (Type II) with one assumption (its setting) at another value.
     *
     * @param value the setting's value, as written
     * @param basis where a household spending value comes from: {@code pce-gdp} (PCE / GDP of the table year),
     *     {@code pce-disposable-income} (households' consumption / disposable income), {@code one}; else null
     */
    public record Sensitivity(String assumption, String value, String basis, boolean used, BigDecimal finalDemand,
            BigDecimal jobs, BigDecimal valueAdded, BigDecimal federalIncomeTax, Double taxPerAppropriationDollar,
            Double taxPerFederalDollar) {
    }

    /**
     * An industry's multipliers: per dollar of final demand for its commodity (BEA's published convention; jobs per
     * $1 million), and per dollar of its clients' sales as the model counts them ({@code sales*}: the direct-effect
     * multipliers, the final-demand ones over {@code ownRequirement}, when sales are output; the final-demand ones
     * when sales are final demand).
     *
     * @param ownRequirement the industry's own total requirement L_jj per dollar of final demand for its commodity
     * @param clientSales counted sales of the clients whose code names this industry; null when none, or withheld
     * @param suppressed the disclosure of those clients' sales
     */
    public record Multiplier(String code, String name, boolean manufacturing, double ownRequirement,
            double outputTypeI, double outputTypeII, double valueAddedTypeI, double valueAddedTypeII,
            double laborIncomeTypeI, double laborIncomeTypeII, double jobsPerMillionTypeI, double jobsPerMillionTypeII,
            double salesOutputTypeI, double salesOutputTypeII, double salesJobsPerMillionTypeI,
            double salesJobsPerMillionTypeII, BigDecimal clientSales, Disclosure suppressed) {
    }

    /** A state's share of the national Type II result; figures null when withheld. */
    public record StateLine(String state, long respondingClients, Disclosure suppressed, BigDecimal finalDemand,
            BigDecimal output, BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs) {
    }

    /** The contractor's published economy-wide figures of one fiscal year (economy-wide-published.csv). */
    public record Published(int fiscalYear, BigDecimal federalInvestment, BigDecimal federalIncomeTax,
            BigDecimal returnReported, Long jobs, BigDecimal personalIncome, BigDecimal gdp, String source) {
    }

    /**
     * Jobs per $1 million and GDP per dollar of client new + retained sales: a published year ({@code published}),
     * or this model's reported totals, Type II ({@code model}).
     */
    public record Benchmark(String label, Integer fiscalYear, BigDecimal clientSales, BigDecimal jobs,
            BigDecimal gdp, Double jobsPerMillionSales, Double gdpPerSalesDollar, String source) {
    }
}
