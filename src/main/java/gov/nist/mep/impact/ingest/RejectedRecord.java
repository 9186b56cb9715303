package gov.nist.mep.impact.ingest;

/** One row of the rejects file: where the record is, which column broke which rule, with what value, and why. */
public record RejectedRecord(String file, long line, String column, String rule, String value, String message) {
}
