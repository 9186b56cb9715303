package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * Funding of a group with centers (national, state, center) and the impact ratios over federal funds awarded to
 * centers. Each ratio's denominator is {@code federalFunds}; cost per job divides federal funds by jobs created plus
 * retained. Null where the denominator is zero.
 */
public record Funding(BigDecimal federalFunds, BigDecimal nonFederalFunds, Double newSalesPerFederalDollar,
        Double investmentPerFederalDollar, Double costSavingsPerFederalDollar, Double federalCostPerJob) {

    static Funding of(BigDecimal federal, BigDecimal nonFederal, GroupFigures f) {
        return new Funding(federal, nonFederal, Ratios.ratio(f.newSales(), federal),
                Ratios.ratio(f.investment(), federal), Ratios.ratio(f.costSavings(), federal),
                Ratios.ratio(federal, BigDecimal.valueOf(f.jobsCreatedOrRetained())));
    }
}
