package gov.nist.mep.impact.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control of the districts, as the metrics contract states it. A district (the unknown group included) with
 * fewer responding clients than the threshold is suppressed ({@code primary}). Because the districts of a state add up
 * to the state, a state with exactly one primary-suppressed district also has its next smallest district suppressed
 * ({@code complementary}): the one with the fewest responding clients, then the lowest code. One pass, per state; the
 * unknown group belongs to no state.
 */
final class DistrictSuppressionRule {

    private DistrictSuppressionRule() {
    }

    static List<DistrictFigures> apply(List<DistrictFigures> districts, int threshold) {
        List<DistrictFigures> result = new ArrayList<>();
        for (DistrictFigures d : districts) {
            result.add(d.withSuppression(d.figures().respondingClients() < threshold ? DistrictSuppression.PRIMARY
                    : DistrictSuppression.NONE));
        }
        Map<String, List<Integer>> byState = new LinkedHashMap<>();
        for (int i = 0; i < result.size(); i++) {
            if (!result.get(i).isUnknown()) {
                byState.computeIfAbsent(result.get(i).state(), s -> new ArrayList<>()).add(i);
            }
        }
        Comparator<Integer> smallest = Comparator.<Integer>comparingLong(i -> result.get(i).figures()
                .respondingClients()).thenComparing(i -> result.get(i).district());
        for (List<Integer> state : byState.values()) {
            long primaries = state.stream().filter(i -> result.get(i).suppressed()).count();
            if (primaries == 1) {
                state.stream().filter(i -> !result.get(i).suppressed()).min(smallest).ifPresent(i ->
                        result.set(i, result.get(i).withSuppression(DistrictSuppression.COMPLEMENTARY)));
            }
        }
        return List.copyOf(result);
    }
}
