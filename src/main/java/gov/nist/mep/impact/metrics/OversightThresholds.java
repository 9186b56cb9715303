package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.support.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the center scorecard flags a center's figure as an outlier. Set them with {@code mep.oversight.*} properties;
 * the defaults are below, each one's valid values on its component ({@link Setting}). Shares are fractions
 * (0.10 = 10%); percentiles are 0 to 100.
 *
 * @param lateShareAbove late project reports over completed projects above this is flagged (default 0.10)
 * @param rejectedShareAbove rejected records over records submitted above this is flagged (default 0.02)
 * @param responseRateBelow a survey response rate below this is flagged (default 0.70)
 * @param responseRateDropBelow a change of the response rate from the previous year below this (in points of rate,
 *     -0.05 = five points lower) is flagged (default -0.05)
 * @param peerPercentileLow an impact ratio at or below this percentile among the host-type peers is flagged (10)
 * @param peerPercentileHigh an impact ratio at or above this percentile among the host-type peers is flagged (90)
 */
@ConfigurationProperties("mep.oversight")
public record OversightThresholds(
        @Setting(min = "0", max = "1") Double lateShareAbove,
        @Setting(min = "0", max = "1") Double rejectedShareAbove,
        @Setting(min = "0", max = "1") Double responseRateBelow,
        @Setting(min = "-1", max = "0") Double responseRateDropBelow,
        @Setting(min = "0", max = "100") Double peerPercentileLow,
        @Setting(min = "0", max = "100") Double peerPercentileHigh) {

    public OversightThresholds {
        lateShareAbove = lateShareAbove == null ? 0.10 : lateShareAbove;
        rejectedShareAbove = rejectedShareAbove == null ? 0.02 : rejectedShareAbove;
        responseRateBelow = responseRateBelow == null ? 0.70 : responseRateBelow;
        responseRateDropBelow = responseRateDropBelow == null ? -0.05 : responseRateDropBelow;
        peerPercentileLow = peerPercentileLow == null ? 10.0 : peerPercentileLow;
        peerPercentileHigh = peerPercentileHigh == null ? 90.0 : peerPercentileHigh;
        if (peerPercentileLow >= peerPercentileHigh) {
            throw new IllegalArgumentException("mep.oversight.peer-percentile-low (" + peerPercentileLow
                    + ") must be below mep.oversight.peer-percentile-high (" + peerPercentileHigh + ")");
        }
    }

    public static OversightThresholds defaults() {
        return new OversightThresholds(null, null, null, null, null, null);
    }
}
