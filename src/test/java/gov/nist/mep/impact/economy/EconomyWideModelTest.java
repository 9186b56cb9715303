package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.ClientIndustrySales;
import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The economy-wide model on a hand-built metrics model: two states, three client industries, one unmapped code. */
class EconomyWideModelTest {

    private static final BigDecimal APPROPRIATION = new BigDecimal("128000000");
    private static final BigDecimal FEDERAL_FUNDS = new BigDecimal("100000000.00");

    static ImpactMetrics model(int fiscalYear, Estimates estimates) {
        List<ClientIndustrySales> sales = List.of(
                new ClientIndustrySales("OH", "332710", 10, money("3000000.00"), money("5000000.00"),
                        money("1000000.00")),
                new ClientIndustrySales("OH", "311111", 5, money("2000000.00"), money("1000000.00"), money("0.00")),
                new ClientIndustrySales("PA", "336111", 4, money("1000000.00"), money("4000000.00"),
                        money("500000.00")),
                new ClientIndustrySales("PA", "999999", 1, money("100000.00"), money("0.00"), money("0.00")));
        GroupFigures all = figures("6100000.00", "10000000.00", "1500000.00", 20);
        NationalFigures national = new NationalFigures(fiscalYear, all, funding(FEDERAL_FUNDS), APPROPRIATION, null,
                null, null, null, 2, 0);
        List<StateFigures> states = List.of(
                new StateFigures("OH", 1, figures("5000000.00", "6000000.00", "1000000.00", 15),
                        funding(new BigDecimal("60000000.00")), false),
                new StateFigures("PA", 1, figures("1100000.00", "4000000.00", "500000.00", 2),
                        funding(new BigDecimal("40000000.00")), true));
        return new ImpactMetrics(fiscalYear, national, states, List.of(), List.of(), null, List.of(national), null,
                estimates, Map.of(), List.of(), sales, null);
    }

    private static GroupFigures figures(String newSales, String retained, String investment, long responding) {
        return new GroupFigures(10, 10, 25, 20, 0.8, money(newSales), money(retained), money("0.00"),
                money(investment), 5, 10, null, BigDecimal.ZERO, responding);
    }

