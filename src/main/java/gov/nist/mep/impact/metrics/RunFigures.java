package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.metrics.MetricsCalculator.YearResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The figures of one run, computed once and read again by what the run computes after its models (center oversight,
 * state trends): every fiscal year of the extract without estimates. It belongs to the run that made it (a run holds
 * it in a job-scoped bean, a test in a local variable), never to a singleton, so two runs in one process (the
 * scheduler, the web console) never see each other's figures. Thread-safe: a run computes its years in parallel.
 */
public final class RunFigures {

    private final MetricsCalculator calculator;
    private final long runId;
    private final Map<Integer, YearResult> years = new TreeMap<>();
    private List<Integer> extractYears;
    private CenterOversightCalculator.ExtractRecordCounts extractRecordCounts;

    RunFigures(MetricsCalculator calculator, long runId) {
        this.calculator = calculator;
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }

    /** The metrics of several fiscal years, computed (with every year of the extract) and kept for this run. */
    public Map<Integer, ImpactMetrics> compute(Collection<Integer> fiscalYears) {
        return calculator.compute(this, fiscalYears);
    }

    synchronized void keep(List<Integer> extractYears, Map<Integer, YearResult> computed) {
        this.extractYears = List.copyOf(extractYears);
        years.putAll(computed);
    }

    /** The fiscal years of the extract. */
    public synchronized List<Integer> fiscalYears() {
        if (extractYears == null) {
            extractYears = List.copyOf(calculator.fiscalYears(runId));
        }
        return extractYears;
    }

    /** Every center's figures of one fiscal year (no estimates, no trend): for center trends and year-over-year. */
    public List<CenterFigures> centersOf(int fiscalYear) {
        return year(fiscalYear).centers();
    }

    /**
     * Each state's figures over the last {@code count} fiscal years of the extract up to {@code fiscalYear} (no
     * estimates): for the state fact sheets' trend.
     */
    public StateTrends stateTrends(int fiscalYear, int count) {
        List<Integer> all = fiscalYears().stream().filter(y -> y <= fiscalYear).toList();
        Map<String, List<StateTrends.Year>> byState = new TreeMap<>();
        for (int y : all.subList(Math.max(0, all.size() - count), all.size())) {
            for (StateFigures s : year(y).states()) {
                byState.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(new StateTrends.Year(y, s));
            }
        }
        return new StateTrends(fiscalYear, byState);
    }

    /** Center oversight's counts of the whole extract: read the first time a year asks, then kept for the others. */
    synchronized CenterOversightCalculator.ExtractRecordCounts extractRecordCounts(
            Supplier<CenterOversightCalculator.ExtractRecordCounts> read) {
        if (extractRecordCounts == null) {
            extractRecordCounts = read.get();
        }
        return extractRecordCounts;
    }

    /** A year's figures: those computed with the models, else computed now (and kept). */
    private YearResult year(int fiscalYear) {
        synchronized (this) {
            YearResult known = years.get(fiscalYear);
            if (known != null) {
                return known;
            }
        }
        YearResult computed = calculator.yearFigures(runId, fiscalYear);
        synchronized (this) {
            return years.computeIfAbsent(fiscalYear, y -> computed);
        }
    }
}
