package gov.nist.mep.impact.metrics;

import java.util.List;
import java.util.Map;

/**
 * One congressional district's figures of a fiscal year (or the group {@value #UNKNOWN} of the clients the crosswalk
 * places in no district): the figures of a group without funding, attributed through the surveyed project's client,
 * the district's state (null for {@value #UNKNOWN}), the crosswalk's Congress, the centers that served a client of
 * the district in the year (completed projects of eligible clients; sorted), its projects of the year by service
 * category (sorted by category), and whether its impact cells are withheld.
 */
public record DistrictFigures(String district, String state, Long congress, List<String> centers,
        GroupFigures figures, Map<String, Long> projectsByServiceCategory, DistrictSuppression suppression) {

    /** The group of clients without a district: blank, malformed or unknown ZIP code. */
    public static final String UNKNOWN = "unknown";

    public DistrictFigures {
        centers = List.copyOf(centers);
        projectsByServiceCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(
                projectsByServiceCategory));
    }

    public boolean suppressed() {
        return suppression.suppressed();
    }

    public boolean isUnknown() {
        return UNKNOWN.equals(district);
    }

    DistrictFigures withSuppression(DistrictSuppression s) {
        return new DistrictFigures(district, state, congress, centers, figures, projectsByServiceCategory, s);
    }
}
