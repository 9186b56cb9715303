package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * Reported new sales, retained sales and investment of the COMPLETE survey records of a fiscal year (eligible
 * clients), by the center's state and the client's NAICS code as the client record gives it: the shock of the
 * economy-wide model. Summed exactly; the national figures are the sums over all rows.
 *
 * @param respondingClients distinct clients (center, client) of the row: the disclosure-control count. A client has
 *     one NAICS code and one center, so it is in one row: sums over rows count distinct clients
 */
public record ClientIndustrySales(String state, String naics, long surveysCompleted, long respondingClients,
        BigDecimal newSales, BigDecimal retainedSales, BigDecimal investment) {
}
