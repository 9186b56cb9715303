package gov.nist.mep.impact.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the known name nearest to a mistyped one, for the one-line errors of settings and templates. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name nearest to {@code wrong} (fewest single-character edits, ignoring case), when it is near enough to
     * be a typo: at most two edits, or a third of the name's length for long names; else none.
     */
    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        return known.stream().filter(k -> !k.equals(wrong))
                .map(k -> new Candidate(k, distance(k.toLowerCase(Locale.ROOT), w)))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    /** " (did you mean X?)" with the nearest known name, or "" when none is near. */
    public static String didYouMean(String wrong, Collection<String> known, String before, String after) {
        return nearest(wrong, known).map(n -> " (did you mean " + before + n + after + "?)").orElse("");
    }

    private record Candidate(String name, int distance) {
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
