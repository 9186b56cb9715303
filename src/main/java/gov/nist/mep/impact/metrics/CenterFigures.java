package gov.nist.mep.impact.metrics;

/**
 * One center's figures with its cost-share position: award year k, federal share of all its funds of the year
 * (null without funds), the cap for year k, compliance (null without funds), and its late project reports of the
 * year (eligible clients or not).
 */
public record CenterFigures(String centerId, String centerName, String state, String hostType, Integer regionalOffices,
        int awardYear, boolean recompeted, Double federalShare, double federalShareCap, Boolean costShareCompliant,
        long lateProjectReports, GroupFigures figures, Funding funding, boolean suppressed) {
}
