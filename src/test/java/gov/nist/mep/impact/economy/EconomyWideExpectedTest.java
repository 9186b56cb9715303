package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.support.EconomyWideExpected;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The model's figures against figures computed without its code: {@code fixtures/economy-wide/economy_expected.py}
 * reads BEA's original long-form tables (not the trimmed copies the model ships) and follows the method as
 * docs/economy-wide.md states it, in plain Python. Money to the cent (a cent of float rounding allowed), jobs to the
 * tenth, ratios to 1e-9 relative.
 */
class EconomyWideExpectedTest {

    /**
     * A $1,000,000 sales shock of fabricated metal products (332), 2014 tables, $128M appropriated, $100M to centers:
     * as 332's output (the default), and as final demand for its products.
     */
    @Test
    void oneMillionDollarsOfFabricatedMetalProducts() throws IOException {
        JsonNode x = EconomyWideExpected.section("one-million-in-332");
        EconomyWideImpacts e = EconomyWideModelTest.model().compute(EconomyWideModelTest.metrics(2014, null,
                List.of(EconomyWideModelTest.row("OH", "332710", 5, "1000000.00", "0.00", "0.00"))));
        Scenario s = e.scenarios().get(0);

        assertThat(s.finalDemand()).isEqualByComparingTo("1000000.00");
        EconomyWideExpected.assertEffect(s.direct(), x.get("direct"));
        EconomyWideExpected.assertEffect(s.indirect(), x.get("indirect"));
        EconomyWideExpected.assertEffect(s.induced(), x.get("induced"));
        EconomyWideExpected.assertTotal(s.typeI(), x.get("typeI"));
        EconomyWideExpected.assertTotal(s.typeII(), x.get("typeII"));
        // sales are 332's output: final demand 1,000,000 / 1.0689416 (its own requirement), Type I output
        // 2.0221638 / 1.0689416 per dollar (BEA's column total, "Total Industry Output Requirement", over L_jj)
        assertThat(x.get("typeI").get("output").asText()).isEqualTo("1891744.23");
        EconomyWideImpacts.Multiplier m332 = e.multipliers().stream().filter(m -> m.code().equals("332")).findFirst()
                .orElseThrow();
        assertThat(m332.outputTypeI()).isCloseTo(2.0221638, within(1e-6));
        assertThat(m332.ownRequirement()).isCloseTo(1.0689416, within(1e-9));
        assertThat(m332.salesOutputTypeI()).isCloseTo(2.0221638 / 1.0689416, within(1e-6));
        // counted as final demand instead: Type I output 2,022,164.10, 7.3 jobs
        EconomyWideImpacts fd = new EconomyWideModel(new EconomyAssumptions(null, null, null, null, "final-demand",
                null), gov.nist.mep.impact.metrics.ProgramRules.defaults()).compute(EconomyWideModelTest.metrics(2014,
                        null, List.of(EconomyWideModelTest.row("OH", "332710", 5, "1000000.00", "0.00", "0.00"))));
        EconomyWideExpected.assertEffect(new EconomyWideImpacts.Effect(fd.scenarios().get(0).typeI().output(),
                fd.scenarios().get(0).typeI().valueAdded(), fd.scenarios().get(0).typeI().laborIncome(),
                fd.scenarios().get(0).typeI().jobs()), x.get("finalDemandTypeI"));
    }
}
