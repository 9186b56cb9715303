package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.ingest.CenterRecords;

/** Breaks the staging rule on purpose (metrics reading staging directly): ArchitectureTest checks that it is seen. */
public final class ArchitectureProbe {

    private ArchitectureProbe() {
    }

    public static Class<?> staging() {
        return CenterRecords.class;
    }
}