    private static Funding funding(BigDecimal federal) {
        return new Funding(federal, BigDecimal.ZERO, null, null, null, null);
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v);
    }

    private static Estimates estimates() {
        Map<String, Estimates.ImpactEstimate> impacts = Map.of(
                "newSales", estimate("6100000.00", "7625000.00", "6000000.00", "9000000.00"),
                "retainedSales", estimate("10000000.00", "12500000.00", "10000000.00", "15000000.00"),
                "investment", estimate("1500000.00", "1875000.00", "1500000.00", "2500000.00"));
        return new Estimates(25, 20, 20, null, impacts, null, null);
    }

    private static Estimates.ImpactEstimate estimate(String reported, String estimated, String lower, String upper) {
        return new Estimates.ImpactEstimate("USD", money(reported), money(estimated), money(lower), money(upper), null,
                null, null);
    }

    @Test
    void theShockIsTheReportedSalesOfMappedIndustriesAndTheDomesticShareOfInvestment() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, null));

        assertThat(e.tableYear()).isEqualTo(2014);
        assertThat(e.shock().newSales()).isEqualByComparingTo("6000000.00");
        assertThat(e.shock().retainedSales()).isEqualByComparingTo("10000000.00");
        assertThat(e.shock().unmappedSales()).isEqualByComparingTo("100000.00");
        assertThat(e.shock().unmappedRecords()).isEqualTo(1);
        assertThat(e.shock().investment()).isEqualByComparingTo("1500000.00");
        // imports leak: less than the whole investment is demand for U.S. industries
        assertThat(e.shock().investmentDomestic()).isBetween(new BigDecimal("900000"), new BigDecimal("1500000"));
        assertThat(e.shock().industries()).extracting(EconomyWideImpacts.ShockIndustry::code)
                .contains("332", "311FT", "3361MV");
        assertThat(e.shock().finalDemand()).isEqualByComparingTo(
                e.shock().newSales().add(e.shock().retainedSalesCounted()).add(e.shock().investmentDomestic()));
        assertThat(e.notAvailable()).anyMatch(s -> s.contains("1 completed survey whose client NAICS code has no BEA"
                + " summary industry ($100,000 of new"));
    }

    @Test
    void typeTwoIsAtLeastTypeOneIsAtLeastDirectAndTheReturnHasBothDenominators() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, null));
        Scenario s = e.scenarios().get(0);

        assertThat(s.name()).isEqualTo("reported");
        assertThat(s.direct().output()).isEqualByComparingTo(s.finalDemand());
        assertThat(s.typeI().output()).isGreaterThan(s.direct().output());
        assertThat(s.typeII().output()).isGreaterThan(s.typeI().output());
        assertThat(s.typeII().jobs()).isGreaterThan(s.typeI().jobs());
        assertThat(s.typeII().output().doubleValue()).isCloseTo(s.direct().output().add(s.indirect().output())
                .add(s.induced().output()).doubleValue(), within(0.02));
        // jobs = labor income / $70,000; tax = 13.5% of labor income; over both denominators
        assertThat(s.typeII().jobs().doubleValue()).isCloseTo(s.typeII().laborIncome().doubleValue() / 70000,
                within(0.05));
        assertThat(s.typeII().federalIncomeTax()).isEqualByComparingTo(
                s.typeII().laborIncome().multiply(new BigDecimal("0.135")).setScale(2, java.math.RoundingMode.HALF_EVEN));
        assertThat(s.typeII().taxPerAppropriationDollar()).isCloseTo(
                s.typeII().federalIncomeTax().doubleValue() / 128e6, within(1e-12));
        assertThat(s.typeII().taxPerFederalDollar()).isCloseTo(s.typeII().federalIncomeTax().doubleValue() / 100e6,
                within(1e-12));
        // without estimates the estimated scenarios are not printed, and the report says so
        assertThat(e.scenarios()).hasSize(1);
        assertThat(e.notAvailable()).anyMatch(n -> n.contains("nonresponse-adjusted estimate"));
    }

    @Test
    void estimatedScenariosScaleEachComponentByItsEstimate() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, estimates()));

        assertThat(e.scenarios()).extracting(Scenario::name).containsExactly("reported", "estimated", "lower", "upper");
        Scenario reported = e.scenarios().get(0);
        Scenario estimated = e.scenarios().get(1);
        // every component is estimated at 1.25 x its reported total, so every figure scales by 1.25 (linear model)
        assertThat(estimated.typeII().output().doubleValue()).isCloseTo(1.25 * reported.typeII().output().doubleValue(),
                within(0.05));
        assertThat(e.scenarios().get(2).typeII().jobs()).isLessThanOrEqualTo(estimated.typeII().jobs());
        assertThat(e.scenarios().get(3).typeII().jobs()).isGreaterThan(estimated.typeII().jobs());
    }

    @Test
    void countingNoRetainedSalesIsTheConservativeReading() {
        EconomyWideImpacts all = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, null));
        EconomyWideImpacts none = new EconomyWideModel(EconomyAssumptions.defaults()
                .withRetainedSalesShare(BigDecimal.ZERO)).compute(model(2014, null));

        assertThat(none.shock().retainedSalesCounted()).isEqualByComparingTo("0");
        assertThat(none.scenarios().get(0).typeII().jobs()).isLessThan(all.scenarios().get(0).typeII().jobs());
        assertThat(all.sensitivity()).filteredOn(EconomyWideImpacts.Sensitivity::used).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo("100%"));
        assertThat(all.sensitivity().get(0).jobs()).isEqualByComparingTo(none.scenarios().get(0).typeII().jobs());
    }

    @Test
    void stateLinesAddUpToTheNationalResultOfTheMappedSales() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, null));

        assertThat(e.states()).extracting(EconomyWideImpacts.StateLine::state).containsExactly("OH", "PA");
        assertThat(e.states().get(1).suppressed()).isTrue();
        double output = e.states().stream().mapToDouble(s -> s.output().doubleValue()).sum();
        assertThat(output).isCloseTo(e.scenarios().get(0).typeII().output().doubleValue(), within(0.05));
    }

    @Test
    void laterFiscalYearsUseTheLatestTableAndSaySo() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2020, null));

        assertThat(e.tableYear()).isEqualTo(2015);
        assertThat(e.tableYearNote()).contains("latest").contains("FY2020");
        assertThat(e.published()).isNotNull();
        assertThat(e.published().jobs()).isEqualTo(252000L);
        assertThat(e.published().federalInvestment()).isEqualByComparingTo("146000000");
    }

    @Test
    void benchmarksPublishedYearsPerDollarOfClientSales() {
        EconomyWideImpacts e = new EconomyWideModel(EconomyAssumptions.defaults()).compute(model(2014, null));

        // FY2017: 219,000 jobs and $22.01B GDP on $12.6B of new and retained sales
        EconomyWideImpacts.Benchmark fy2017 = e.benchmark().stream().filter(b -> Integer.valueOf(2017)
                .equals(b.fiscalYear())).findFirst().orElseThrow();
        assertThat(fy2017.jobsPerMillionSales()).isCloseTo(219000 / 12600.0, within(1e-9));
        assertThat(fy2017.gdpPerSalesDollar()).isCloseTo(22.01 / 12.6, within(1e-9));
        assertThat(e.benchmark().get(e.benchmark().size() - 1).label()).startsWith("this model");
        assertThat(e.published()).isNull();
    }

    @Test
    void sameInputsSameFigures() {
        EconomyWideModel model = new EconomyWideModel(EconomyAssumptions.defaults());
        assertThat(model.compute(model(2014, estimates()))).isEqualTo(model.compute(model(2014, estimates())));
    }
}
