package gov.nist.mep.impact.metrics;

/**
 * Why a district's impact cells are withheld (the metrics contract's {@code suppressed}: {@code false},
 * {@code "primary"} or {@code "complementary"}).
 */
public enum DistrictSuppression {
    /** Published. */
    NONE,
    /** Fewer responding clients than the suppression threshold. */
    PRIMARY,
    /**
     * Published figures would let a reader work out the state's one primary-suppressed district by subtracting the
     * other districts from the state's total, so the next smallest district of the state is withheld too.
     */
    COMPLEMENTARY;

    public boolean suppressed() {
        return this != NONE;
    }

    /** The contract's value: {@code false}, {@code "primary"}, {@code "complementary"}. */
    public Object jsonValue() {
        return switch (this) {
            case NONE -> Boolean.FALSE;
            case PRIMARY -> "primary";
            case COMPLEMENTARY -> "complementary";
        };
    }
}
