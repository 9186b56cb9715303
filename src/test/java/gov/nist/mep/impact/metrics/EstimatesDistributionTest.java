package gov.nist.mep.impact.metrics;

import static gov.nist.mep.impact.metrics.EstimatesCalculatorTest.complete;
import static gov.nist.mep.impact.metrics.EstimatesCalculatorTest.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatesDistributionTest {

    private final EstimatesCalculator calculator = new EstimatesCalculator();

    @Test
    void percentilesAndShareOfZerosPerRespondingClient() {
        // Given 10 responding clients with new sales 0, 0, 10, 20, 30, 40, 50, 60, 70, 100 (client d reports
        // 15 + 25 in two records; client x does not respond and does not count), type-7 percentiles at rank
        // (n - 1)p + 1 with n = 10:
        //   median: rank 5.5  -> 30 + 0.5  x (40 - 30)  = 35.00
        //   p90:    rank 9.1  -> 70 + 0.1  x (100 - 70) = 73.00
        //   p99:    rank 9.91 -> 70 + 0.91 x (100 - 70) = 97.30
        //   mean 380 / 10 = 38.00; share of zeros 2 / 10.
        List<SurveyObservation> records = new ArrayList<>(List.of(
                complete("C1", "LEAN", "a", "0.00"), complete("C1", "LEAN", "b", "0.00"),
                complete("C1", "LEAN", "c", "10.00"), complete("C1", "LEAN", "e", "20.00"),
                complete("C1", "LEAN", "d", "15.00"), complete("C1", "QUALITY", "d", "25.00"),
                complete("C1", "LEAN", "f", "30.00"), complete("C1", "LEAN", "g", "50.00"),
                complete("C1", "LEAN", "h", "60.00"), complete("C1", "LEAN", "i", "70.00"),
                complete("C1", "LEAN", "j", "100.00"), missing("C1", "LEAN", "x"), missing("C1", "LEAN", "d")));

        Estimates estimates = calculator.estimate(records);

        assertThat(estimates.respondingClients()).isEqualTo(10);
        assertThat(estimates.impacts().get("newSales").perRespondingClient()).isEqualTo(new Estimates.Distribution(10,
                new BigDecimal("38.00"), new BigDecimal("35.00"), new BigDecimal("73.00"), new BigDecimal("97.30"),
                0.2));
        assertThat(estimates.method().percentileDefinition()).contains("R_7");
    }

    @Test
    void winsorisesRecordsAboveTheirNinetyNinthPercentile() {
        // Given 100 COMPLETE records of 1.00 ... 100.00: the type-7 99th percentile is at rank 99 x 0.99 + 1 = 99.01,
        // 99.00 + 0.01 x 1.00 = 99.01; only the 100.00 is above it: 5050.00 - 100.00 + 99.01 = 5049.01.
        // All answered in one class, so the winsorised estimate equals the winsorised reported total.
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            records.add(complete("C1", "LEAN", "c" + i, i + ".00"));
        }

        Estimates.ImpactEstimate sales = calculator.estimate(records).impacts().get("newSales");

        assertThat(sales.winsorised()).isEqualTo(new Estimates.Winsorised(new BigDecimal("99.01"), 1,
                new BigDecimal("5049.01"), new BigDecimal("5049.01")));
        assertThat(sales.reportedTotal()).isEqualTo(new BigDecimal("5050.00"));
        assertThat(sales.perRespondingClient().percentile99()).isEqualTo(new BigDecimal("99.01"));
    }

    @Test
    void jobsPercentilesHaveOneFractionDigit() {
        // Given jobs 1, 2 (two clients): median at rank 1.5 -> 1.5
        List<SurveyObservation> records = List.of(EstimatesCalculatorTest.record("C1", "LEAN", "a", true, "0", 1),
                EstimatesCalculatorTest.record("C1", "LEAN", "b", true, "0", 2));

        Estimates.Distribution jobs = calculator.estimate(records).impacts().get("jobsCreated").perRespondingClient();

        assertThat(jobs.median()).isEqualTo(new BigDecimal("1.5"));
        assertThat(jobs.mean()).isEqualTo(new BigDecimal("1.5"));
        assertThat(jobs.shareOfZeros()).isEqualTo(0.0);
    }
}
