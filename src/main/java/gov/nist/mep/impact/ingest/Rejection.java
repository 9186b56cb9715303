package gov.nist.mep.impact.ingest;

/**
 * Why one record was rejected: the column, the rule it broke (a stable code), the offending value and a sentence for
 * people.
 */
public record Rejection(String column, String rule, String value, String message) {
}
