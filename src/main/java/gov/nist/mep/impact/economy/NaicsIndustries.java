package gov.nist.mep.impact.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps a client's NAICS code to BEA's summary industries, from BEA's table of industry codes and their related 2007
 * NAICS codes ({@code /economy/industry-codes-2007-naics.csv}): the longest related NAICS prefix of the client's code
 * wins, and a shorter prefix counts when every related code under it belongs to the same summary industry. A related
 * code may be a list ("32192, 32199") or a range of last digits ("333291-4" = 333291 to 333294).
 *
 * <p>A code that names no single industry ("33", a sector; "531", claimed by housing and other real estate) names the
 * industries whose related codes start with it: {@link #industriesOf} gives them, and the model spreads such a client's
 * sales over them by their output.
 */
final class NaicsIndustries {

    static final String RESOURCE = "/economy/industry-codes-2007-naics.csv";

    private final Map<String, String> summaryByPrefix;
    private final Map<String, Set<String>> summariesByRelated;

    NaicsIndustries(Map<String, String> summaryByPrefix, Map<String, Set<String>> summariesByRelated) {
        this.summaryByPrefix = Map.copyOf(summaryByPrefix);
        this.summariesByRelated = new TreeMap<>(summariesByRelated);
    }

    /** The industries a client's code names: one, several (with the prefix that named them), or none. */
    record Industries(String prefix, List<String> codes) {
    }

    static NaicsIndustries load() {
        List<List<String>> rows = EconomyCsv.read(RESOURCE);
        List<String> header = rows.get(0);
        int summary = header.indexOf("summary_code");
        int naics = header.indexOf("naics_2007");
        Map<String, Set<String>> related = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String prefix : expand(row.get(naics))) {
                related.computeIfAbsent(prefix, k -> new TreeSet<>()).add(row.get(summary));
            }
        }
        Map<String, String> byPrefix = new TreeMap<>();
        Map<String, Set<String>> shorter = new TreeMap<>();
        related.forEach((prefix, summaries) -> {
            // a related code claimed by two summary industries (531: HS and ORE) names no single one
            if (summaries.size() == 1) {
                byPrefix.put(prefix, summaries.iterator().next());
            }
            for (int len = 2; len < prefix.length(); len++) {
                shorter.computeIfAbsent(prefix.substring(0, len), k -> new TreeSet<>()).addAll(summaries);
            }
        });
        // a code shorter than BEA's (a client coded 3327) or of a later NAICS edition (2012's 333249) maps through
        // the shorter prefixes whose related codes all belong to one summary industry; "33" names several, so none
        shorter.forEach((prefix, summaries) -> {
            if (summaries.size() == 1 && !related.containsKey(prefix)) {
                byPrefix.putIfAbsent(prefix, summaries.iterator().next());
            }
        });
        return new NaicsIndustries(byPrefix, related);
    }

    /** The prefixes a related-NAICS cell names: "33321, 333291-4" gives 33321, 333291, 333292, 333293, 333294. */
    static List<String> expand(String cell) {
        List<String> prefixes = new ArrayList<>();
        for (String part : cell.split(",")) {
            String p = part.trim();
            if (p.isEmpty() || !Character.isDigit(p.charAt(0))) {
                continue;
            }
            int dash = p.indexOf('-');
            if (dash < 0) {
                prefixes.add(p);
                continue;
            }
            String from = p.substring(0, dash);
            String toTail = p.substring(dash + 1);
            String stem = from.substring(0, from.length() - toTail.length());
            int first = Integer.parseInt(from.substring(stem.length()));
            int last = Integer.parseInt(toTail);
            for (int v = first; v <= last; v++) {
                prefixes.add(stem + String.format(Locale.ROOT, "%0" + toTail.length() + "d", v));
            }
        }
        return prefixes;
    }

    /** The BEA summary industry of a NAICS code, or empty when it names none or several. */
    Optional<String> summaryOf(String naics) {
        if (naics == null) {
            return Optional.empty();
        }
        String code = naics.trim();
        for (int len = code.length(); len >= 2; len--) {
            String prefix = code.substring(0, len);
            String summary = summaryByPrefix.get(prefix);
            if (summary != null) {
                return Optional.of(summary);
            }
            if (summariesByRelated.containsKey(prefix)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The summary industries a NAICS code names: its one industry ({@link #summaryOf}), or else the industries of every
     * related code that starts with the longest prefix of the code that starts any (with that prefix), or none.
     */
    Industries industriesOf(String naics) {
        Optional<String> one = summaryOf(naics);
        if (one.isPresent()) {
            return new Industries(null, List.of(one.get()));
        }
        String code = naics == null ? "" : naics.trim();
        for (int len = code.length(); len >= 2; len--) {
            String prefix = code.substring(0, len);
            Set<String> found = new TreeSet<>();
            summariesByRelated.forEach((related, summaries) -> {
                if (related.startsWith(prefix)) {
                    found.addAll(summaries);
                }
            });
            if (!found.isEmpty()) {
                return new Industries(prefix, List.copyOf(found));
            }
        }
        return new Industries(null, List.of());
    }
}
