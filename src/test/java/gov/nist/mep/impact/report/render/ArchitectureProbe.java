package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.report.center.CenterReports;

/** Breaks the render rule on purpose (render knowing a report): ArchitectureTest checks that the rule sees it. */
public final class ArchitectureProbe {

    private ArchitectureProbe() {
    }

    public static Class<?> report() {
        return CenterReports.class;
    }
}
