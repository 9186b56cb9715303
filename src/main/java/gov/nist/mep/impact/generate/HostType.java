package gov.nist.mep.impact.generate;

/** The kind of organization that operates a center, as written in centers.csv. */
enum HostType {
    NONPROFIT, UNIVERSITY, GOVERNMENT
}
