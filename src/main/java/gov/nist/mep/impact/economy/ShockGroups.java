package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.metrics.ClientIndustrySales;
import gov.nist.mep.impact.metrics.Disclosure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shock's client groups and their disclosure. Clients are grouped by what their NAICS code names: one BEA industry
 * ({@code industry}), several ({@code naics}: the prefix that names them, e.g. "33"), or none ({@code unclassified}).
 *
 * <p>Disclosure control (the project's one rule): a group with fewer responding clients than the threshold is withheld
 * ({@code primary}). Withheld groups are not printed one by one but pooled into one line, "other industries", whose
 * sales enter the model spread over the pooled industries in proportion to their U.S. output (public weights), so that
 * neither the line nor the model's totals depend on how the pool divides among its groups. When the pool has fewer
 * responding clients than the threshold (its total would disclose them: national sales − the printed groups), the
 * smallest published groups (by responding clients, then code) join it ({@code complementary}) until it has enough.
 * Aggregation, not complementary suppression of cells alone: the model's totals (output, GDP, labor income, jobs by
 * effect) are linear in every group's sales with public multipliers, so with the groups' own sales in the model a
 * reader could solve for a few withheld groups from the totals; pooled with public weights, only the pool's sum is
 * in them.
 */
final class ShockGroups {

    static final String INDUSTRY = "industry";
    static final String NAICS = "naics";
    static final String UNCLASSIFIED = "unclassified";
    static final String OTHER = "other";

    /** One group: its clients' sums and the industries its sales go to. */
    static final class Group {
        final String code;
        final String kind;
        final List<String> industries;
        long respondingClients;
        BigDecimal newSales = BigDecimal.ZERO.setScale(2);
        BigDecimal retainedSales = BigDecimal.ZERO.setScale(2);
        Disclosure disclosure = Disclosure.PUBLISHED;

        Group(String code, String kind, List<String> industries) {
            this.code = code;
            this.kind = kind;
            this.industries = List.copyOf(industries);
        }
    }

    private final List<Group> groups;
    private final Group pool;

    private ShockGroups(List<Group> groups, Group pool) {
        this.groups = groups;
        this.pool = pool;
    }

    /**
     * @param manufacturing the manufacturing industries, where the sales of a code naming no industry go (the
     *     program serves manufacturers)
     * @param order the BEA industries in table order (the order of every group's industries and of the printed groups)
     */
    static ShockGroups of(List<ClientIndustrySales> rows, NaicsIndustries naics, List<String> manufacturing,
            List<String> order, int threshold) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (ClientIndustrySales r : rows) {
            NaicsIndustries.Industries named = naics.industriesOf(r.naics());
            Group g;
            if (named.codes().size() == 1) {
                String code = named.codes().get(0);
                g = byKey.computeIfAbsent(INDUSTRY + ":" + code, k -> new Group(code, INDUSTRY, List.of(code)));
            } else if (!named.codes().isEmpty()) {
                g = byKey.computeIfAbsent(NAICS + ":" + named.prefix(), k -> new Group(named.prefix(), NAICS,
                        inOrder(named.codes(), order)));
            } else {
                g = byKey.computeIfAbsent(UNCLASSIFIED, k -> new Group("", UNCLASSIFIED, manufacturing));
            }
            g.respondingClients += r.respondingClients();
            g.newSales = g.newSales.add(r.newSales());
            g.retainedSales = g.retainedSales.add(r.retainedSales());
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        groups.sort(Comparator.comparing((Group g) -> rank(g, order)).thenComparing(g -> g.code));
        for (Group g : groups) {
            if (g.respondingClients < threshold) {
                g.disclosure = Disclosure.PRIMARY;
            }
        }
        while (true) {
            long pooled = groups.stream().filter(g -> g.disclosure.withheld()).mapToLong(g -> g.respondingClients).sum();
            if (pooled == 0 || pooled >= threshold) {
                break;
            }
            Group next = groups.stream().filter(g -> !g.disclosure.withheld())
                    .min(Comparator.comparingLong((Group g) -> g.respondingClients).thenComparing(g -> g.code))
                    .orElse(null);
            if (next == null) {
                break;
            }
            next.disclosure = Disclosure.COMPLEMENTARY;
        }
        Group pool = null;
        List<Group> withheld = groups.stream().filter(g -> g.disclosure.withheld()).toList();
        if (!withheld.isEmpty()) {
            Set<String> industries = new LinkedHashSet<>();
            withheld.forEach(g -> industries.addAll(g.industries));
            pool = new Group(OTHER, OTHER, inOrder(List.copyOf(industries), order));
            for (Group g : withheld) {
                pool.respondingClients += g.respondingClients;
                pool.newSales = pool.newSales.add(g.newSales);
                pool.retainedSales = pool.retainedSales.add(g.retainedSales);
            }
        }
        return new ShockGroups(List.copyOf(groups), pool);
    }

    /** Every group, published or withheld, in table order (industries, then the codes naming several, then none). */
    List<Group> all() {
        return groups;
    }

    /** The groups whose sales enter the model: the published groups and the pool of the withheld ones. */
    List<Group> modelled() {
        List<Group> modelled = new ArrayList<>(groups.stream().filter(g -> !g.disclosure.withheld()).toList());
        if (pool != null) {
            modelled.add(pool);
        }
        return modelled;
    }

    /** The pool of the withheld groups, or null when none is withheld. */
    Group pool() {
        return pool;
    }

    private static List<String> inOrder(List<String> codes, List<String> order) {
        return codes.stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }

    private static int rank(Group g, List<String> order) {
        int kind = INDUSTRY.equals(g.kind) ? 0 : NAICS.equals(g.kind) ? 1 : 2;
        return kind * 1000 + (INDUSTRY.equals(g.kind) ? order.indexOf(g.code) : 0);
    }
}
