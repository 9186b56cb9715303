package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.economy.EconomyWideModel;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import java.util.LinkedHashMap;
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
    private final EconomyWideModel economyWide;
    private final Map<String, ImpactMetrics> models = new LinkedHashMap<>();
    private long run = -1;

    MetricsModels(MetricsCalculator calculator, EconomyWideModel economyWide) {
        this.calculator = calculator;
        this.economyWide = economyWide;
    }

    synchronized ImpactMetrics of(long runId, int fiscalYear) {
        if (runId != run) {
            models.clear();
            run = runId;
        }
        return models.computeIfAbsent(String.valueOf(fiscalYear),
                y -> economyWide.attach(calculator.compute(runId, fiscalYear)));
    }
}
