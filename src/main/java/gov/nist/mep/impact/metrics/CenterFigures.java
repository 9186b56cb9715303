package gov.nist.mep.impact.metrics;

/**
 * One center's figures with its cost-share position: award year k, federal share of all its funds of the year
 * (null without funds), the cap for year k, compliance (null without funds), and its late project reports of the
 * year (eligible clients or not). {@code disclosure} says whether its survey figures may be printed (see
 * {@link DisclosureControl}).
 */
public record CenterFigures(String centerId, String centerName, String state, String hostType, Integer regionalOffices,
        int awardYear, boolean recompeted, Double federalShare, double federalShareCap, Boolean costShareCompliant,
        long lateProjectReports, GroupFigures figures, Funding funding, Disclosure disclosure) {

    /** A center withheld when {@code suppressed} (primary), else published. */
    public CenterFigures(String centerId, String centerName, String state, String hostType, Integer regionalOffices,
            int awardYear, boolean recompeted, Double federalShare, double federalShareCap, Boolean costShareCompliant,
            long lateProjectReports, GroupFigures figures, Funding funding, boolean suppressed) {
        this(centerId, centerName, state, hostType, regionalOffices, awardYear, recompeted, federalShare,
                federalShareCap, costShareCompliant, lateProjectReports, figures, funding, Disclosure.of(suppressed));
    }

    /** Withheld from every printed output (fewer responding clients than the threshold, or as a complement). */
    public boolean suppressed() {
        return disclosure.withheld();
    }
}
