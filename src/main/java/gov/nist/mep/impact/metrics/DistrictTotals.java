package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Running totals of every district of the crosswalk (and of the unknown group) while a year's projects and survey
 * records stream past, each counted in its client's district.
 */
final class DistrictTotals {

    private final DistrictAssignment assignment;
    private final Map<String, GroupTotals> totals = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> centers = new TreeMap<>();
    private final Map<String, Map<String, Long>> categories = new TreeMap<>();

    DistrictTotals(DistrictAssignment assignment) {
        this.assignment = assignment;
        for (String d : assignment.districts()) {
            totals.put(d, new GroupTotals());
        }
        totals.put(DistrictFigures.UNKNOWN, new GroupTotals());
    }

    /** A project of a client in {@code clientDistrict} (null: in none). */
    void addProject(String centerId, String clientDistrict, String clientKey, String serviceCategory,
            BigDecimal hours) {
        String district = DistrictAssignment.groupOf(clientDistrict);
        totals.get(district).addProject(clientKey, hours);
        centers.computeIfAbsent(district, d -> new TreeSet<>()).add(centerId);
        categories.computeIfAbsent(district, d -> new TreeMap<>()).merge(serviceCategory, 1L, Long::sum);
    }

    /** A survey record of a client in {@code clientDistrict} (null: in none). */
    void addSurvey(String clientDistrict, SurveyObservation o) {
        totals.get(DistrictAssignment.groupOf(clientDistrict)).addSurvey(o);
    }

    Districts toDistricts(int suppressionThreshold) {
        List<DistrictFigures> figures = new ArrayList<>();
        totals.forEach((district, t) -> figures.add(new DistrictFigures(district,
                DistrictFigures.UNKNOWN.equals(district) ? null : district.substring(0, 2), assignment.congress(),
                List.copyOf(centers.getOrDefault(district, new TreeSet<>())), t.toFigures(),
                categories.getOrDefault(district, Map.of()), DistrictSuppression.NONE)));
        return new Districts(assignment.congress(), DistrictSuppressionRule.apply(figures, suppressionThreshold),
                assignment.quality(), null);
    }
}
