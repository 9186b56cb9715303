package gov.nist.mep.impact.metrics;

/** Survey statistics beside the reported totals. Filled in by {@link EstimatesCalculator}. */
public record Estimates(int respondents) {
}
