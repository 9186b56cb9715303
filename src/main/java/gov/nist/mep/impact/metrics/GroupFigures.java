package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * The figures of one group (national, a state, a center, a service category) for one fiscal year, as the metrics
 * contract defines them. Money is exact; ratios are null when their denominator is zero.
 *
 * @param respondingClients distinct clients with a COMPLETE survey record of the year: the disclosure-control count
 */
public record GroupFigures(long projectsCompleted, long clientsServed, long surveysFielded, long surveysCompleted,
        Double responseRate, BigDecimal newSales, BigDecimal retainedSales, BigDecimal costSavings,
        BigDecimal investment, long jobsCreated, long jobsRetained, Double netPromoterScore, BigDecimal staffHours,
        long respondingClients) {

    public long jobsCreatedOrRetained() {
        return jobsCreated + jobsRetained;
    }
}
