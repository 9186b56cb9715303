package gov.nist.mep.impact.metrics;

/** One service category's figures (no funding: funds are awarded to centers, not to services). */
public record CategoryFigures(String serviceCategory, GroupFigures figures, boolean suppressed) {
}
