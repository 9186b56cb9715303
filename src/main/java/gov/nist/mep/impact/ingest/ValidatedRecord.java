package gov.nist.mep.impact.ingest;

/**
 * A record after the record-level rules: either its typed values (in the kind's column order) or the rejection.
 */
record ValidatedRecord(SourceRecord source, Object[] values, Rejection rejection) {

    static ValidatedRecord valid(SourceRecord source, Object[] values) {
        return new ValidatedRecord(source, values, null);
    }

    /** A rejected record; its value and message as outputs may show them (see {@link RejectedValues}). */
    static ValidatedRecord rejected(SourceRecord source, Rejection rejection) {
        return new ValidatedRecord(source, null, RejectedValues.shown(source, rejection));
    }

    boolean isRejected() {
        return rejection != null;
    }
}
