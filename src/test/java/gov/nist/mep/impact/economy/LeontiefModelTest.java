package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeontiefModelTest {

    @Test
    void oneIndustryEconomySolvedByHand() {
        // given: 20 cents of own input per dollar (L = 1 / (1 - 0.2) = 1.25), 30 cents of labor income and 60 cents of
        // value added per dollar of output, households spend 50 cents of each dollar of labor income at home
        LeontiefModel model = new LeontiefModel(MatrixUtils.createRealMatrix(new double[][] {{1.25}}),
                new double[] {0.3}, new double[] {0.6}, new double[] {0.5}, new int[] {0});

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
        LeontiefModel model = new LeontiefModel(l, h, new double[] {0.5, 0.6}, p, new int[] {0, 1});

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
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp());
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
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp());
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
        LeontiefModel model = LeontiefModel.of(tables, tables.pceShareOfGdp());
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
    }
}
