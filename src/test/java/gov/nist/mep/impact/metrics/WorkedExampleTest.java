package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The worked example of the contracts: the report job's metrics JSON equals the expected one, figure by figure. */
class WorkedExampleTest extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.CONTRACT_EXAMPLE;
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2013, 2014})
    void metricsMatchTheExpectedFileToTheCent(int year) throws Exception {
        JobExecution e = run("annual-report", EXAMPLE.resolve("extract").toAbsolutePath(), dir, year);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode expected = JSON.readTree(EXAMPLE.resolve("expected-metrics-FY" + year + ".json").toFile());
        JsonNode actual = JSON.readTree(dir.resolve("metrics-FY" + year + ".json").toFile());

        List<String> differences = new ArrayList<>();
        compare(expected, actual, "", differences);
        assertThat(differences).isEmpty();
    }

    /** Every field of the expected file must be in the actual one: money and counts exact, ratios to 1e-6. */
    static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    differences.add(path + "." + field.getKey() + " missing");
                } else {
                    compare(field.getValue(), other, path + "." + field.getKey(), differences);
                }
            }
        } else if (expected.isArray()) {
            if (actual.size() != expected.size()) {
                differences.add(path + " has " + actual.size() + " elements, expected " + expected.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            boolean exact = expected.isIntegralNumber() || e.scale() <= 2 && !path.contains("Per")
                    && !path.endsWith("Rate") && !path.endsWith("Score") && !path.endsWith("Share")
                    && !path.endsWith("Cap") && !path.endsWith("PerJob");
            double tolerance = exact ? 0 : Math.abs(e.doubleValue()) * 1e-6;
            if (Math.abs(e.subtract(a).doubleValue()) > tolerance) {
                differences.add(path + ": expected " + e + ", got " + a);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    static String read(Path p) throws java.io.IOException {
        return Files.readString(p);
    }
}
