package gov.nist.mep.impact.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one disclosure rule of every printed output, decided once per fiscal year for the centers, the states and the
 * service categories.
 *
 * <p><b>Primary:</b> a group with fewer responding clients than the suppression threshold is withheld.
 *
 * <p><b>Complementary:</b> the national figures are always printed, a state's are the sum of its centers', the
 * nation's the sum of the states' (and of the centers', and of the service categories'). So a reader can subtract the
 * published parts from a published total and get the sum of the withheld parts. Each such sum must itself come from
 * no responding client or from at least the threshold of distinct clients:
 * <ul>
 * <li>the withheld centers of a published state, together (otherwise the published center of the state with the
 * fewest responding clients is withheld too, then the next, ...);</li>
 * <li>the withheld centers of the withheld states, together, which is the nation minus the published states
 * (otherwise the published state with the fewest responding clients is withheld too, with its smallest published
 * center when its withheld centers have no responding client, so that it cannot be added up from its centers);</li>
 * <li>the withheld service categories, together (otherwise the published category with the fewest responding
 * clients is withheld too).</li>
 * </ul>
 * Ties go to the lower code. A group with no responding client hides nothing (its impacts are zero), so it needs no
 * complement. When the nation itself has fewer responding clients than the threshold every group is under it and no
 * complement is needed. Each year is decided on its own; a change between two years is withheld when either year is
 * (see {@link CenterOversightCalculator}).
 */
final class DisclosureControl {

    /** The decision of every center, state and service category of the year. */
    record Decisions(Map<String, Disclosure> centers, Map<String, Disclosure> states,
            Map<String, Disclosure> categories) {
    }

    private final int threshold;
    private final Map<String, Set<String>> centers;
    private final Map<String, String> stateOfCenter;
    private final Map<String, Set<String>> states = new TreeMap<>();
    private final Map<String, Set<String>> categories;

    private DisclosureControl(int threshold, Map<String, Set<String>> centers, Map<String, String> stateOfCenter,
            Map<String, Set<String>> categories) {
        this.threshold = threshold;
        this.centers = new TreeMap<>(centers);
        this.stateOfCenter = Map.copyOf(stateOfCenter);
        this.categories = new TreeMap<>(categories);
        this.centers.forEach((id, respondents) -> states.computeIfAbsent(stateOfCenter.get(id),
                s -> new HashSet<>()).addAll(respondents));
    }

    /**
     * Decides a year.
     *
     * @param centers the responding clients (distinct client keys) of every registered center
     * @param stateOfCenter each center's state
     * @param categories the responding clients of every service category of the year
     */
    static Decisions decide(int threshold, Map<String, Set<String>> centers, Map<String, String> stateOfCenter,
            Map<String, Set<String>> categories) {
        return new DisclosureControl(threshold, centers, stateOfCenter, categories).decide();
    }

    private Decisions decide() {
        Map<String, Disclosure> c = primary(centers);
        Map<String, Disclosure> s = primary(states);
        Map<String, Disclosure> k = primary(categories);
        Set<String> nation = new HashSet<>();
        centers.values().forEach(nation::addAll);
        if (nation.size() < threshold) {
            return new Decisions(c, s, k);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String state : states.keySet()) {
                if (s.get(state).withheld()) {
                    continue;
                }
                List<String> members = centersOf(state);
                List<String> hidden = members.stream().filter(m -> c.get(m).withheld()).toList();
                if (exposed(hidden, centers)) {
                    c.put(smallest(members.stream().filter(m -> !c.get(m).withheld()).toList(), centers),
                            Disclosure.COMPLEMENTARY);
                    changed = true;
                }
            }
            List<String> rest = centers.keySet().stream().filter(id -> s.get(stateOfCenter.get(id)).withheld()
                    && c.get(id).withheld()).toList();
            if (exposed(rest, centers)) {
                String state = smallest(s.keySet().stream().filter(x -> !s.get(x).withheld()).toList(), states);
                s.put(state, Disclosure.COMPLEMENTARY);
                List<String> members = centersOf(state);
                if (!answered(members.stream().filter(m -> c.get(m).withheld()).toList(), centers)) {
                    // its withheld centers hide nothing: it would be the sum of its published ones
                    c.put(smallest(members.stream().filter(m -> !c.get(m).withheld()).toList(), centers),
                            Disclosure.COMPLEMENTARY);
                }
                changed = true;
            }
            List<String> hiddenCategories = k.keySet().stream().filter(x -> k.get(x).withheld()).toList();
            if (exposed(hiddenCategories, categories)) {
                k.put(smallest(k.keySet().stream().filter(x -> !k.get(x).withheld()).toList(), categories),
                        Disclosure.COMPLEMENTARY);
                changed = true;
            }
        }
        return new Decisions(c, s, k);
    }

    private Map<String, Disclosure> primary(Map<String, Set<String>> groups) {
        Map<String, Disclosure> decisions = new TreeMap<>();
        groups.forEach((id, respondents) -> decisions.put(id, Disclosure.of(respondents.size() < threshold)));
        return decisions;
    }

    private List<String> centersOf(String state) {
        List<String> members = new ArrayList<>();
        centers.keySet().forEach(id -> {
            if (state.equals(stateOfCenter.get(id))) {
                members.add(id);
            }
        });
        return members;
    }

    /** Whether the groups together come from at least one and fewer than the threshold of distinct clients. */
    private boolean exposed(Collection<String> ids, Map<String, Set<String>> groups) {
        int clients = clients(ids, groups);
        return clients > 0 && clients < threshold;
    }

    private static boolean answered(Collection<String> ids, Map<String, Set<String>> groups) {
        return clients(ids, groups) > 0;
    }

    private static int clients(Collection<String> ids, Map<String, Set<String>> groups) {
        Set<String> clients = new HashSet<>();
        ids.forEach(id -> clients.addAll(groups.get(id)));
        return clients.size();
    }

    /** The group with the fewest responding clients, then the lowest code. */
    private static String smallest(List<String> ids, Map<String, Set<String>> groups) {
        return ids.stream().min(Comparator.<String>comparingInt(id -> groups.get(id).size())
                .thenComparing(Comparator.naturalOrder())).orElseThrow(() -> new IllegalStateException(
                        "no published group is left to withhold as a complement"));
    }
}
