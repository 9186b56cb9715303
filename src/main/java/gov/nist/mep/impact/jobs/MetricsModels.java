package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.economy.EconomyWideModel;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversightCalculator;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.StateTrends;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The metrics model of a run's fiscal years, with its economy-wide impacts attached, computed once and then handed to
 * every step that needs it (the JSON writer, the report renderers). After a restart the model is computed again from
 * the same staged records, which gives the same figures. Holds the models of the latest run only.
 */
@Component
class MetricsModels {

    private final MetricsCalculator calculator;
    private final CenterOversightCalculator oversightCalculator;
    private final EconomyWideModel economyWide;
    private final Map<Integer, ImpactMetrics> models = new LinkedHashMap<>();
    private final Map<String, CenterOversight> oversights = new LinkedHashMap<>();
    private final Map<String, StateTrends> stateTrends = new LinkedHashMap<>();
    private long run = -1;

    MetricsModels(MetricsCalculator calculator, CenterOversightCalculator oversightCalculator,
            EconomyWideModel economyWide) {
        this.calculator = calculator;
        this.oversightCalculator = oversightCalculator;
        this.economyWide = economyWide;
    }

    /** The center oversight model of the year. */
    CenterOversight oversightOf(long runId, int fiscalYear) {
        return oversightsOf(runId, List.of(fiscalYear)).get(fiscalYear);
    }

    /**
     * The center oversight models of several years, the missing ones computed on every core (each reads staging on
     * its own; the years' metrics are computed first).
     */
    Map<Integer, CenterOversight> oversightsOf(long runId, List<Integer> fiscalYears) {
        Map<Integer, ImpactMetrics> metrics = of(runId, fiscalYears);
        List<Integer> missing;
        synchronized (this) {
            missing = fiscalYears.stream().filter(y -> !oversights.containsKey(String.valueOf(y))).toList();
        }
        Map<Integer, CenterOversight> computed = new java.util.concurrent.ConcurrentHashMap<>();
        missing.parallelStream().forEach(y -> computed.put(y, oversightCalculator.compute(runId, metrics.get(y))));
        Map<Integer, CenterOversight> result = new LinkedHashMap<>();
        synchronized (this) {
            if (runId == run) {
                computed.forEach((y, o) -> oversights.putIfAbsent(String.valueOf(y), o));
            }
            for (int y : fiscalYears) {
                result.put(y, oversights.containsKey(String.valueOf(y)) ? oversights.get(String.valueOf(y))
                        : computed.get(y));
            }
        }
        return result;
    }

    /** Each state's last five fiscal years up to this one. */
    synchronized StateTrends stateTrendsOf(long runId, int fiscalYear) {
        of(runId, fiscalYear);
        return stateTrends.computeIfAbsent(String.valueOf(fiscalYear),
                y -> calculator.stateTrends(runId, fiscalYear, StateTrends.YEARS));
    }

    synchronized ImpactMetrics of(long runId, int fiscalYear) {
        return of(runId, List.of(fiscalYear)).get(fiscalYear);
    }

    /** The models of several years, the missing ones computed together (they share the trend's years). */
    synchronized Map<Integer, ImpactMetrics> of(long runId, List<Integer> fiscalYears) {
        if (runId != run) {
            models.clear();
            oversights.clear();
            stateTrends.clear();
            run = runId;
        }
        List<Integer> missing = fiscalYears.stream().filter(y -> !models.containsKey(y)).toList();
        if (!missing.isEmpty()) {
            calculator.compute(runId, missing).forEach((y, m) -> models.put(y, economyWide.attach(m)));
        }
        Map<Integer, ImpactMetrics> result = new LinkedHashMap<>();
        fiscalYears.forEach(y -> result.put(y, models.get(y)));
        return result;
    }
}
