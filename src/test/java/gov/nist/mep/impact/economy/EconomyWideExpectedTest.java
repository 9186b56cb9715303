package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Effect;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's figures against figures computed without its code: {@code fixtures/economy-wide/economy_expected.py}
 * reads BEA's original long-form tables (not the trimmed copies the model ships) and follows the method as
 * docs/economy-wide.md states it, in plain Python. Money to the cent (a cent of float rounding allowed), jobs to the
 * tenth, ratios to 1e-9 relative.
 */
class EconomyWideExpectedTest {

    static JsonNode expected() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(Fixtures.ECONOMY_WIDE_EXPECTED));
    }

    /** A $1,000,000 sales shock of fabricated metal products (332), 2014 tables, $128M appropriated, $100M to centers. */
    @Test
    void oneMillionDollarsOfFabricatedMetalProducts() throws IOException {
        JsonNode x = expected().get("one-million-in-332");
        EconomyWideImpacts e = EconomyWideModelTest.model().compute(EconomyWideModelTest.metrics(2014, null,
                List.of(EconomyWideModelTest.row("OH", "332710", 5, "1000000.00", "0.00", "0.00"))));
        Scenario s = e.scenarios().get(0);

        assertThat(s.finalDemand()).isEqualByComparingTo("1000000.00");
        assertEffect(s.direct(), x.get("direct"));
        assertEffect(s.indirect(), x.get("indirect"));
        assertEffect(s.induced(), x.get("induced"));
        assertTotal(s.typeI(), x.get("typeI"));
        assertTotal(s.typeII(), x.get("typeII"));
        // BEA's own column total of 332, 2014 ("Total Industry Output Requirement")
        assertThat(e.multipliers().stream().filter(m -> m.code().equals("332")).findFirst().orElseThrow()
                .outputTypeI()).isCloseTo(2.0221638, within(1e-6));
        assertThat(x.get("typeI").get("output").asText()).isEqualTo("2022164.10");
    }

    static void assertEffect(Effect actual, JsonNode expected) {
        assertMoney(actual.output(), expected, "output");
        assertMoney(actual.valueAdded(), expected, "valueAdded");
        assertMoney(actual.laborIncome(), expected, "laborIncome");
        assertThat(actual.jobs()).as("jobs").isEqualByComparingTo(expected.get("jobs").asText());
    }

    static void assertTotal(Total actual, JsonNode expected) {
        assertMoney(actual.output(), expected, "output");
        assertMoney(actual.valueAdded(), expected, "valueAdded");
        assertMoney(actual.laborIncome(), expected, "laborIncome");
        assertThat(actual.jobs()).as("jobs").isEqualByComparingTo(expected.get("jobs").asText());
        assertMoney(actual.federalIncomeTax(), expected, "federalIncomeTax");
        assertThat(actual.taxPerAppropriationDollar()).isCloseTo(expected.get("taxPerAppropriationDollar").asDouble(),
                within(1e-9 * expected.get("taxPerAppropriationDollar").asDouble()));
        assertThat(actual.taxPerFederalDollar()).isCloseTo(expected.get("taxPerFederalDollar").asDouble(),
                within(1e-9 * expected.get("taxPerFederalDollar").asDouble()));
    }

    static void assertMoney(BigDecimal actual, JsonNode expected, String field) {
        assertThat(actual.subtract(new BigDecimal(expected.get(field).asText())).abs()).as(field)
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
}
