package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks, percentiles and medians of the center scorecard, as docs/metrics-json.md defines them. */
class CenterRanksTest {

    private static final List<BigDecimal> VALUES = List.of(d("5"), d("1"), d("3"), d("3"), d("9"));

    @Test
    void rankOneIsTheLargestAndTiesShareTheBestRank() {
        assertThat(CenterOversightCalculator.rank(d("9"), VALUES)).isEqualTo(1);
        assertThat(CenterOversightCalculator.rank(d("5"), VALUES)).isEqualTo(2);
        assertThat(CenterOversightCalculator.rank(d("3"), VALUES)).isEqualTo(3);
        assertThat(CenterOversightCalculator.rank(d("1"), VALUES)).isEqualTo(5);
    }

    @Test
    void percentileIsTheShareOfTheOtherCentersWithASmallerValue() {
        assertThat(CenterOversightCalculator.percentile(d("9"), VALUES)).isEqualTo(100.0);
        assertThat(CenterOversightCalculator.percentile(d("3"), VALUES)).isEqualTo(25.0);
        assertThat(CenterOversightCalculator.percentile(d("1"), VALUES)).isEqualTo(0.0);
        assertThat(CenterOversightCalculator.percentile(d("1"), List.of(d("1")))).isNull();
    }

    @Test
    void medianIsTheMiddleValueOrTheExactMeanOfTheTwoMiddleOnes() {
        assertThat(CenterOversightCalculator.median(VALUES.stream().sorted().toList())).isEqualByComparingTo("3");
        assertThat(CenterOversightCalculator.median(List.of(d("1.01"), d("2.02")))).isEqualByComparingTo("1.515");
        assertThat(CenterOversightCalculator.median(List.of())).isNull();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
