package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The added sections of the worked example's metrics JSON against values computed without the production code:
 * {@code centerOversight}, {@code stateTrend} and every group's {@code suppression}, FY2013 and FY2014, from
 * {@code fixtures/worked-example-oversight/expected-oversight-FY*.json}, written by the independent script beside them
 * (see the README there). The comparison goes both ways: a figure missing, added or different by a cent fails.
 */
class WorkedExampleOversightTest extends BatchTestSupport {

    static final Path EXPECTED = Fixtures.WORKED_EXAMPLE_OVERSIGHT;
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2013, 2014})
    void centerOversightStateTrendAndSuppressionEqualTheIndependentValues(int year) throws Exception {
        assertThat(run("annual-report", Fixtures.EXAMPLE_EXTRACT.toAbsolutePath(), dir, year).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        JsonNode expected = JSON.readTree(EXPECTED.resolve("expected-oversight-FY" + year + ".json").toFile());
        JsonNode actual = JSON.readTree(dir.resolve("metrics-FY" + year + ".json").toFile());

        List<String> differences = new ArrayList<>();
        compare(expected.get("centerOversight"), actual.get("centerOversight"), "centerOversight", differences);
        compare(expected.get("stateTrend"), actual.get("stateTrend"), "stateTrend", differences);
        for (String[] section : new String[][] {{"states", "state"}, {"centers", "centerId"},
            {"serviceCategories", "serviceCategory"}}) {
            JsonNode decisions = expected.get("disclosure").get(section[0]);
            List<String> seen = new ArrayList<>();
            for (JsonNode group : actual.get(section[0])) {
                String id = group.get(section[1]).asString();
                seen.add(id);
                compare(decisions.get(id), group.get("suppression"), section[0] + "[" + id + "].suppression",
                        differences);
                if (group.get("suppressed").asBoolean() != !decisions.get(id).isBoolean()) {
                    differences.add(section[0] + "[" + id + "].suppressed disagrees with " + decisions.get(id));
                }
            }
            assertThat(seen).containsExactlyElementsOf(new TreeSet<>(decisions.propertyNames()));
        }
        assertThat(differences).isEmpty();
    }

    /**
     * Both trees hold the same fields and elements; money and counts are equal exactly, ratios to 1e-9 (relative, and
     * 1e-12 absolute near zero).
     */
    static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                differences.add(path + ": expected " + expected + ", got " + actual);
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (!expected.has(name)) {
                    differences.add(path + "." + name + " is not expected (" + actual.get(name) + ")");
                } else if (!actual.has(name)) {
                    differences.add(path + "." + name + " missing");
                } else {
                    compare(expected.get(name), actual.get(name), path + "." + name, differences);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + " has " + actual.size() + " elements, expected " + expected.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            boolean ratio = e.stripTrailingZeros().scale() > 2 || path.matches(".*(Rate|Share|Change|Per|Score|percentile"
                    + "|Percentile|Cap|threshold|Iqr|Below|Above|Low|High).*");
            if (ratio) {
                double tolerance = Math.max(1e-12, Math.abs(e.doubleValue()) * 1e-9);
                if (Math.abs(e.doubleValue() - a.doubleValue()) > tolerance) {
                    differences.add(path + ": expected " + e + ", got " + a);
                }
            } else if (e.compareTo(a) != 0) {
                differences.add(path + ": expected " + e + ", got " + a);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
