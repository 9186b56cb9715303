package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The one percentile definition of the estimates: Hyndman and Fan's type 7 (Commons Math
 * {@code Percentile.EstimationType.R_7}), linear interpolation between the order statistics around rank
 * {@code (n - 1) p + 1}. It is R's and NumPy's default and Excel's {@code PERCENTILE.INC}, so analysts can reproduce
 * every figure. Decimals become doubles only here, at the Commons Math boundary.
 */
final class EstimatePercentiles {

    static final EstimationType TYPE = EstimationType.R_7;
    static final String DEFINITION = "Hyndman-Fan type 7 (Commons Math Percentile, EstimationType.R_7): linear"
            + " interpolation between order statistics at rank (n - 1)p + 1, as R's default and Excel PERCENTILE.INC";

    private final Percentile percentile = new Percentile().withEstimationType(TYPE);
    private final int size;

    private EstimatePercentiles(double[] values) {
        percentile.setData(values);
        size = values.length;
    }

    static EstimatePercentiles of(double[] values) {
        return new EstimatePercentiles(values.clone());
    }

    static EstimatePercentiles of(Collection<BigDecimal> values) {
        return new EstimatePercentiles(values.stream().mapToDouble(BigDecimal::doubleValue).toArray());
    }

    /** The p-th percentile (0 < p <= 100); NaN without values. */
    double at(double p) {
        return size == 0 ? Double.NaN : percentile.evaluate(p);
    }

    /** The exact mean of decimals, rounded HALF_EVEN to the scale; null without values. */
    static BigDecimal mean(BigDecimal sum, long count, int scale) {
        if (count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** A double rounded HALF_EVEN to the scale; null when not finite. */
    static BigDecimal round(double value, int scale) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN) : null;
    }
}
