package gov.nist.mep.impact.ingest;

import java.util.List;
import java.util.Set;

/** Enumerations fixed by the extract contract. */
public final class Contract {

    /**
     * The fiscal years a record may name: those whose days can be written as the contract's dates ({@code yyyy-MM-dd},
     * four-digit years), so every later step (dates of the year, award years, sums) can hold them.
     */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    public static final List<String> HOST_TYPES = List.of("NONPROFIT", "UNIVERSITY", "GOVERNMENT");

    public static final List<String> SERVICE_CATEGORIES = List.of("LEAN", "QUALITY", "PROCESS_IMPROVEMENT",
            "WORKFORCE_TRAINING", "TECHNOLOGY_DEVELOPMENT", "TECHNOLOGY_TRANSFER", "SUPPLY_CHAIN", "BUSINESS_STRATEGY",
            "EXPORT", "SUSTAINABILITY", "CYBERSECURITY", "OTHER");

    public static final List<String> DISPOSITIONS = List.of("COMPLETE", "REFUSED", "NO_RESPONSE");

    /** USPS codes of the 50 states, the District of Columbia and Puerto Rico. */
    public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC", "PR");

    private Contract() {
    }
}
