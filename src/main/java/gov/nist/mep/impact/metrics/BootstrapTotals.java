package gov.nist.mep.impact.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bootstrap replicates of the weighted totals: a stratified, rescaled bootstrap (Rao and Wu, 1988) with the weighting
 * classes as strata.
 *
 * <p>Within a class of F fielded records and C respondents, the respondents are, under the weighting-class model, a
 * simple random sample of the class's F records, and the class total is estimated by F times their mean. Each
 * replicate draws C - 1 of the class's respondents with replacement (in the order given, from a
 * {@link SplittableRandom} stream: the seeded generator is split into one stream per block of {@value #BLOCK}
 * replicates, in block order, and a block's replicates draw from its stream one after the other; the blocks run on
 * every core and give the same figures on any number of them) and rescales the resampled mean towards the class mean
 * by the finite-population factor sqrt(1 - C / F): the non-respondents are the only unknown part of the class, so a
 * class where everyone responded adds no variance, and with the C - 1 draws the replicate variance equals the
 * unbiased F^2 (1 - C/F) s^2 / C. A plain with-replacement bootstrap would ignore that factor and, at the program's 80-85%
 * response, overstate the standard error about 2.2-fold. All impacts share each replicate's draws.
 */
final class BootstrapTotals {

    /** Replicates per random stream: fixed, so that the streams (and the figures) never depend on the cores. */
    static final int BLOCK = 10;

    private BootstrapTotals() {
    }

    /**
     * Replicate totals, {@code [impact][replicate]} in the order of {@code impacts}; null when the variance cannot be
     * estimated ({@link EstimateWeightingClasses#varianceEstimable()}).
     */
    static double[][] replicates(EstimateWeightingClasses classes, List<EstimateImpact> impacts, int replicates,
            long seed) {
        if (!classes.varianceEstimable()) {
            return null;
        }
        int k = impacts.size();
        List<EstimateWeightingClasses.WeightClass> used = classes.classes().stream().filter(c -> c.completed() > 0)
                .toList();
        double[][] values = new double[used.size()][];
        double[][] means = new double[used.size()][k];
        for (int c = 0; c < used.size(); c++) {
            List<SurveyObservation> respondents = used.get(c).respondents();
            values[c] = new double[respondents.size() * k];
            for (int i = 0; i < respondents.size(); i++) {
                for (int j = 0; j < k; j++) {
                    double v = impacts.get(j).value(respondents.get(i)).doubleValue();
                    values[c][i * k + j] = v;
                    means[c][j] += v;
                }
            }
            for (int j = 0; j < k; j++) {
                means[c][j] /= respondents.size();
            }
        }
        double adjustment = classes.adjustment().doubleValue();
        double[][] totals = new double[k][replicates];
        // One stream per block of BLOCK replicates, split from the seeded generator in block order: a block's
        // replicates draw from its stream in replicate order, so the figures are the same whatever the threads and
        // the blocks run on every core.
        SplittableRandom root = new SplittableRandom(seed);
        int blocks = (replicates + BLOCK - 1) / BLOCK;
        SplittableRandom[] streams = new SplittableRandom[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.split();
        }
        IntStream.range(0, blocks).parallel().forEach(b -> {
            SplittableRandom random = streams[b];
            double[] sums = new double[k];
            for (int r = b * BLOCK; r < Math.min(replicates, (b + 1) * BLOCK); r++) {
                replicate(used, values, means, random, sums, k, adjustment, totals, r);
            }
        });
        return totals;
    }

    /** One replicate's totals, drawing its respondents class after class from {@code random}. */
    private static void replicate(List<EstimateWeightingClasses.WeightClass> used, double[][] values, double[][] means,
            SplittableRandom random, double[] sums, int k, double adjustment, double[][] totals, int b) {
        for (int c = 0; c < used.size(); c++) {
            EstimateWeightingClasses.WeightClass weightClass = used.get(c);
            int completed = (int) weightClass.completed();
            double fielded = weightClass.fielded();
            if (completed == fielded) {
                for (int j = 0; j < k; j++) {
                    totals[j][b] += fielded * means[c][j];
                }
                continue;
            }
            int classDraws = completed - 1;
            Arrays.fill(sums, 0);
            double[] classValues = values[c];
            for (int d = 0; d < classDraws; d++) {
                int i = random.nextInt(completed) * k;
                for (int j = 0; j < k; j++) {
                    sums[j] += classValues[i + j];
                }
            }
            double rescale = Math.sqrt(1 - completed / fielded);
            for (int j = 0; j < k; j++) {
                totals[j][b] += fielded * (means[c][j] + rescale * (sums[j] / classDraws - means[c][j]));
            }
        }
        for (int j = 0; j < k; j++) {
            totals[j][b] *= adjustment;
        }
    }
}
