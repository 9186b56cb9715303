package gov.nist.mep.impact.economy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps a client's NAICS code to BEA's summary industry, from BEA's table of industry codes and their related 2007
 * NAICS codes ({@code /economy/industry-codes-2007-naics.csv}): the longest related NAICS prefix of the client's code
 * wins, and a shorter prefix counts when every related code under it belongs to the same summary industry. A related
 * code may be a list ("32192, 32199") or a range of last digits ("333291-4" = 333291 to 333294).
 */
final class NaicsIndustries {

    static final String RESOURCE = "/economy/industry-codes-2007-naics.csv";

    private final Map<String, String> summaryByPrefix;

    NaicsIndustries(Map<String, String> summaryByPrefix) {
        this.summaryByPrefix = Map.copyOf(summaryByPrefix);
    }

    static NaicsIndustries load() {
        Map<String, String> byPrefix = new TreeMap<>();
        List<List<String>> rows = EconomyCsv.read(RESOURCE);
        List<String> header = rows.get(0);
        int summary = header.indexOf("summary_code");
        int naics = header.indexOf("naics_2007");
        Map<String, java.util.Set<String>> shorter = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String prefix : expand(row.get(naics))) {
                byPrefix.put(prefix, row.get(summary));
                for (int len = 2; len < prefix.length(); len++) {
                    shorter.computeIfAbsent(prefix.substring(0, len), k -> new java.util.TreeSet<>())
                            .add(row.get(summary));
                }
            }
        }
        // a code shorter than BEA's (a client coded 3327) or of a later NAICS edition (2012's 333249) maps through
        // the shorter prefixes whose related codes all belong to one summary industry; "33" names several, so none
        shorter.forEach((prefix, summaries) -> {
            if (summaries.size() == 1) {
                byPrefix.putIfAbsent(prefix, summaries.iterator().next());
            }
        });
        return new NaicsIndustries(byPrefix);
    }

    /** The prefixes a related-NAICS cell names: "33321, 333291-4" gives 33321, 333291, 333292, 333293, 333294. */
    static List<String> expand(String cell) {
        List<String> prefixes = new java.util.ArrayList<>();
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
                prefixes.add(stem + String.format(java.util.Locale.ROOT, "%0" + toTail.length() + "d", v));
            }
        }
        return prefixes;
    }

    /** The BEA summary industry of a NAICS code, or empty when no related code is a prefix of it. */
    Optional<String> summaryOf(String naics) {
        if (naics == null) {
            return Optional.empty();
        }
        String code = naics.trim();
        for (int len = code.length(); len >= 2; len--) {
            String summary = summaryByPrefix.get(code.substring(0, len));
            if (summary != null) {
                return Optional.of(summary);
            }
        }
        return Optional.empty();
    }
}
