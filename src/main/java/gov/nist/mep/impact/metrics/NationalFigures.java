package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * National figures: the group figures, funding over federal funds awarded to centers, and the same ratios over the
 * appropriation (the press figures' denominator). {@code appropriation} is null when appropriations.csv has no row
 * for the year, and so are the appropriation ratios.
 */
public record NationalFigures(int fiscalYear, GroupFigures figures, Funding funding, BigDecimal appropriation,
        Double newSalesPerAppropriationDollar, Double investmentPerAppropriationDollar,
        Double costSavingsPerAppropriationDollar, Double appropriationCostPerJob, int centers, long regionalOffices) {
}
