package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.economy.EconomyWideModel;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversightCalculator;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.RunFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.support.ParallelTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The metrics model of a run's fiscal years, with its economy-wide impacts attached, computed once and then handed to
 * every step that needs it (the JSON writer, the report renderers), with the run's center oversight and state trends.
 * A job-scoped bean: each running job execution has its own, created when the run first asks and dropped when it
 * ends, so two runs in one process (the scheduler, the web console) never see each other's models. After a restart
 * the model is computed again from the same staged records, which gives the same figures.
 */
@Component
@JobScope
class MetricsModels {

    private final MetricsCalculator calculator;
    private final CenterOversightCalculator oversightCalculator;
    private final EconomyWideModel economyWide;
    private final RunFigures figures;
    private final Map<Integer, ImpactMetrics> models = new LinkedHashMap<>();
    private final Map<Integer, CenterOversight> oversights = new LinkedHashMap<>();
    private final Map<Integer, StateTrends> stateTrends = new LinkedHashMap<>();

    MetricsModels(MetricsCalculator calculator, CenterOversightCalculator oversightCalculator,
            EconomyWideModel economyWide, @Value("#{jobExecution.jobInstance.instanceId}") long runId) {
        this.calculator = calculator;
        this.oversightCalculator = oversightCalculator;
        this.economyWide = economyWide;
        this.figures = calculator.run(runId);
    }

    /** The center oversight model of the year. */
    CenterOversight oversightOf(int fiscalYear) {
        return oversightsOf(List.of(fiscalYear)).get(fiscalYear);
    }

    /**
     * The center oversight models of several years, the missing ones computed on every core (each reads staging on
     * its own; the years' metrics are computed first). A single missing year (a report job's) reads its staging on a
     * thread of its own while the metrics are computed, as it needs none of them; several years (the nightly's) read
     * theirs after the metrics, so that memory never holds every year's reads beside the metrics.
     */
    Map<Integer, CenterOversight> oversightsOf(List<Integer> fiscalYears) {
        List<Integer> missing;
        synchronized (this) {
            missing = fiscalYears.stream().filter(y -> !oversights.containsKey(y)).distinct().toList();
        }
        Map<Integer, CenterOversightCalculator.StagingFigures> read = missing.size() == 1
                ? readBesideMetrics(missing.get(0), fiscalYears) : Map.of();
        Map<Integer, ImpactMetrics> metrics = of(fiscalYears);
        Map<Integer, Callable<CenterOversight>> tasks = new LinkedHashMap<>();
        missing.forEach(y -> tasks.put(y, () -> read.containsKey(y)
                ? oversightCalculator.compute(figures, metrics.get(y), read.get(y))
                : oversightCalculator.compute(figures, metrics.get(y))));
        Map<Integer, CenterOversight> computed = ParallelTasks.computeAll("oversight", tasks,
                ParallelTasks.threadsFor(tasks.size()));
        Map<Integer, CenterOversight> result = new LinkedHashMap<>();
        synchronized (this) {
            computed.forEach(oversights::putIfAbsent);
            fiscalYears.forEach(y -> result.put(y, oversights.get(y)));
        }
        return result;
    }

    /**
     * The metrics of {@code fiscalYears} computed (see {@link #of(List)}) while one thread reads the staging of the
     * oversight of {@code year}; returns the read. A failure of either is thrown once both have ended.
     */
    private Map<Integer, CenterOversightCalculator.StagingFigures> readBesideMetrics(int year,
            List<Integer> fiscalYears) {
        Map<String, Callable<Object>> both = new LinkedHashMap<>();
        both.put("metrics", () -> of(fiscalYears));
        both.put("oversight", () -> oversightCalculator.read(figures, year));
        Object read = ParallelTasks.computeAll("metrics-and-oversight", both, 2).get("oversight");
        return Map.of(year, (CenterOversightCalculator.StagingFigures) read);
    }

    /** Each state's last five fiscal years up to this one. */
    synchronized StateTrends stateTrendsOf(int fiscalYear) {
        of(fiscalYear);
        return stateTrends.computeIfAbsent(fiscalYear, y -> figures.stateTrends(fiscalYear, StateTrends.YEARS));
    }

    synchronized ImpactMetrics of(int fiscalYear) {
        return of(List.of(fiscalYear)).get(fiscalYear);
    }

    /** The models of several years, the missing ones computed together (they share the trend's years). */
    synchronized Map<Integer, ImpactMetrics> of(List<Integer> fiscalYears) {
        List<Integer> missing = fiscalYears.stream().filter(y -> !models.containsKey(y)).toList();
        if (!missing.isEmpty()) {
            figures.compute(missing).forEach((y, m) -> models.put(y, economyWide.attach(m)));
        }
        Map<Integer, ImpactMetrics> result = new LinkedHashMap<>();
        fiscalYears.forEach(y -> result.put(y, models.get(y)));
        return result;
    }
}
