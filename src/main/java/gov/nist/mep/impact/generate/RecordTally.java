package gov.nist.mep.impact.generate;

/** Counts records by kind as the contract reconciles them: accepted (one per key), superseded, rejected. */
final class RecordTally {

    private final long[] accepted = new long[RecordKind.values().length];
    private final long[] superseded = new long[RecordKind.values().length];
    private final long[] rejected = new long[RecordKind.values().length];

    /** The first valid record of a key. */
    void accepted(RecordKind kind) {
        accepted[kind.ordinal()]++;
    }

    /** A further valid record of a key already counted: one of the two is superseded. */
    void superseded(RecordKind kind) {
        superseded[kind.ordinal()]++;
    }

    void rejected(RecordKind kind) {
        rejected[kind.ordinal()]++;
    }

    GeneratorSummary.RecordCounts counts(RecordKind kind) {
        int k = kind.ordinal();
        return new GeneratorSummary.RecordCounts(accepted[k] + superseded[k] + rejected[k], accepted[k], superseded[k],
                rejected[k]);
    }
}
