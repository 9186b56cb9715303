package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * Reported new sales, retained sales and investment of the COMPLETE survey records of a fiscal year (eligible
 * clients), by the center's state and the client's NAICS code as the client record gives it: the shock of the
 * economy-wide model. Summed exactly; the national figures are the sums over all rows.
 */
public record ClientIndustrySales(String state, String naics, long surveysCompleted, BigDecimal newSales,
        BigDecimal retainedSales, BigDecimal investment) {
}
