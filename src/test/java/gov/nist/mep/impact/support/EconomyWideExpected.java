package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.EconomyWideImpacts.Effect;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected economy-wide figures of {@code fixtures/economy-wide/expected-economy-wide.json}, computed without the
 * project's code (see the README there), and the comparisons the tests make with them: money to the cent (a cent of
 * floating-point rounding allowed), jobs to the tenth, ratios to 1e-9 relative.
 */
public final class EconomyWideExpected {

    private EconomyWideExpected() {
    }

    /** One section of the file: {@code one-million-in-332}, {@code worked-example}. */
    public static JsonNode section(String name) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(Fixtures.ECONOMY_WIDE_EXPECTED)).get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertEffect(Effect actual, JsonNode expected) {
        assertMoney(actual.output(), expected, "output");
        assertMoney(actual.valueAdded(), expected, "valueAdded");
        assertMoney(actual.laborIncome(), expected, "laborIncome");
        assertThat(actual.jobs()).as("jobs").isEqualByComparingTo(expected.get("jobs").asText());
    }

    public static void assertTotal(Total actual, JsonNode expected) {
        assertMoney(actual.output(), expected, "output");
        assertMoney(actual.valueAdded(), expected, "valueAdded");
        assertMoney(actual.laborIncome(), expected, "laborIncome");
        assertThat(actual.jobs()).as("jobs").isEqualByComparingTo(expected.get("jobs").asText());
        assertThat(actual.compensationPerJob()).as("compensationPerJob")
                .isEqualByComparingTo(expected.get("compensationPerJob").asText());
        assertMoney(actual.wagesAndSalaries(), expected, "wagesAndSalaries");
        assertMoney(actual.federalIncomeTax(), expected, "federalIncomeTax");
        assertRatio(actual.taxPerAppropriationDollar(), expected, "taxPerAppropriationDollar");
        assertRatio(actual.taxPerFederalDollar(), expected, "taxPerFederalDollar");
    }

    public static void assertMoney(BigDecimal actual, JsonNode expected, String field) {
        assertThat(actual.subtract(new BigDecimal(expected.get(field).asText())).abs()).as(field)
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    public static void assertRatio(Double actual, JsonNode expected, String field) {
        double x = expected.get(field).asDouble();
        assertThat(actual).as(field).isCloseTo(x, within(1e-9 * Math.abs(x)));
    }
}
