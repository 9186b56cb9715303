package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The metrics model of a run's fiscal years, computed once and then handed to every step that needs it (the JSON
 * writer, the report renderers). After a restart the model is computed again from the same staged records, which
 * gives the same figures. Holds the models of the latest run only.
 */
@Component
class MetricsModels {

    private final MetricsCalculator calculator;
    private final Map<Integer, ImpactMetrics> models = new LinkedHashMap<>();
    private long run = -1;

    MetricsModels(MetricsCalculator calculator) {
        this.calculator = calculator;
    }

    synchronized ImpactMetrics of(long runId, int fiscalYear) {
        return of(runId, List.of(fiscalYear)).get(fiscalYear);
    }

    /** The models of several years, the missing ones computed together (they share the trend's years). */
    synchronized Map<Integer, ImpactMetrics> of(long runId, List<Integer> fiscalYears) {
        if (runId != run) {
            models.clear();
            run = runId;
        }
        List<Integer> missing = fiscalYears.stream().filter(y -> !models.containsKey(y)).toList();
        if (!missing.isEmpty()) {
            models.putAll(calculator.compute(runId, missing));
        }
        Map<Integer, ImpactMetrics> result = new LinkedHashMap<>();
        fiscalYears.forEach(y -> result.put(y, models.get(y)));
        return result;
    }
}
