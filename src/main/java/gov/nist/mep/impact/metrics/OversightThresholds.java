package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.support.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the center scorecard flags a center's figure as an outlier. Set them with {@code mep.oversight.*} properties;
 * the defaults are below, each one's valid values on its component ({@link Setting}). Shares are fractions
 * (0.10 = 10%); percentiles are 0 to 100.
 *
 * <p>The peer rule for new sales per federal dollar and federal cost per job: in a host type with at least
 * {@code peerPercentileMinCenters} centers that have the figure, a center at or below the low or at or above the high
 * percentile of its peers is flagged; in a smaller host type (where the lowest and the highest center would always be
 * at percentile 0 and 100) only a center farther from the peers' median than {@code peerMedianDistanceIqr}
 * interquartile ranges is.
 *
 * @param lateShareAbove late project reports over completed projects above this is flagged (default 0.10)
 * @param rejectedShareAbove rejected records over records submitted above this is flagged (default 0.02)
 * @param responseRateBelow a survey response rate below this is flagged (default 0.70)
 * @param responseRateDropBelow a change of the response rate from the previous year below this (in points of rate,
 *     -0.05 = five points lower) is flagged (default -0.05)
 * @param peerPercentileLow an impact ratio at or below this percentile among the host-type peers is flagged (10)
 * @param peerPercentileHigh an impact ratio at or above this percentile among the host-type peers is flagged (90)
 * @param peerPercentileMinCenters the fewest centers with the figure in a host type for the percentile rule (10)
 * @param peerMedianDistanceIqr in smaller host types, the distance from the peers' median, in interquartile ranges,
 *     beyond which an impact ratio is flagged (1.5)
 */
@ConfigurationProperties("mep.oversight")
public record OversightThresholds(
        @Setting(min = "0", max = "1") Double lateShareAbove,
        @Setting(min = "0", max = "1") Double rejectedShareAbove,
        @Setting(min = "0", max = "1") Double responseRateBelow,
        @Setting(min = "-1", max = "0") Double responseRateDropBelow,
        @Setting(min = "0", max = "100") Double peerPercentileLow,
        @Setting(min = "0", max = "100") Double peerPercentileHigh,
        @Setting(min = "2", max = "10000") Integer peerPercentileMinCenters,
        @Setting(min = "0", max = "100") Double peerMedianDistanceIqr) {

    public OversightThresholds {
        lateShareAbove = lateShareAbove == null ? 0.10 : lateShareAbove;
        rejectedShareAbove = rejectedShareAbove == null ? 0.02 : rejectedShareAbove;
        responseRateBelow = responseRateBelow == null ? 0.70 : responseRateBelow;
        responseRateDropBelow = responseRateDropBelow == null ? -0.05 : responseRateDropBelow;
        peerPercentileLow = peerPercentileLow == null ? 10.0 : peerPercentileLow;
        peerPercentileHigh = peerPercentileHigh == null ? 90.0 : peerPercentileHigh;
        peerPercentileMinCenters = peerPercentileMinCenters == null ? 10 : peerPercentileMinCenters;
        peerMedianDistanceIqr = peerMedianDistanceIqr == null ? 1.5 : peerMedianDistanceIqr;
        if (peerPercentileLow >= peerPercentileHigh) {
            throw new IllegalArgumentException("mep.oversight.peer-percentile-low (" + peerPercentileLow
                    + ") must be below mep.oversight.peer-percentile-high (" + peerPercentileHigh + ")");
        }
        if (peerPercentileMinCenters < 2) {
            throw new IllegalArgumentException("mep.oversight.peer-percentile-min-centers (" + peerPercentileMinCenters
                    + ") must be at least 2");
        }
        if (!(peerMedianDistanceIqr >= 0) || peerMedianDistanceIqr.isInfinite()) {
            throw new IllegalArgumentException("mep.oversight.peer-median-distance-iqr (" + peerMedianDistanceIqr
                    + ") must be a number of interquartile ranges, 0 or more");
        }
    }

    public static OversightThresholds defaults() {
        return new OversightThresholds(null, null, null, null, null, null, null, null);
    }
}
