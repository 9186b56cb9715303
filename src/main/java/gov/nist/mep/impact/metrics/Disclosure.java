package gov.nist.mep.impact.metrics;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a group's survey figures (impacts, their ratios and everything derived from them) may be printed: published,
 * or withheld because fewer clients than the suppression threshold responded ({@link #PRIMARY}), or withheld so that
 * a primary one cannot be worked out by subtracting published figures from a published total ({@link #COMPLEMENTARY}).
 * The metrics JSON keeps a withheld group's figures and says so; the printed outputs show "(D)" instead. One
 * vocabulary for every group: states, centers, service categories, the economy-wide client groups and state lines.
 */
public enum Disclosure {
    PUBLISHED, PRIMARY, COMPLEMENTARY;

    /** Withheld from every printed output. */
    public boolean withheld() {
        return this != PUBLISHED;
    }

    /** As the metrics JSON says it: false, "primary" or "complementary". */
    @JsonValue
    public Object jsonValue() {
        return this == PUBLISHED ? Boolean.FALSE : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** PRIMARY when withheld, else PUBLISHED (a group whose complements are not known). */
    public static Disclosure of(boolean suppressed) {
        return suppressed ? PRIMARY : PUBLISHED;
    }
}
