package gov.nist.mep.impact.ingest;

/** Counts of one extract file: read = accepted + superseded + rejected. */
public record FileCounts(String file, long read, long accepted, long superseded, long rejected) {
}
