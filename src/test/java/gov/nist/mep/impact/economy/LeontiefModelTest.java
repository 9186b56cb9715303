package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.economy.EconomyAssumptions.JobsMeasure;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeontiefModelTest {

    @Test
    void oneIndustryEconomySolvedByHand() {
        // given: 20 cents of own input per dollar (L = 1 / (1 - 0.2) = 1.25), 30 cents of labor income and 60 cents of
        // value added per dollar of output, households spend 50 cents of each dollar of labor income at home
        LeontiefModel model = new LeontiefModel(MatrixUtils.createRealMatrix(new double[][] {{1.25}}),
                new double[] {0.3}, new double[] {0.6}, new double[] {0}, new double[] {0.5}, new int[] {0});

        // when: $100 of final demand
        LeontiefModel.Impacts i = model.impacts(new double[] {100});

        // then: direct 100, indirect 25 (Type I 125 = 100 x 1.25)
        assertThat(i.direct().output()).isCloseTo(100, within(1e-9));
        assertThat(i.indirect().output()).isCloseTo(25, within(1e-9));
        assertThat(i.typeI().laborIncome()).isCloseTo(37.5, within(1e-9));
        // Type II: x = 100 / (1 - 0.2 - 0.3 x 0.5) = 153.846..., income = 0.3 x = 46.15...
        assertThat(i.typeII().output()).isCloseTo(100 / 0.65, within(1e-9));
        assertThat(i.typeII().laborIncome()).isCloseTo(0.3 * 100 / 0.65, within(1e-9));
        assertThat(i.induced().output()).isCloseTo(100 / 0.65 - 125, within(1e-9));
        assertThat(i.typeII().valueAdded()).isCloseTo(0.6 * 100 / 0.65, within(1e-9));
        assertThat(model.householdFeedback()).isCloseTo(1 / (1 - 0.3 * 1.25 * 0.5), within(1e-12));
    }

    /**
     * Two industries, A = [[0.1, 0.2], [0.3, 0.1]]: I - A has determinant 0.81 - 0.06 = 0.75, so
     * L = [[0.9, 0.2], [0.3, 0.9]] / 0.75 = [[1.2, 4/15], [0.4, 1.2]]. Jobs per $1 million of output 10 and 4; labor
     * income per dollar 0.3 and 0.2; households spend 0.3 and 0.2 of each income dollar on the two.
     */
    private static LeontiefModel twoIndustries() {
        RealMatrix l = MatrixUtils.createRealMatrix(new double[][] {{1.2, 4.0 / 15}, {0.4, 1.2}});
        return new LeontiefModel(l, new double[] {0.3, 0.2}, new double[] {0.5, 0.6}, new double[] {10e-6, 4e-6},
                new double[] {0.3, 0.2}, new int[] {0, 1});
    }

    @Test
    void twoIndustryEconomyWithEmploymentSolvedByHand() {
        // when: $1,000,000 of final demand for industry 0's commodity
        LeontiefModel.Impacts i = twoIndustries().impacts(new double[] {1e6, 0});

        // then: Type I output L d = (1,200,000, 400,000); direct 1,000,000 in industry 0, so 10 direct jobs; indirect
        // (200,000, 400,000): 2 + 1.6 = 3.6 jobs
        assertThat(i.direct().jobs()).isCloseTo(10, within(1e-9));
        assertThat(i.indirect().jobs()).isCloseTo(3.6, within(1e-9));
        assertThat(i.typeI().output()).isCloseTo(1.6e6, within(1e-6));
        // labor income 0.3 x 1,200,000 + 0.2 x 400,000 = 440,000; L p = (0.36 + 0.2 x 4/15, 0.12 + 0.24)
        // = (0.41333..., 0.36); h'L p = 0.124 + 0.072 = 0.196; Type II income y = 440,000 / 0.804; induced output
        // L p y; induced jobs 10e-6 x 0.41333 y + 4e-6 x 0.36 y = 5.57333e-6 y = 3.05008...
        double y = 440000 / 0.804;
        assertThat(i.typeII().laborIncome()).isCloseTo(y, within(1e-6));
        assertThat(i.induced().jobs()).isCloseTo((10e-6 * (0.36 + 0.2 * 4 / 15.0) + 4e-6 * 0.36) * y, within(1e-9));
        assertThat(i.typeII().jobs()).isCloseTo(13.6 + 5.573333333333333e-6 * y, within(1e-9));
        assertThat(i.typeII().jobs()).isCloseTo(16.65008, within(1e-5));
    }

    @Test
    void salesAsOutputRaiseTheIndustrysOwnOutputByExactlyTheSales() {
        // when: $1,000,000 of industry 0's output (a client's sales): final demand 1,000,000 / L00 = 833,333.33
        LeontiefModel.Impacts i = twoIndustries().impactsOfOutput(new double[] {1e6, 0});

        // then: L d = (1,000,000, 333,333.33): the industry's own output is the sales, the other's is indirect
        assertThat(i.direct().output()).isCloseTo(1e6, within(1e-6));
        assertThat(i.indirect().output()).isCloseTo(1e6 / 3, within(1e-6));
        assertThat(i.typeI().jobs()).isCloseTo(10 + 4.0 / 3, within(1e-9));
        // labor income 300,000 + 66,666.67 = 366,666.67, y = that / 0.804, induced jobs 5.57333e-6 y
        double y = (300000 + 0.2 * 1e6 / 3) / 0.804;
        assertThat(i.typeII().jobs()).isCloseTo(10 + 4.0 / 3 + 5.573333333333333e-6 * y, within(1e-9));
        assertThat(i.typeII().jobs()).isCloseTo(13.87507, within(1e-5));
        // the same as final demand over the own requirement: every figure of the final-demand reading / 1.2
        assertThat(i.typeII().output()).isCloseTo(twoIndustries().impacts(new double[] {1e6, 0}).typeII().output()
                / 1.2, within(1e-6));
    }

    /**
     * BEA's 2014 tables as shipped, by hand ({@code fixtures/economy-wide/jobs_multipliers_2014.py}): Type I full- and
     * part-time jobs per $1 million, sum over industries i of L[i][j] x employment_i / output_i, of final demand for
     * the commodity and, over L[j][j], of the industry's output. BLS's Employment Requirements Matrix (2014, current
     * dollars) gives 5.7 to 8.2 for machinery industries and 4.6 for motor vehicles (final demand).
     */
    @ParameterizedTest
    @CsvSource({"332, 1.0689416, 7.291419, 6.821157", "333, 0.9137224, 5.810253, 6.358882",
        "3361MV, 1.1043559, 4.915012, 4.450569"})
    void theJobsMultipliersOfThreeManufacturingIndustriesAreTheHandComputedOnes(String code, double own,
            double perMillionOfFinalDemand, double perMillionOfOutput) {
        IoTables tables = IoTables.load(2014);
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp(), JobsMeasure.FULL_AND_PART_TIME);
        int c = tables.codes().indexOf(code);

        assertThat(model.ownRequirement(c)).isCloseTo(own, within(1e-9));
        assertThat(model.perDollar(c).typeI().jobs() * 1e6).isCloseTo(perMillionOfFinalDemand, within(1e-6));
        assertThat(model.perDollarOfOutput(c).typeI().jobs() * 1e6).isCloseTo(perMillionOfOutput, within(1e-6));
    }

    @Test
    void realEstateAndFederalGovernmentShareTheirAggregatesJobsPerDollar() {
        // NIPA publishes 531 (housing + other real estate) and GFG (defense + nondefense) as one line each (2014:
        // 1,518 thousand jobs on $2,864,930 million of output; 4,360 thousand on $1,000,244 million)
        IoTables tables = IoTables.load(2014);
        double[] perDollar = tables.jobsPerOutput().get(JobsMeasure.FULL_AND_PART_TIME);
        assertThat(perDollar[tables.industryOf("HS")]).isCloseTo(1518e3 / 2864930e6, within(1e-15));
        assertThat(perDollar[tables.industryOf("ORE")]).isEqualTo(perDollar[tables.industryOf("HS")]);
        assertThat(perDollar[tables.industryOf("GFGD")]).isCloseTo(4360e3 / 1000244e6, within(1e-15));
        assertThat(perDollar[tables.industryOf("GFGN")]).isEqualTo(perDollar[tables.industryOf("GFGD")]);
        // and every industry has employment, by every measure
        for (JobsMeasure m : JobsMeasure.values()) {
            for (double v : tables.jobsPerOutput().get(m)) {
                assertThat(v).isPositive();
            }
        }
        assertThat(tables.wagesShareOfCompensation()).isCloseTo(7475220.0 / 9249097, within(1e-12));
        assertThat(tables.consumptionShareOfDisposableIncome()).isCloseTo(11822753.0 / 12793509, within(1e-12));
    }

    @Test
    void typeIIEqualsTheInverseOfTheLeontiefMatrixClosedToHouseholds() {
        // given: a two-industry economy (direct requirements A), household income row h and spending column p
        double[][] a = {{0.15, 0.25}, {0.20, 0.05}};
        double[] h = {0.35, 0.25};
        double[] p = {0.40, 0.30};
        RealMatrix identity = MatrixUtils.createRealIdentityMatrix(2);
        RealMatrix l = new LUDecomposition(identity.subtract(MatrixUtils.createRealMatrix(a))).getSolver()
                .getInverse();
        double[][] closed = new double[3][3];
        for (int r = 0; r < 2; r++) {
            System.arraycopy(a[r], 0, closed[r], 0, 2);
            closed[r][2] = p[r];
            closed[2][r] = h[r];
        }
        RealMatrix augmented = new LUDecomposition(MatrixUtils.createRealIdentityMatrix(3)
                .subtract(MatrixUtils.createRealMatrix(closed))).getSolver().getInverse();
        LeontiefModel model = new LeontiefModel(l, h, new double[] {0.5, 0.6}, new double[] {0, 0}, p,
                new int[] {0, 1});

        for (int c = 0; c < 2; c++) {
            // when: one dollar of final demand for commodity c
            LeontiefModel.Impacts i = model.perDollar(c);

            // then: Type I output is the column sum of L, Type II that of the augmented inverse's industry rows
            assertThat(i.typeI().output()).isCloseTo(l.getEntry(0, c) + l.getEntry(1, c), within(1e-12));
            assertThat(i.typeII().output()).isCloseTo(augmented.getEntry(0, c) + augmented.getEntry(1, c),
                    within(1e-12));
            assertThat(i.typeII().laborIncome()).isCloseTo(augmented.getEntry(2, c), within(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2010, 2011, 2012, 2013, 2014, 2015})
    void typeIOutputMultipliersAreBeasOwnColumnTotals(int year) throws Exception {
        // given: BEA's published "Total Industry Output Requirement" row of the domestic requirements table
        List<String> lines = Files.readAllLines(Fixtures.BEA_TOTAL_OUTPUT_REQUIREMENT);
        IoTables tables = IoTables.load(year);
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp(), JobsMeasure.FULL_AND_PART_TIME);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (Integer.parseInt(f[0]) != year) {
                continue;
            }
            int c = tables.codes().indexOf(f[1]);
            // then: the column sums of the requirements are BEA's totals, to rounding, and so is our Type I output
            // multiplier of every commodity an industry makes
            double columnSum = 0;
            for (double v : tables.requirements().getColumn(c)) {
                columnSum += v;
            }
            assertThat(columnSum).as(f[1]).isCloseTo(Double.parseDouble(f[2]), within(1e-5));
            if (model.madeByAnIndustry(c)) {
                assertThat(model.perDollar(c).typeI().output()).as(f[1]).isCloseTo(columnSum, within(1e-12));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(73);
    }

    @ParameterizedTest
    @ValueSource(ints = {2010, 2012, 2014, 2015})
    void typeTwoIsAtLeastTypeOneIsAtLeastDirectForEveryIndustry(int year) {
        IoTables tables = IoTables.load(year);
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp(), JobsMeasure.FULL_AND_PART_TIME);
        for (int c = 0; c < tables.codes().size(); c++) {
            if (!model.madeByAnIndustry(c)) {
                continue;
            }
            String code = tables.codes().get(c);
            LeontiefModel.Impacts i = model.perDollar(c);
            assertThat(i.typeI().output()).as(code).isGreaterThanOrEqualTo(i.direct().output());
            assertThat(i.typeII().output()).as(code).isGreaterThan(i.typeI().output());
            assertThat(i.typeII().valueAdded()).as(code).isGreaterThan(i.typeI().valueAdded());
            assertThat(i.typeII().laborIncome()).as(code).isGreaterThan(i.typeI().laborIncome());
            // a dollar of domestic final demand cannot add more than a dollar of value added; a few retail and
            // service industries exceed it by up to 2% because value added comes from the use table before
            // redefinitions and the requirements are after redefinitions
            assertThat(i.typeI().valueAdded()).as(code).isBetween(0.0, 1.02);
        }
    }

    @Test
    void manufacturingMultipliersLieInTheRangeBeasTablesGive() {
        // BEA's 2014 domestic requirements give manufacturing Type I output multipliers from 1.40 (computers and
        // electronic products) to 2.38 (food, beverage and tobacco products)
        IoTables tables = IoTables.load(2014);
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp(), JobsMeasure.FULL_AND_PART_TIME);
        for (String code : List.of("321", "327", "331", "332", "333", "334", "335", "3361MV", "3364OT", "337", "339",
                "311FT", "313TT", "315AL", "322", "323", "324", "325", "326")) {
            LeontiefModel.Impacts i = model.perDollar(tables.codes().indexOf(code));
            assertThat(i.typeI().output()).as(code).isBetween(1.39, 2.39);
            assertThat(i.typeII().output()).as(code).isBetween(i.typeI().output(), 2 * i.typeI().output());
            assertThat(i.typeI().valueAdded()).as(code).isBetween(0.2, 1.0);
        }
        assertThat(tables.pceShareOfGdp()).isBetween(0.6, 0.75);
    }

    @Test
    void expandsBeaNaicsRanges() {
        assertThat(NaicsIndustries.expand("33321, 333291-4")).containsExactly("33321", "333291", "333292", "333293",
                "333294");
        assertThat(NaicsIndustries.expand("1124-5, 1129")).containsExactly("1124", "1125", "1129");
        assertThat(NaicsIndustries.expand("n/a")).isEmpty();
        NaicsIndustries naics = NaicsIndustries.load();
        assertThat(naics.summaryOf("332710")).hasValue("332");
        assertThat(naics.summaryOf("311111")).hasValue("311FT");
        assertThat(naics.summaryOf("336111")).hasValue("3361MV");
        assertThat(naics.summaryOf("336411")).hasValue("3364OT");
        assertThat(naics.summaryOf("327390")).hasValue("327");
        assertThat(naics.summaryOf("999999")).isEmpty();
        // 2012 NAICS codes and codes shorter than BEA's map through an unambiguous prefix; "33" names many industries
        assertThat(naics.summaryOf("333249")).hasValue("333");
        assertThat(naics.summaryOf("333914")).hasValue("333");
        assertThat(naics.summaryOf("3327")).hasValue("332");
        assertThat(naics.summaryOf("3118")).hasValue("311FT");
        assertThat(naics.summaryOf("33")).isEmpty();
        // codes that name several industries name them all, with the prefix that does; "531" is claimed by housing
        // and other real estate alike (BEA's table relates it to both), so it names both rather than the last one read
        assertThat(naics.summaryOf("531110")).isEmpty();
        assertThat(naics.industriesOf("531110")).isEqualTo(new NaicsIndustries.Industries("531", List.of("HS", "ORE")));
        assertThat(naics.industriesOf("31").codes()).containsExactlyInAnyOrder("311FT", "313TT", "315AL");
        assertThat(naics.industriesOf("33").codes()).hasSize(9).contains("331", "339", "3361MV", "3364OT")
                .doesNotContain("327", "321");
        assertThat(naics.industriesOf("332710")).isEqualTo(new NaicsIndustries.Industries(null, List.of("332")));
        assertThat(naics.industriesOf("999999").codes()).isEmpty();
    }
}
