package gov.nist.mep.impact.metrics;

/**
 * The records of one extract file, as the metrics model reports them: read = accepted + superseded + rejected. The
 * model's own type, so that reports read data quality from the metrics and never from the ingest layer.
 */
public record FileRecordCounts(String file, long read, long accepted, long superseded, long rejected) {
}
