package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.springframework.stereotype.Component;

/**
 * Survey statistics of the year's survey records, beside the reported totals (which stay sums over COMPLETE records):
 *
 * <ul>
 * <li><b>Distribution per responding client.</b> A client's COMPLETE records are summed first; then count, exact mean,
 * median, 90th and 99th percentile and share of zeros. Percentiles are Hyndman and Fan's type 7 (Commons Math
 * {@code Percentile.EstimationType.R_7}, R's default and Excel's {@code PERCENTILE.INC}).</li>
 * <li><b>Estimated totals.</b> Weighting-class nonresponse adjustment: classes are center x service category, each
 * respondent weighs fielded / completed of its class, and small classes are collapsed as
 * {@link EstimateWeightingClasses} describes (center, then national). The estimated total is exact decimal arithmetic,
 * rounded at the end.</li>
 * <li><b>95% intervals.</b> Percentile interval (2.5th and 97.5th percentile, type 7) of {@value #REPLICATES}
 * replicates of the stratified rescaled bootstrap of {@link BootstrapTotals}, drawn from a {@link java.util.SplittableRandom}
 * seeded with {@value #SEED} and split into one stream per block of replicates: same records in the same order give
 * the same interval, on any number of cores. A bootstrap rather than the analytic
 * variance because impacts are very skewed (a few clients report very large figures): a percentile interval follows
 * that skew, where a symmetric normal interval can reach below zero for a total of non-negative values. The
 * rescaling makes its variance the analytic one, F^2 (1 - C/F) s^2 / C per class; the standard error is the
 * replicates' standard deviation. In a simulation with known truth (EstimatesCoverageTest) the intervals covered the
 * true totals in 92-95.5% of 200 surveys, like normal intervals with the analytic variance. Caveat: an interval
 * reflects what the respondents show; when a single client holds a large share of a total and does not answer, no
 * interval built from respondents covers the truth (the winsorised totals show how much the largest values weigh).</li>
 * <li><b>Winsorised totals</b> (sensitivity): each COMPLETE record's value above the 99th percentile (type 7) of the
 * COMPLETE records' values is capped at it, then summed as reported and weighted as estimated.</li>
 * <li><b>Nonresponse comparison</b> of respondents and non-respondents ({@link NonresponseProfiles}).</li>
 * </ul>
 *
 * <p>Never throws on data: what is undefined (no respondent, a class whose one respondent stands in for others) is
 * null.
 */
@Component
public class EstimatesCalculator {

    static final long SEED = 20140930L;
    static final int REPLICATES = 1000;
    static final double CONFIDENCE_LEVEL = 0.95;
    static final double WINSORISING_PERCENTILE = 99;
    static final String INTERVAL_METHOD = "stratified rescaled bootstrap (Rao-Wu): respondents resampled with"
            + " replacement within weighting classes, C - 1 draws per class, rescaled by sqrt(1 - completed/fielded);"
            + " percentile interval of the replicate totals; draws from java.util.SplittableRandom seeded with the"
            + " bootstrap seed, one stream per block of " + BootstrapTotals.BLOCK + " replicates";

    private static final List<EstimateImpact> IMPACTS = List.of(EstimateImpact.values());

    private final int replicates;
    private final long seed;

    public EstimatesCalculator() {
        this(REPLICATES, SEED);
    }

