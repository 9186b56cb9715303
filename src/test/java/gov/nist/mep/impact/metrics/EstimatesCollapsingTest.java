package gov.nist.mep.impact.metrics;

import static gov.nist.mep.impact.metrics.EstimatesCalculatorTest.complete;
import static gov.nist.mep.impact.metrics.EstimatesCalculatorTest.missing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatesCollapsingTest {

    private final EstimatesCalculator calculator = new EstimatesCalculator();

    /** Adds {@code completed} answered records (value 10.00 each) and {@code fielded - completed} unanswered ones. */
    private static void cell(List<SurveyObservation> records, String center, String category, int fielded,
            int completed) {
        for (int i = 0; i < fielded; i++) {
            String client = category + i;
            records.add(i < completed ? complete(center, category, client, "10.00") : missing(center, category, client));
        }
    }

    @Test
    void aCellWithFourRespondentsCollapsesIntoItsCenter() {
        // Given C1 with LEAN 10 of 12 answered and QUALITY 4 of 6: QUALITY has fewer than 5 respondents and is the
        // center's only small cell, so C1 becomes one center class (18 fielded, 14 completed).
        List<SurveyObservation> records = new ArrayList<>();
        cell(records, "C1", "LEAN", 12, 10);
        cell(records, "C1", "QUALITY", 6, 4);

        Estimates.WeightingClasses classes = calculator.estimate(records).weightingClasses();

        assertThat(classes.classes()).extracting(Estimates.WeightingClass::level, Estimates.WeightingClass::centerId,
                Estimates.WeightingClass::serviceCategories, Estimates.WeightingClass::fielded,
                Estimates.WeightingClass::completed)
                .containsExactly(tuple("CENTER", "C1", List.of("LEAN", "QUALITY"), 18L, 14L));
        assertThat(classes.cells()).isEqualTo(2);
        assertThat(classes.classesUsed()).isEqualTo(1);
        assertThat(classes.cellsCollapsedToCenter()).isEqualTo(2);
        assertThat(classes.cellsCollapsedToNational()).isZero();
    }

    @Test
    void smallCellsOfACenterArePooledWhenThePoolHasFiveRespondents() {
        // Given C2 with LEAN 10 of 12, QUALITY 3 of 5 and EXPORT 2 of 4: LEAN keeps its class; QUALITY and EXPORT
        // (5 respondents together) are pooled into one center class with weight 9/5.
        List<SurveyObservation> records = new ArrayList<>();
        cell(records, "C2", "LEAN", 12, 10);
        cell(records, "C2", "QUALITY", 5, 3);
        cell(records, "C2", "EXPORT", 4, 2);

        Estimates estimates = calculator.estimate(records);

        assertThat(estimates.weightingClasses().classes()).extracting(Estimates.WeightingClass::level,
                Estimates.WeightingClass::serviceCategories, Estimates.WeightingClass::fielded,
                Estimates.WeightingClass::completed, Estimates.WeightingClass::weight)
                .containsExactly(tuple("CELL", List.of("LEAN"), 12L, 10L, 1.2),
                        tuple("CENTER", List.of("EXPORT", "QUALITY"), 9L, 5L, 1.8));
        assertThat(estimates.weightingClasses().cellsCollapsedToCenter()).isEqualTo(2);
        // 12/10 x 100.00 + 9/5 x 50.00 = 120.00 + 90.00
        assertThat(estimates.impacts().get("newSales").estimatedTotal()).isEqualTo(new BigDecimal("210.00"));
    }

    @Test
    void aCenterWithFourRespondentsCollapsesIntoTheNationalClass() {
        // Given C1 in one healthy cell, C3 with 2 + 2 respondents (4 in all) and C4 with 3 records and no respondent:
        // C3 and C4 are pooled into the national class (3 cells: 4 respondents of 11 fielded).
        List<SurveyObservation> records = new ArrayList<>();
        cell(records, "C1", "LEAN", 6, 5);
        cell(records, "C3", "LEAN", 4, 2);
        cell(records, "C3", "QUALITY", 4, 2);
        cell(records, "C4", "EXPORT", 3, 0);

        Estimates estimates = calculator.estimate(records);

        Estimates.WeightingClasses classes = estimates.weightingClasses();
        assertThat(classes.classes()).extracting(Estimates.WeightingClass::level, Estimates.WeightingClass::centerId,
                Estimates.WeightingClass::serviceCategories, Estimates.WeightingClass::fielded,
                Estimates.WeightingClass::completed)
                .containsExactly(tuple("CELL", "C1", List.of("LEAN"), 6L, 5L),
                        tuple("NATIONAL", null, List.of("EXPORT", "LEAN", "QUALITY"), 11L, 4L));
        assertThat(classes.cells()).isEqualTo(4);
        assertThat(classes.classesUsed()).isEqualTo(2);
        assertThat(classes.cellsCollapsedToCenter()).isZero();
        assertThat(classes.cellsCollapsedToNational()).isEqualTo(3);
        assertThat(classes.unrepresentedNonrespondents()).isZero();
        // 6/5 x 50.00 + 11/4 x 40.00 = 60.00 + 110.00
        assertThat(estimates.impacts().get("newSales").estimatedTotal()).isEqualTo(new BigDecimal("170.00"));
    }

    @Test
    void aCellWithRecordsButNoRespondentIsCoveredByItsCenter() {
        // Given C1 with LEAN 10 of 10 answered and QUALITY 0 of 3: the empty cell joins its center (13 fielded, 10
        // completed), so the 3 unanswered records are represented: 13/10 x 100.00 = 130.00.
        List<SurveyObservation> records = new ArrayList<>();
        cell(records, "C1", "LEAN", 10, 10);
        cell(records, "C1", "QUALITY", 3, 0);

        Estimates estimates = calculator.estimate(records);

        assertThat(estimates.weightingClasses().classes()).singleElement()
                .satisfies(c -> assertThat(c.weight()).isEqualTo(1.3));
        assertThat(estimates.weightingClasses().unrepresentedNonrespondents()).isZero();
        assertThat(estimates.impacts().get("newSales").estimatedTotal()).isEqualTo(new BigDecimal("130.00"));
    }

    @Test
    void aCellWithFiveRespondentsKeepsItsClass() {
        List<SurveyObservation> records = new ArrayList<>();
        cell(records, "C1", "LEAN", 7, 5);
        cell(records, "C1", "QUALITY", 5, 5);

        Estimates.WeightingClasses classes = calculator.estimate(records).weightingClasses();

        assertThat(classes.classes()).extracting(Estimates.WeightingClass::level).containsExactly("CELL", "CELL");
        assertThat(classes.cellsCollapsedToCenter()).isZero();
        assertThat(classes.cellsCollapsedToNational()).isZero();
    }
}
