package gov.nist.mep.impact.metrics;

import java.util.List;
import java.util.Map;

/**
 * Each state's figures in the last five fiscal years of the extract up to the year reported (the state fact sheets'
 * trend), by state code, years in order. A year's figures are exactly that year's {@code states[]} entry.
 */
public record StateTrends(int fiscalYear, Map<String, List<Year>> byState) {

    /** Years of the trend, ending with the year reported. */
    public static final int YEARS = 5;

    /** One fiscal year of a state. */
    public record Year(int fiscalYear, StateFigures figures) {
    }

    public StateTrends {
        byState = Map.copyOf(byState);
    }

    /** The state's years; empty when the state has none. */
    public List<Year> of(String state) {
        return byState.getOrDefault(state, List.of());
    }

    /** The trend of the year reported alone, from its metrics model (when the other years are not at hand). */
    public static StateTrends of(ImpactMetrics metrics) {
        Map<String, List<Year>> byState = new java.util.TreeMap<>();
        metrics.states().forEach(s -> byState.put(s.state(), List.of(new Year(metrics.fiscalYear(), s))));
        return new StateTrends(metrics.fiscalYear(), byState);
    }
}
