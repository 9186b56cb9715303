package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EstimatesCalculatorTest {

    private final EstimatesCalculator calculator = new EstimatesCalculator();

    static SurveyObservation record(String center, String category, String client, boolean complete, String newSales,
            long jobsCreated) {
        BigDecimal sales = complete ? new BigDecimal(newSales) : BigDecimal.ZERO.setScale(2);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new SurveyObservation(center, category, center + "/" + client, complete, sales, zero, zero, zero,
                complete ? jobsCreated : 0, 0, null, 10, new BigDecimal("40"));
    }

    static SurveyObservation complete(String center, String category, String client, String newSales) {
        return record(center, category, client, true, newSales, 0);
    }

    static SurveyObservation missing(String center, String category, String client) {
        return record(center, category, client, false, "0", 0);
    }

    @Test
    void intervalOfASmallSurveyAsComputedIndependently() {
        // One class: 10 fielded, 8 respondents (new sales in the order given below), 30 replicates (3 streams of 10).
        // Expected values from src/test/resources/fixtures/bootstrap/expected_interval.py, which re-implements
        // SplittableRandom (SplitMix64), the documented rescaled bootstrap, the type-7 percentiles and the standard
        // deviation without the production code.
        String[] newSales = {"1000.00", "0.00", "250.50", "12000.00", "40.00", "3300.00", "0.00", "780.25"};
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 0; i < newSales.length; i++) {
            records.add(complete("C1", "LEAN", "R" + i, newSales[i]));
        }
        records.add(missing("C1", "LEAN", "N1"));
        records.add(missing("C1", "LEAN", "N2"));

        Estimates.ImpactEstimate sales = new EstimatesCalculator(30, EstimatesCalculator.SEED).estimate(records)
                .impacts().get("newSales");

        assertThat(sales.confidenceLower()).isEqualTo(new BigDecimal("12913.44"));
        assertThat(sales.confidenceUpper()).isEqualTo(new BigDecimal("32622.69"));
        assertThat(sales.standardError()).isEqualTo(new BigDecimal("5756.08"));
    }

    @Test
    void sameIntervalsOnOneCoreAsOnMany() throws Exception {
        List<SurveyObservation> records = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String center = "C" + (i % 4);
            records.add(random.nextInt(5) == 0 ? missing(center, "LEAN", "X" + i)
                    : complete(center, "LEAN", "X" + i, random.nextInt(100_000) + ".00"));
        }
        Estimates many = calculator.estimate(records);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            Estimates single = one.submit(() -> calculator.estimate(records)).get();
            assertThat(single.impacts()).isEqualTo(many.impacts());
        } finally {
            one.shutdown();
        }
    }

    @Test
    void weightsEachClassByFieldedOverCompleted() {
        // Given two classes of center C1, each with 5 respondents:
        //   LEAN:    8 fielded, new sales 100+200+300+400+500 = 1500, jobs 1+2+3+4+5 = 15 -> weight 8/5
        //   QUALITY: 6 fielded, new sales 10+20+30+40+50 = 150, no jobs                   -> weight 6/5
        // the estimated total is 8/5 x 1500 + 6/5 x 150 = 2400 + 180 = 2580.00 new sales, 8/5 x 15 = 24.0 jobs,
        // beside the reported 1650.00 and 15.
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(record("C1", "LEAN", "L" + i, true, i + "00.00", i));
            records.add(complete("C1", "QUALITY", "Q" + i, i + "0.00"));
        }
        for (int i = 6; i <= 8; i++) {
            records.add(missing("C1", "LEAN", "L" + i));
        }
        records.add(missing("C1", "QUALITY", "Q6"));

        Estimates estimates = calculator.estimate(records);

        Estimates.ImpactEstimate sales = estimates.impacts().get("newSales");
        assertThat(sales.reportedTotal()).isEqualByComparingTo("1650.00");
        assertThat(sales.estimatedTotal()).isEqualTo(new BigDecimal("2580.00"));
        assertThat(sales.unit()).isEqualTo("USD");
        assertThat(sales.confidenceLower()).isLessThanOrEqualTo(sales.estimatedTotal()).isPositive();
        assertThat(sales.confidenceUpper()).isGreaterThanOrEqualTo(sales.estimatedTotal());
        assertThat(sales.standardError()).isPositive();
        Estimates.ImpactEstimate jobs = estimates.impacts().get("jobsCreated");
        assertThat(jobs.reportedTotal()).isEqualTo(BigDecimal.valueOf(15));
        assertThat(jobs.estimatedTotal()).isEqualTo(new BigDecimal("24.0"));
        assertThat(jobs.unit()).isEqualTo("jobs");
        assertThat(estimates.weightingClasses().classes()).extracting(Estimates.WeightingClass::level,
                Estimates.WeightingClass::serviceCategories, Estimates.WeightingClass::fielded,
                Estimates.WeightingClass::completed, Estimates.WeightingClass::weight)
                .containsExactly(tuple("CELL", List.of("LEAN"), 8L, 5L, 1.6),
                        tuple("CELL", List.of("QUALITY"), 6L, 5L, 1.2));
        assertThat(estimates.weightingClasses().adjustment()).isEqualTo(1.0);
        assertThat(estimates.surveysFielded()).isEqualTo(14);
        assertThat(estimates.surveysCompleted()).isEqualTo(10);
        assertThat(estimates.respondingClients()).isEqualTo(10);
        assertThat(estimates.impacts()).containsOnlyKeys("newSales", "retainedSales", "costSavings", "investment",
                "jobsCreated", "jobsRetained");
    }

    @Test
    void reportedTotalsEqualTheReportedFiguresExactly() {
        // Given cents that a double sum would drift on (0.10 + 0.20 ...), in many records
        Random random = new Random(7);
        List<SurveyObservation> records = new ArrayList<>();
        GroupTotals reported = new GroupTotals();
        for (int i = 0; i < 500; i++) {
            boolean complete = random.nextInt(10) < 8;
            BigDecimal cents = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            BigDecimal dimes = new BigDecimal("0.10").multiply(BigDecimal.valueOf(random.nextInt(3)));
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            SurveyObservation o = new SurveyObservation("C" + i % 7, "CAT" + i % 3, "C" + i % 7 + "/" + i % 40,
                    complete, complete ? cents : zero, complete ? dimes : zero, complete ? dimes.add(cents) : zero,
                    complete ? new BigDecimal("0.20") : zero, complete ? random.nextInt(5) : 0,
                    complete ? random.nextInt(50) : 0, null, 15, BigDecimal.TEN);
            records.add(o);
            reported.addSurvey(o);
        }
        GroupFigures figures = reported.toFigures();

        Estimates estimates = calculator.estimate(records);

        assertThat(estimates.impacts().get("newSales").reportedTotal()).isEqualTo(figures.newSales());
        assertThat(estimates.impacts().get("retainedSales").reportedTotal()).isEqualTo(figures.retainedSales());
        assertThat(estimates.impacts().get("costSavings").reportedTotal()).isEqualTo(figures.costSavings());
        assertThat(estimates.impacts().get("investment").reportedTotal()).isEqualTo(figures.investment());
        assertThat(estimates.impacts().get("jobsCreated").reportedTotal())
                .isEqualTo(BigDecimal.valueOf(figures.jobsCreated()));
        assertThat(estimates.impacts().get("jobsRetained").reportedTotal())
                .isEqualTo(BigDecimal.valueOf(figures.jobsRetained()));
        assertThat(estimates.surveysCompleted()).isEqualTo(figures.surveysCompleted());
        assertThat(estimates.respondingClients()).isEqualTo(figures.respondingClients());
        BigDecimal exact = records.stream().filter(SurveyObservation::complete).map(SurveyObservation::investment)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(estimates.impacts().get("investment").reportedTotal()).isEqualTo(exact);
    }

    @Test
    void sameRecordsGiveTheSameEstimates() {
        List<SurveyObservation> records = EstimatesCoverageTest.population(new Random(11)).stream()
                .map(t -> t.observe(true)).toList();
        List<SurveyObservation> surveyed = new ArrayList<>();
        Random response = new Random(12);
        for (SurveyObservation o : records) {
            surveyed.add(response.nextInt(10) < 8 ? o : EstimatesCoverageTest.unanswered(o));
        }

        Estimates first = calculator.estimate(surveyed);
        Estimates second = calculator.estimate(surveyed);
        Estimates third = new EstimatesCalculator().estimate(List.copyOf(surveyed));

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(first.impacts().get("newSales").confidenceLower()).isNotNull();
        assertThat(first.method().bootstrapSeed()).isEqualTo(20140930L);
        assertThat(first.method().bootstrapReplicates()).isEqualTo(1000);
    }

    @Test
    void noRecordsGiveNullsWithoutThrowing() {
        Estimates estimates = calculator.estimate(List.of());

        assertThat(estimates.surveysFielded()).isZero();
        assertThat(estimates.impacts()).hasSize(6).allSatisfy((name, impact) -> {
            assertThat(impact.reportedTotal()).isEqualByComparingTo("0");
            assertThat(impact.estimatedTotal()).isNull();
            assertThat(impact.confidenceLower()).isNull();
            assertThat(impact.confidenceUpper()).isNull();
            assertThat(impact.standardError()).isNull();
            assertThat(impact.perRespondingClient())
                    .isEqualTo(new Estimates.Distribution(0, null, null, null, null, null));
            assertThat(impact.winsorised()).isEqualTo(new Estimates.Winsorised(null, 0, null, null));
        });
        assertThat(estimates.weightingClasses().classesUsed()).isZero();
        assertThat(estimates.weightingClasses().adjustment()).isNull();
        assertThat(estimates.nonresponse().respondents()).isZero();
        assertThat(estimates.nonresponse().sizeBands()).allSatisfy(b -> assertThat(b.respondentShare()).isNull());
        assertThat(estimates.nonresponse().employees().respondentMean()).isNull();
        assertThat(calculator.estimate(null).surveysFielded()).isZero();
    }

    @Test
    void noCompleteRecordGivesNullEstimates() {
        List<SurveyObservation> records = List.of(missing("C1", "LEAN", "a"), missing("C1", "LEAN", "b"),
                missing("C2", "QUALITY", "c"));

        Estimates estimates = calculator.estimate(records);

        Estimates.ImpactEstimate sales = estimates.impacts().get("newSales");
        assertThat(sales.reportedTotal()).isEqualByComparingTo("0");
        assertThat(sales.estimatedTotal()).isNull();
        assertThat(sales.confidenceLower()).isNull();
        assertThat(sales.perRespondingClient().respondingClients()).isZero();
        assertThat(estimates.weightingClasses().unrepresentedNonrespondents()).isEqualTo(3);
        assertThat(estimates.weightingClasses().classes()).singleElement()
                .satisfies(c -> assertThat(c.weight()).isNull());
        assertThat(estimates.nonresponse().nonrespondents()).isEqualTo(3);
        assertThat(estimates.nonresponse().respondents()).isZero();
    }

    @Test
    void allZeroImpactsGiveZeroEstimatesAndIntervals() {
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(complete("C1", "LEAN", "z" + i, "0.00"));
            records.add(missing("C1", "LEAN", "n" + i));
        }

        Estimates.ImpactEstimate sales = calculator.estimate(records).impacts().get("newSales");

        assertThat(sales.estimatedTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.confidenceLower()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.confidenceUpper()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.standardError()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.perRespondingClient().shareOfZeros()).isEqualTo(1.0);
        assertThat(sales.perRespondingClient().percentile99()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.winsorised()).isEqualTo(new Estimates.Winsorised(new BigDecimal("0.00"), 0,
                new BigDecimal("0.00"), new BigDecimal("0.00")));
    }

    @Test
    void aClassWithoutRespondentsIsSpreadOverAllRespondents() {
        // Given C1 with 5 records, all answered (100.00 each), and C9 with 5 records, none answered: C9 collapses to
        // the national class, which has no respondent, so its 5 records are spread over all respondents:
        // adjustment = 10 fielded / 5 fielded in classes with respondents = 2; estimate = 2 x 5/5 x 500 = 1000.00.
        // C1 answered in full, so the only uncertainty left is none: the interval is [1000.00, 1000.00].
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(complete("C1", "LEAN", "a" + i, "100.00"));
            records.add(missing("C9", "OTHER", "b" + i));
        }

        Estimates estimates = calculator.estimate(records);

        Estimates.ImpactEstimate sales = estimates.impacts().get("newSales");
        assertThat(sales.estimatedTotal()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(sales.confidenceLower()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(sales.confidenceUpper()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(estimates.weightingClasses().unrepresentedNonrespondents()).isEqualTo(5);
        assertThat(estimates.weightingClasses().adjustment()).isEqualTo(2.0);
        assertThat(estimates.weightingClasses().cellsCollapsedToNational()).isEqualTo(1);
    }

    @Test
    void aClassWhoseOneRespondentStandsInForOthersHasNoInterval() {
        // Given C1 answered in full (5 x 100.00) and C2 with 1 of 3 answered (30.00): C2 goes to the national class
        // with weight 3, estimate = 500 + 3 x 30 = 590.00; the spread of C2 cannot be estimated from one answer.
        List<SurveyObservation> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(complete("C1", "LEAN", "a" + i, "100.00"));
        }
        records.add(complete("C2", "LEAN", "b0", "30.00"));
        records.add(missing("C2", "LEAN", "b1"));
        records.add(missing("C2", "LEAN", "b2"));

        Estimates.ImpactEstimate sales = calculator.estimate(records).impacts().get("newSales");

        assertThat(sales.estimatedTotal()).isEqualTo(new BigDecimal("590.00"));
        assertThat(sales.confidenceLower()).isNull();
        assertThat(sales.confidenceUpper()).isNull();
        assertThat(sales.standardError()).isNull();
    }

    @Test
    void serializesAsATreeWithoutNaN() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<SurveyObservation> records = List.of(complete("C1", "LEAN", "a", "10.00"), missing("C1", "LEAN", "b"));

        JsonNode empty = mapper.valueToTree(calculator.estimate(List.of()));
        JsonNode some = mapper.valueToTree(calculator.estimate(records));

        assertThat(empty.toString()).doesNotContain("NaN", "Infinity");
        assertThat(some.toString()).doesNotContain("NaN", "Infinity");
        assertThat(some.path("impacts").path("newSales").path("perRespondingClient").path("median").decimalValue())
                .isEqualByComparingTo("10.00");
        assertThat(some.path("impacts").path("newSales").path("estimatedTotal").decimalValue())
                .isEqualByComparingTo("20.00");
        assertThat(some.path("weightingClasses").path("classes").get(0).path("level").asString())
                .isEqualTo("NATIONAL");
        assertThat(some.path("nonresponse").path("sizeBands").get(0).path("group").asString()).isEqualTo("0-19");
        assertThat(some.path("method").path("bootstrapSeed").asLong()).isEqualTo(20140930L);
    }
}
