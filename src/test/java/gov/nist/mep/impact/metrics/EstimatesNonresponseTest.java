package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatesNonresponseTest {

    private static SurveyObservation record(String category, boolean complete, long employees, String hours) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new SurveyObservation("C1", category, "C1/" + employees, complete, zero, zero, zero, zero, 0, 0, null,
                employees, hours == null ? null : new BigDecimal(hours));
    }

    @Test
    void comparesRespondentsWithNonrespondents() {
        // Given respondents: LEAN 10 employees 20 h, LEAN 30 employees 40 h, QUALITY 150 employees 90 h;
        // non-respondents: QUALITY 5 employees 10 h, EXPORT 260 employees (no hours known)
        List<SurveyObservation> records = List.of(record("LEAN", true, 10, "20"), record("LEAN", true, 30, "40"),
                record("QUALITY", true, 150, "90"), record("QUALITY", false, 5, "10"),
                record("EXPORT", false, 260, null));

        Estimates.NonresponseComparison comparison = new EstimatesCalculator().estimate(records).nonresponse();

        assertThat(comparison.respondents()).isEqualTo(3);
        assertThat(comparison.nonrespondents()).isEqualTo(2);
        assertThat(comparison.serviceCategories()).containsExactly(
                new Estimates.NonresponseShare("EXPORT", 0, 0.0, 1, 0.5, 0.0),
                new Estimates.NonresponseShare("LEAN", 2, 2 / 3.0, 0, 0.0, 1.0),
                new Estimates.NonresponseShare("QUALITY", 1, 1 / 3.0, 1, 0.5, 0.5));
        assertThat(comparison.sizeBands()).containsExactly(
                new Estimates.NonresponseShare("0-19", 1, 1 / 3.0, 1, 0.5, 0.5),
                new Estimates.NonresponseShare("20-99", 1, 1 / 3.0, 0, 0.0, 1.0),
                new Estimates.NonresponseShare("100-249", 1, 1 / 3.0, 0, 0.0, 1.0),
                new Estimates.NonresponseShare("250+", 0, 0.0, 1, 0.5, 0.0));
        // employees: respondents mean 190 / 3 = 63.3, median 30; non-respondents mean 265 / 2 = 132.5, median 132.5
        assertThat(comparison.employees()).isEqualTo(new Estimates.NonresponseMeasure(3, new BigDecimal("63.3"),
                new BigDecimal("30.0"), 2, new BigDecimal("132.5"), new BigDecimal("132.5")));
        // hours: respondents mean 150 / 3 = 50.0, median 40; one non-respondent with hours: 10
        assertThat(comparison.projectHours()).isEqualTo(new Estimates.NonresponseMeasure(3, new BigDecimal("50.0"),
                new BigDecimal("40.0"), 1, new BigDecimal("10.0"), new BigDecimal("10.0")));
    }
}
