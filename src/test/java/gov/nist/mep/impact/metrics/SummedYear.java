package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year without estimates is summed by the staging engine (MetricsCalculator's trend years); a year with estimates
 * is summed here from its records one by one. Both must give the same figures, to the scale of every amount.
 */
final class SummedYear {

    private SummedYear() {
    }

    /** Asserts that {@code summed} (the staging engine's sums) has every figure of {@code streamed}. */
    static void assertSameFigures(MetricsCalculator.YearResult summed, ImpactMetrics streamed) {
        assertThat(summed.estimates()).as("a summed year has no estimates").isNull();
        assertThat(summed.national()).isEqualTo(streamed.national());
        assertThat(summed.states()).isEqualTo(streamed.states());
        assertThat(summed.centers()).isEqualTo(streamed.centers());
        assertThat(summed.categories()).isEqualTo(streamed.serviceCategories());
        assertThat(summed.ineligibleProjects()).isEqualTo(streamed.dataQuality().ineligibleProjects());
        assertThat(summed.lateProjectReports()).isEqualTo(streamed.dataQuality().lateProjectReports());
    }
}