    /** With fewer replicates or another seed: for simulations, never for published figures. */
    EstimatesCalculator(int replicates, long seed) {
        if (replicates < 2) {
            throw new IllegalArgumentException("bootstrap replicates must be at least 2, was " + replicates);
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    public Estimates estimate(List<SurveyObservation> observations) {
        List<SurveyObservation> records = observations == null ? List.of()
                : observations.stream().filter(Objects::nonNull).toList();
        List<SurveyObservation> completes = records.stream().filter(SurveyObservation::complete).toList();
        Map<String, List<SurveyObservation>> byClient = new LinkedHashMap<>();
        completes.forEach(o -> byClient.computeIfAbsent(o.clientKey(), k -> new ArrayList<>()).add(o));
        EstimateWeightingClasses classes = EstimateWeightingClasses.of(records);
        double[][] bootstrap = BootstrapTotals.replicates(classes, IMPACTS, replicates, seed);

        Map<String, Estimates.ImpactEstimate> impacts = new LinkedHashMap<>();
        for (int j = 0; j < IMPACTS.size(); j++) {
            EstimateImpact impact = IMPACTS.get(j);
            impacts.put(impact.key(), impactEstimate(impact, completes, byClient, classes,
                    bootstrap == null ? null : bootstrap[j]));
        }
        Estimates.Method method = new Estimates.Method(EstimatePercentiles.DEFINITION, INTERVAL_METHOD,
                CONFIDENCE_LEVEL, seed, replicates, EstimateWeightingClasses.MINIMUM_RESPONDENTS,
                WINSORISING_PERCENTILE);
        return new Estimates(records.size(), completes.size(), byClient.size(), method,
                Collections.unmodifiableMap(impacts), classes.toFigures(), NonresponseProfiles.compare(records));
    }

    private static Estimates.ImpactEstimate impactEstimate(EstimateImpact impact, List<SurveyObservation> completes,
            Map<String, List<SurveyObservation>> byClient, EstimateWeightingClasses classes, double[] replicates) {
        // Summed like the reported figure (from ZERO, record by record), so it equals it exactly, scale included.
        BigDecimal reported = BigDecimal.ZERO;
        for (SurveyObservation o : completes) {
            reported = reported.add(impact.value(o));
        }
        BigDecimal lower = null;
        BigDecimal upper = null;
        BigDecimal standardError = null;
        if (replicates != null) {
            EstimatePercentiles percentiles = EstimatePercentiles.of(replicates);
            double tail = 100 * (1 - CONFIDENCE_LEVEL) / 2;
            lower = impact.round(percentiles.at(tail));
            upper = impact.round(percentiles.at(100 - tail));
            standardError = impact.round(new StandardDeviation().evaluate(replicates));
        }
        return new Estimates.ImpactEstimate(impact.unit(), reported, impact.round(classes.weightedTotal(impact::value)),
                lower, upper, standardError, distribution(impact, byClient), winsorised(impact, completes, classes));
    }

    private static Estimates.Distribution distribution(EstimateImpact impact,
            Map<String, List<SurveyObservation>> byClient) {
        List<BigDecimal> perClient = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        long zeros = 0;
        for (List<SurveyObservation> records : byClient.values()) {
            BigDecimal client = BigDecimal.ZERO;
            for (SurveyObservation o : records) {
                client = client.add(impact.value(o));
            }
            perClient.add(client);
            sum = sum.add(client);
            zeros += client.signum() == 0 ? 1 : 0;
        }
        if (perClient.isEmpty()) {
            return new Estimates.Distribution(0, null, null, null, null, null);
        }
        EstimatePercentiles percentiles = EstimatePercentiles.of(perClient);
        BigDecimal mean = impact.round(sum.divide(BigDecimal.valueOf(perClient.size()), MathContext.DECIMAL128));
        return new Estimates.Distribution(perClient.size(), mean, impact.round(percentiles.at(50)),
                impact.round(percentiles.at(90)), impact.round(percentiles.at(99)),
                Ratios.ratio(zeros, perClient.size()));
    }

    private static Estimates.Winsorised winsorised(EstimateImpact impact, List<SurveyObservation> completes,
            EstimateWeightingClasses classes) {
        if (completes.isEmpty()) {
            return new Estimates.Winsorised(null, 0, null, null);
        }
        BigDecimal cap = impact.round(EstimatePercentiles.of(completes.stream().map(impact::value).toList())
                .at(WINSORISING_PERCENTILE));
        BigDecimal total = BigDecimal.ZERO;
        long capped = 0;
        for (SurveyObservation o : completes) {
            BigDecimal value = impact.value(o);
            capped += value.compareTo(cap) > 0 ? 1 : 0;
            total = total.add(value.min(cap));
        }
        BigDecimal estimated = classes.weightedTotal(o -> impact.value(o).min(cap));
        return new Estimates.Winsorised(cap, capped, impact.round(total), impact.round(estimated));
    }
}
