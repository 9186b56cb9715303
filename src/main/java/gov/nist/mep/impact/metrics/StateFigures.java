package gov.nist.mep.impact.metrics;

/** One state's figures: the sum over its centers. {@code suppressed} when fewer than 3 clients responded. */
public record StateFigures(String state, int centers, GroupFigures figures, Funding funding, boolean suppressed) {
}
