package gov.nist.mep.impact.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Bootstrap replicates of the weighted totals: a stratified, rescaled bootstrap (Rao and Wu, 1988) with the weighting
 * classes as strata.
 *
 * <p>Within a class of F fielded records and C respondents, the respondents are, under the weighting-class model, a
 * simple random sample of the class's F records, and the class total is estimated by F times their mean. Each
 * replicate draws C - 1 of the class's respondents with replacement (in the order given, with a Mersenne Twister
 * seeded once per run) and rescales the resampled mean towards the class mean by the finite-population factor
 * sqrt(1 - C / F): the non-respondents are the only unknown part of the class, so a class where everyone responded
 * adds no variance, and with the C - 1 draws the replicate variance equals the unbiased
 * F^2 (1 - C/F) s^2 / C. A plain with-replacement bootstrap would ignore that factor and, at the program's 80-85%
 * response, overstate the standard error about 2.2-fold. All impacts share each replicate's draws.
 */
final class BootstrapTotals {

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
        RandomGenerator random = new MersenneTwister(seed);
        double[][] totals = new double[k][replicates];
        int drawsPerReplicate = 0;
        for (EstimateWeightingClasses.WeightClass weightClass : used) {
            if (weightClass.completed() != weightClass.fielded()) {
                drawsPerReplicate += (int) weightClass.completed() - 1;
            }
        }
        // The draws come from one generator in replicate order (so the figures never depend on the threads); a block
        // of replicates' draws is generated, then the block's replicates are summed on every core, each replicate in
        // the same order as one thread would (same bits). Summing is the cost: each draw reads a random respondent.
        int block = Math.max(1, Math.min(replicates, BLOCK_DRAWS / Math.max(1, drawsPerReplicate)));
        int[][] draws = new int[block][drawsPerReplicate];
        for (int first = 0; first < replicates; first += block) {
            int count = Math.min(block, replicates - first);
            for (int r = 0; r < count; r++) {
                int n = 0;
                for (EstimateWeightingClasses.WeightClass weightClass : used) {
                    int completed = (int) weightClass.completed();
                    if (completed == weightClass.fielded()) {
                        continue;
                    }
                    for (int d = 0; d < completed - 1; d++) {
                        draws[r][n++] = random.nextInt(completed) * k;
                    }
                }
            }
            int start = first;
            IntStream.range(0, count).parallel().forEach(r -> replicate(used, values, means, draws[r], k,
                    adjustment, totals, start + r));
        }
        return totals;
    }

    /** Draw indices generated per block: about 16 MB of them at a time. */
    private static final int BLOCK_DRAWS = 4_000_000;

    /** One replicate's totals from its draws (respondent offsets, class after class). */
    private static void replicate(List<EstimateWeightingClasses.WeightClass> used, double[][] values, double[][] means,
            int[] draws, int k, double adjustment, double[][] totals, int b) {
        double[] sums = new double[k];
        int n = 0;
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
                int i = draws[n++];
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
