package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The economy-wide impacts of a fiscal year: the client-reported sales and investment run through the U.S.
 * input-output model (computed in {@code gov.nist.mep.impact.economy}; this is its result, part of the metrics model so
 * that every report prints the same figures and the metrics JSON carries them). Money in dollars rounded to cents,
 * jobs to one decimal, multipliers and ratios unrounded; null where the data cannot support a figure (see
 * {@link #notAvailable()}).
 *
 * @param method how the figures were made, in short sentences
 * @param sources every table and published file used, by name
 * @param assumptions the configurable assumptions with the value used and where it comes from
 * @param shock the final demand put into the model (reported totals) by BEA industry
 * @param scenarios the results for the reported totals and the nonresponse-adjusted estimate with its interval
 * @param sensitivity the reported-totals result under other values of the assumptions
 * @param multipliers the multipliers used, per BEA summary industry (per dollar of final demand for its commodity)
 * @param states the state lines: each state's client sales through the national multipliers (Type II)
 * @param published the contractor's published figures of this fiscal year, or null when none were published
 * @param benchmark published figures per dollar of client sales for the years with both, beside ours
 * @param notAvailable figures the data cannot support, and why
 */
public record EconomyWideImpacts(int fiscalYear, int tableYear, String tableYearNote, List<String> method,
        List<String> sources, List<Assumption> assumptions, Shock shock, List<Scenario> scenarios,
        List<Sensitivity> sensitivity, List<Multiplier> multipliers, List<StateLine> states, Published published,
        List<Benchmark> benchmark, List<String> notAvailable) {

    /** An assumption of the model: its setting, the value used, and its source. */
    public record Assumption(String setting, String name, String value, String source) {
    }

    /** The final demand of the reported totals: client sales and investment goods, by BEA summary industry. */
    public record Shock(BigDecimal newSales, BigDecimal retainedSales, BigDecimal retainedSalesCounted,
            BigDecimal investment, BigDecimal investmentDomestic, BigDecimal unmappedSales, long unmappedRecords,
            BigDecimal finalDemand, List<ShockIndustry> industries) {
    }

    /** Final demand for one BEA summary commodity: client sales of that industry and investment goods bought. */
    public record ShockIndustry(String code, String name, BigDecimal clientSales, BigDecimal investmentDemand,
            BigDecimal finalDemand) {
    }

    /** Output, value added (GDP), labor income and jobs of one effect or total. */
    public record Effect(BigDecimal output, BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs) {
    }

    /** A total (Type I or Type II) with the federal personal income tax on its labor income and its return. */
    public record Total(BigDecimal output, BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs,
            BigDecimal federalIncomeTax, Double taxPerAppropriationDollar, Double taxPerFederalDollar) {
    }

    /**
     * One reading of the shock: {@code reported} (reported totals), {@code estimated} (nonresponse-adjusted
     * estimate), {@code lower} and {@code upper} (each component at the end of its 95% interval).
     */
    public record Scenario(String name, String basis, BigDecimal finalDemand, Effect direct, Effect indirect,
            Effect induced, Total typeI, Total typeII) {
    }

    /** The reported-totals result (Type II) with one assumption changed. */
    public record Sensitivity(String assumption, String value, boolean used, BigDecimal finalDemand,
            BigDecimal jobs, BigDecimal valueAdded, BigDecimal federalIncomeTax, Double taxPerAppropriationDollar,
            Double taxPerFederalDollar) {
    }

    /** Per dollar of final demand for the industry's commodity (jobs per $1 million). */
    public record Multiplier(String code, String name, boolean manufacturing, double outputTypeI,
            double outputTypeII, double valueAddedTypeI, double valueAddedTypeII, double laborIncomeTypeI,
            double laborIncomeTypeII, double jobsPerMillionTypeI, double jobsPerMillionTypeII,
            BigDecimal clientSales) {
    }

    /** A state's client sales and investment through the national Type II multipliers. */
    public record StateLine(String state, boolean suppressed, BigDecimal finalDemand, BigDecimal output,
            BigDecimal valueAdded, BigDecimal laborIncome, BigDecimal jobs) {
    }

    /** The contractor's published economy-wide figures of one fiscal year (economy-wide-published.csv). */
    public record Published(int fiscalYear, BigDecimal federalInvestment, BigDecimal federalIncomeTax,
            BigDecimal returnReported, Long jobs, BigDecimal personalIncome, BigDecimal gdp, String source) {
    }

    /** Jobs per $1 million and GDP per dollar of client new + retained sales: a published year, or ours. */
    public record Benchmark(String label, Integer fiscalYear, BigDecimal clientSales, BigDecimal jobs,
            BigDecimal gdp, Double jobsPerMillionSales, Double gdpPerSalesDollar, String source) {
    }
}
