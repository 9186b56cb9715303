package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.ClientIndustrySales;
import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.Disclosure;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockGroup;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.StateLine;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The economy-wide model on hand-built metrics models: client groups and their disclosure, state lines, scenarios.
 * Figures of the tables themselves are pinned by {@code EconomyWideExpectedTest} (computed independently).
 */
class EconomyWideModelTest {

    private static final BigDecimal APPROPRIATION = new BigDecimal("128000000");
    private static final BigDecimal FEDERAL_FUNDS = new BigDecimal("100000000.00");

    static EconomyWideModel model() {
        return new EconomyWideModel(EconomyAssumptions.defaults(), ProgramRules.defaults());
    }

    static ClientIndustrySales row(String state, String naics, long clients, String newSales, String retained,
            String investment) {
        return new ClientIndustrySales(state, naics, clients, clients, money(newSales), money(retained),
                money(investment));
    }

    /** Metrics with these rows and one state per state of the rows (responding clients as the rows say). */
    static ImpactMetrics metrics(int fiscalYear, Estimates estimates, List<ClientIndustrySales> rows) {
        BigDecimal ns = rows.stream().map(ClientIndustrySales::newSales).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rs = rows.stream().map(ClientIndustrySales::retainedSales).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inv = rows.stream().map(ClientIndustrySales::investment).reduce(BigDecimal.ZERO, BigDecimal::add);
        long clients = rows.stream().mapToLong(ClientIndustrySales::respondingClients).sum();
        NationalFigures national = new NationalFigures(fiscalYear, figures(ns, rs, inv, clients), funding(FEDERAL_FUNDS),
                APPROPRIATION, null, null, null, null, 2, 0);
        List<StateFigures> states = rows.stream().map(ClientIndustrySales::state).distinct().sorted().map(st -> {
            List<ClientIndustrySales> mine = rows.stream().filter(r -> r.state().equals(st)).toList();
            long c = mine.stream().mapToLong(ClientIndustrySales::respondingClients).sum();
            return new StateFigures(st, 1, figures(
                    mine.stream().map(ClientIndustrySales::newSales).reduce(BigDecimal.ZERO, BigDecimal::add),
                    mine.stream().map(ClientIndustrySales::retainedSales).reduce(BigDecimal.ZERO, BigDecimal::add),
                    mine.stream().map(ClientIndustrySales::investment).reduce(BigDecimal.ZERO, BigDecimal::add), c),
                    funding(new BigDecimal("50000000.00")), c < 3);
        }).toList();
        return new ImpactMetrics(fiscalYear, national, states, List.of(), List.of(), null, List.of(national), null,
                estimates, Map.of(), List.of(), rows, null);
    }

    /** OH: 8 clients in 332, 5 in 311FT; PA: 2 clients in 3361MV, 1 whose code names no industry. */
    static ImpactMetrics model(int fiscalYear, Estimates estimates) {
        return metrics(fiscalYear, estimates, List.of(
                row("OH", "332710", 8, "3000000.00", "5000000.00", "1000000.00"),
                row("OH", "311111", 5, "2000000.00", "1000000.00", "0.00"),
                row("PA", "336111", 2, "1000000.00", "4000000.00", "500000.00"),
                row("PA", "999999", 1, "100000.00", "0.00", "0.00")));
    }

