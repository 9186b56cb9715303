package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterOversight.Flag;
import gov.nist.mep.impact.metrics.CenterOversight.FlagRule;
import gov.nist.mep.impact.metrics.CenterOversight.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The peer rule of the two impact ratios, on host types built by hand: by percentile only in a host type of at least
 * 10 centers, otherwise by distance from the peers' median beyond 1.5 interquartile ranges (type 7 quartiles).
 * Expected flags are worked out in the comments.
 */
class PeerOutlierRuleTest {

    private static final OversightThresholds DEFAULTS = OversightThresholds.defaults();

    /** Each value's flag (null: none) among the peers holding all the values. */
    private static Map<String, Flag> flags(String... values) {
        List<BigDecimal> peers = new ArrayList<>();
        for (String v : values) {
            peers.add(new BigDecimal(v));
        }
        List<BigDecimal> sorted = peers.stream().sorted().toList();
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (String v : values) {
            Score s = new Score(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR, new BigDecimal(v), null, null, 0, null,
                    null, 0, false);
            flags.put(v, CenterOversightCalculator.peerFlag(DEFAULTS, s, sorted));
        }
        return flags;
    }

    @Test
    void nineCentersTightlyClusteredHaveNoOutlier() {
        // 1.00 .. 1.08: median 1.04, Q1 1.02, Q3 1.06, IQR 0.04; 1.5 IQR = 0.06, and no value is 0.06 from the median.
        // The old percentile rule flagged 1.00 (percentile 0) and 1.08 (percentile 100).
        Map<String, Flag> flags = flags("1.00", "1.01", "1.02", "1.03", "1.04", "1.05", "1.06", "1.07", "1.08");

        assertThat(flags.values()).allMatch(f -> f == null);
    }

    @Test
    void oneCenterFarFromNineClusteredPeersIsFlaggedAndNoOtherIs() {
        // 1.00 .. 1.07 and 5.00: sorted, median = 5th of 9 = 1.04; Q1 = x[2] = 1.02; Q3 = x[6] = 1.06; IQR 0.04;
        // 5.00 - 1.04 = 3.96 > 0.06: far above. 1.00 is 0.04 below: not flagged.
        Map<String, Flag> flags = flags("1.00", "1.01", "1.02", "1.03", "1.04", "1.05", "1.06", "1.07", "5.00");

        assertThat(flags.get("5.00")).isEqualTo(new Flag(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR,
                FlagRule.FAR_ABOVE_PEERS, 1.5));
        assertThat(flags.entrySet()).filteredOn(e -> !e.getKey().equals("5.00")).allMatch(e -> e.getValue() == null);
    }

    @Test
    void aCenterFarBelowASmallGroupIsFlaggedBelow() {
        // 0.01, 2.00, 2.10, 2.20, 2.30: median 2.10; Q1 = x[1] = 2.00, Q3 = x[3] = 2.20, IQR 0.20, 1.5 IQR = 0.30;
        // 0.01 is 2.09 below the median: flagged; 2.30 is 0.20 above: not.
        Map<String, Flag> flags = flags("0.01", "2.00", "2.10", "2.20", "2.30");

        assertThat(flags.get("0.01").rule()).isEqualTo(FlagRule.FAR_BELOW_PEERS);
        assertThat(flags.get("2.30")).isNull();
        assertThat(flags.get("2.00")).isNull();
    }

    @Test
    void twoCentersAreNeverOutliersOfEachOther() {
        // median = mean of the two, IQR = half their distance, 1.5 IQR = three quarters of it > half of it
        Map<String, Flag> flags = flags("0.10", "9.00");

        assertThat(flags.values()).allMatch(f -> f == null);
    }

    @Test
    void twelveCentersFollowThePercentileRule() {
        // 12 values 1..12: percentile of the k-th smallest = 100 (k-1) / 11: 0, 9.1, 18.2, ..., 90.9, 100.
        // At or below 10: the two lowest; at or above 90: the two highest. Even 1..12 tightly spread gives four flags.
        Map<String, Flag> flags = flags("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

        assertThat(flags.get("1").rule()).isEqualTo(FlagRule.LOW_AMONG_PEERS);
        assertThat(flags.get("2").rule()).isEqualTo(FlagRule.LOW_AMONG_PEERS);
        assertThat(flags.get("11").rule()).isEqualTo(FlagRule.HIGH_AMONG_PEERS);
        assertThat(flags.get("12")).isEqualTo(new Flag(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR,
                FlagRule.HIGH_AMONG_PEERS, 90.0));
        assertThat(List.of("3", "4", "5", "6", "7", "8", "9", "10")).allMatch(v -> flags.get(v) == null);
    }

    @Test
    void theQuartilesAreHyndmanAndFansType7() {
        List<BigDecimal> four = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"),
                new BigDecimal("4"));
        // h = 3 x 0.25 = 0.75: 1 + 0.75 = 1.75; h = 2.25: 3 + 0.25 = 3.25 (R: quantile(1:4, c(.25, .75)))
        assertThat(CenterOversightCalculator.quartile(four, 1)).isEqualByComparingTo("1.75");
        assertThat(CenterOversightCalculator.quartile(four, 3)).isEqualByComparingTo("3.25");
    }
}