    private static GroupFigures figures(BigDecimal newSales, BigDecimal retained, BigDecimal investment,
            long responding) {
        return new GroupFigures(10, 10, 25, 20, 0.8, newSales, retained, money("0.00"), investment, 5, 10, null,
                BigDecimal.ZERO, responding);
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
    void clientsAreGroupedByWhatTheirCodeNamesAndSmallGroupsArePooled() {
        EconomyWideImpacts e = model().compute(model(2014, null));

        // every client's sales are in the shock: nothing is left out
        assertThat(e.shock().newSales()).isEqualByComparingTo("6100000.00");
        assertThat(e.shock().retainedSales()).isEqualByComparingTo("10000000.00");
        assertThat(e.shock().clientSales()).isEqualByComparingTo("16100000.00");
        assertThat(e.suppressionThreshold()).isEqualTo(3);
        List<ShockGroup> g = e.shock().groups();
        assertThat(g).extracting(ShockGroup::code).containsExactly("332", "3361MV", "311FT", "", "other");
        assertThat(g).extracting(ShockGroup::kind).containsExactly("industry", "industry", "industry", "unclassified",
                "other");
        assertThat(g).extracting(ShockGroup::respondingClients).containsExactly(8L, 2L, 5L, 1L, 3L);
        assertThat(g).extracting(ShockGroup::suppressed).containsExactly(Disclosure.PUBLISHED, Disclosure.PRIMARY,
                Disclosure.PUBLISHED, Disclosure.PRIMARY, Disclosure.PUBLISHED);
        assertThat(g.get(0).clientSales()).isEqualByComparingTo("8000000.00");
        assertThat(g.get(1).clientSales()).isNull();
        assertThat(g.get(2).clientSales()).isEqualByComparingTo("3000000.00");
        assertThat(g.get(3).clientSales()).isNull();
        // the pool: 3361MV's 1,000,000 + 4,000,000 and the unclassified 100,000, over 3361MV and manufacturing
        assertThat(g.get(4).clientSales()).isEqualByComparingTo("5100000.00");
        assertThat(g.get(4).industries()).hasSize(19).contains("3361MV", "311FT", "339");
        // printed lines add up to the shock, so the pool is the only remainder
        assertThat(g.get(0).clientSales().add(g.get(2).clientSales()).add(g.get(4).clientSales()))
                .isEqualByComparingTo(e.shock().clientSales());
        assertThat(e.multipliers()).filteredOn(m -> m.code().equals("3361MV")).singleElement()
                .satisfies(m -> {
                    assertThat(m.clientSales()).isNull();
                    assertThat(m.suppressed()).isEqualTo(Disclosure.PRIMARY);
                });
        assertThat(e.multipliers()).filteredOn(m -> m.code().equals("332")).singleElement()
                .satisfies(m -> assertThat(m.clientSales()).isEqualByComparingTo("8000000.00"));
    }

    @Test
    void aPoolUnderTheThresholdTakesTheSmallestPublishedGroupWithIt() {
        EconomyWideImpacts e = model().compute(metrics(2014, null, List.of(
                row("OH", "332710", 10, "3000000.00", "5000000.00", "0.00"),
                row("OH", "311111", 5, "2000000.00", "1000000.00", "0.00"),
                row("OH", "333111", 4, "500000.00", "0.00", "0.00"),
                row("OH", "33", 1, "100000.00", "0.00", "0.00"))));

        // NAICS 33 names several industries: 1 client, primary; alone the pool would print its sales, so the
        // smallest published group (333, 4 clients) is withheld with it
        List<ShockGroup> g = e.shock().groups();
        assertThat(g).extracting(ShockGroup::code).containsExactly("332", "333", "311FT", "33", "other");
        assertThat(g).extracting(ShockGroup::suppressed).containsExactly(Disclosure.PUBLISHED,
                Disclosure.COMPLEMENTARY, Disclosure.PUBLISHED, Disclosure.PRIMARY, Disclosure.PUBLISHED);
        assertThat(g.get(3).kind()).isEqualTo("naics");
        assertThat(g.get(3).industries()).contains("331", "332", "333", "3361MV", "3364OT", "339")
                .doesNotContain("311FT", "327");
        assertThat(g.get(4).respondingClients()).isEqualTo(5);
        assertThat(g.get(4).clientSales()).isEqualByComparingTo("600000.00");
    }

    @Test
    void aStateLineThatWouldRevealAWithheldStateIsWithheldToo() {
        EconomyWideImpacts e = model().compute(metrics(2014, null, List.of(
                row("OH", "332710", 8, "3000000.00", "5000000.00", "1000000.00"),
                row("OH", "311111", 5, "2000000.00", "1000000.00", "0.00"),
                row("PA", "336111", 2, "1000000.00", "4000000.00", "500000.00"))));

        // PA has 2 responding clients (primary); OH's line would be the nation's less nothing else, so it is withheld
        assertThat(e.states()).extracting(StateLine::state).containsExactly("OH", "PA");
        assertThat(e.states()).extracting(StateLine::suppressed).containsExactly(Disclosure.COMPLEMENTARY,
                Disclosure.PRIMARY);
        assertThat(e.states()).allSatisfy(s -> {
            assertThat(s.jobs()).isNull();
            assertThat(s.output()).isNull();
            assertThat(s.finalDemand()).isNull();
        });
    }

    @Test
    void stateLinesAreTheStatesSharesOfTheNationalResult() {
        EconomyWideImpacts e = model().compute(metrics(2014, null, List.of(
                row("OH", "332710", 8, "3000000.00", "5000000.00", "1000000.00"),
                row("PA", "311111", 5, "2000000.00", "0.00", "0.00"),
                row("NY", "336111", 4, "1000000.00", "1000000.00", "1000000.00"))));

        assertThat(e.states()).allSatisfy(s -> assertThat(s.suppressed()).isEqualTo(Disclosure.PUBLISHED));
        Scenario reported = e.scenarios().get(0);
        BigDecimal jobs = e.states().stream().map(StateLine::jobs).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal output = e.states().stream().map(StateLine::output).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(jobs.subtract(reported.typeII().jobs()).abs()).isLessThanOrEqualTo(new BigDecimal("0.2"));
        assertThat(output.subtract(reported.typeII().output()).abs()).isLessThanOrEqualTo(new BigDecimal("0.03"));
        // PA has no investment: its line is 2,000,000 / 12,000,000 of the clients' sales effect
        assertThat(e.states().stream().filter(s -> s.state().equals("PA")).findFirst().orElseThrow().finalDemand())
                .isEqualByComparingTo("2000000.00");
    }

    @Test
    void withoutEstimatesTheEstimatedScenariosAreNotAvailable() {
        EconomyWideImpacts e = model().compute(model(2014, null));

        assertThat(e.scenarios()).extracting(Scenario::name).containsExactly("reported");
        assertThat(e.notAvailable()).containsExactly("scenario-estimated", "scenario-lower", "scenario-upper",
                "personal-income", "state-multipliers");
        EconomyWideImpacts estimated = model().compute(model(2014, estimates()));
        assertThat(estimated.scenarios()).extracting(Scenario::name).containsExactly("reported", "estimated", "lower",
                "upper");
    }

    @Test
    void laterFiscalYearsUseTheLatestTableAndSaySo() {
        EconomyWideImpacts e = model().compute(model(2020, null));

        assertThat(e.tableYear()).isEqualTo(2015);
        assertThat(e.tableYearBasis()).isEqualTo("latest");
        assertThat(e.published()).isNotNull();
        assertThat(e.published().jobs()).isEqualTo(252000L);
        assertThat(e.published().federalInvestment()).isEqualByComparingTo("146000000");
        assertThat(model().compute(model(2009, null)).tableYearBasis()).isEqualTo("earliest");
        assertThat(model().compute(model(2012, null)).tableYearBasis()).isEqualTo("fiscal-year");
    }

    @Test
    void theAssumptionsAreCodesAndValues() {
        EconomyWideImpacts e = model().compute(model(2014, null));

        assertThat(e.assumptions()).extracting(EconomyWideImpacts.Assumption::setting).containsExactly(
                "mep.economy.retained-sales-share", "mep.economy.federal-income-tax-rate",
                "mep.economy.household-spending-per-income-dollar", "mep.economy.table-year",
                "mep.economy.client-sales-as", "mep.economy.jobs-measure");
        assertThat(e.assumptions()).extracting(EconomyWideImpacts.Assumption::basis).containsExactly("default",
                "default", "derived", "fiscal-year", "default", "default");
        // PCE / GDP of 2014 (BEA's use table), as a setting would be written
        assertThat(e.assumptions()).extracting(EconomyWideImpacts.Assumption::value).containsExactly("1", "0.135",
                "0.682073", "2014", "output", "full-and-part-time");
        // wages and salaries / compensation, 2014: 7,475,220 / 9,249,097 (BEA Integrated Macroeconomic Accounts S.1.a)
        assertThat(e.wagesShareOfCompensation()).isCloseTo(0.808211, within(1e-6));
        assertThat(e.sources()).contains("bea-domestic-requirements", "bea-use-before-redefinitions",
                "bea-employment", "bea-households");
    }

    @Test
    void theSensitivityTableVariesEveryAssumption() {
        EconomyWideImpacts e = model().compute(model(2014, null));

        assertThat(e.sensitivity()).extracting(s -> s.assumption().substring("mep.economy.".length()) + "="
                + s.value() + (s.basis() == null ? "" : " (" + s.basis() + ")") + (s.used() ? " used" : ""))
                .containsExactly("retained-sales-share=0", "retained-sales-share=0.5", "retained-sales-share=1 used",
                        "household-spending-per-income-dollar=0.682073 (pce-gdp) used",
                        // households' final consumption / disposable income, net, 2014: 11,822,753 / 12,793,509
                        "household-spending-per-income-dollar=0.924121 (pce-disposable-income)",
                        "household-spending-per-income-dollar=1 (one)",
                        "jobs-measure=full-and-part-time used", "jobs-measure=full-time-equivalents",
                        "jobs-measure=persons-engaged", "client-sales-as=output used", "client-sales-as=final-demand");
        // more spending per income dollar, more induced jobs; the same GDP whatever a job is
        assertThat(e.sensitivity().get(4).jobs()).isGreaterThan(e.sensitivity().get(3).jobs());
        assertThat(e.sensitivity().get(5).jobs()).isGreaterThan(e.sensitivity().get(4).jobs());
        assertThat(e.sensitivity().get(7).valueAdded()).isEqualByComparingTo(e.sensitivity().get(6).valueAdded());
        assertThat(e.sensitivity().get(7).jobs()).isLessThan(e.sensitivity().get(6).jobs());
        // the used rows are the reported result
        assertThat(e.sensitivity().get(2).jobs()).isEqualByComparingTo(e.scenarios().get(0).typeII().jobs());
        assertThat(e.sensitivity().get(9).jobs()).isEqualByComparingTo(e.scenarios().get(0).typeII().jobs());
    }

    @Test
    void aSettingOutOfItsRangeIsRefusedNamingTheSettingAndTheRange() {
        assertThatThrownBy(() -> new EconomyAssumptions(new BigDecimal("2"), null, null, null, null, null))
                .hasMessage("mep.economy.retained-sales-share must be from 0 to 1, not 2");
        assertThatThrownBy(() -> new EconomyAssumptions(null, BigDecimal.ONE, null, null, null, null))
                .hasMessage("mep.economy.federal-income-tax-rate must be from 0 to below 1, not 1");
        assertThatThrownBy(() -> new EconomyAssumptions(null, null, new BigDecimal("-1"), null, null, null))
                .hasMessageStartingWith("mep.economy.household-spending-per-income-dollar must be from 0 to 2");
        assertThatThrownBy(() -> new EconomyAssumptions(null, null, null, 2020, null, null))
                .hasMessageStartingWith("mep.economy.table-year must be from 2010 to 2015");
        assertThatThrownBy(() -> new EconomyAssumptions(null, null, null, null, "sales", null))
                .hasMessage("mep.economy.client-sales-as must be one of output, final-demand, not 'sales'");
        assertThatThrownBy(() -> new EconomyAssumptions(null, null, null, null, null, "heads"))
                .hasMessage("mep.economy.jobs-measure must be one of full-and-part-time, full-time-equivalents,"
                        + " persons-engaged, not 'heads'");
        EconomyAssumptions written = new EconomyAssumptions(null, null, null, null, "Final-Demand", "persons-engaged");
        assertThat(written.clientSales()).isEqualTo(EconomyAssumptions.ClientSalesAs.FINAL_DEMAND);
        assertThat(written.jobs()).isEqualTo(EconomyAssumptions.JobsMeasure.PERSONS_ENGAGED);
    }
}
