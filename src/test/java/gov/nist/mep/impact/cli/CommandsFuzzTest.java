package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fuzz campaign of 2026-12-07, "Other commands": {@code diff} on a file that is not a metrics JSON file exits 2
 * naming it (exit code 1 means "changes found"); {@code history --limit} takes a positive whole number.
 */
class CommandsFuzzTest {

    static final Path EXPECTED = Fixtures.CONTRACT_EXAMPLE.resolve("expected-metrics-FY2014.json");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated | is not a complete JSON file",
        "empty     | is not a complete JSON file",
        "array     | is not a metrics JSON file",
        "binary    | is not a complete JSON file"})
    void diffOfAFileThatIsNoMetricsJsonExitsTwoNamingIt(String kind, String problem) throws Exception {
        String json = Files.readString(EXPECTED);
        Path bad = dir.resolve("metrics-FY2014.json");
        switch (kind) {
            case "truncated" -> Files.writeString(bad, json.substring(0, json.length() / 2));
            case "empty" -> Files.writeString(bad, "");
            case "array" -> Files.writeString(bad, "[1, 2]");
            default -> Files.write(bad, new byte[] {0, 1, 2, (byte) 0xff});
        }

        Console before = new Console(dir).run("diff", bad.toString(), EXPECTED.toString());
        Console after = new Console(dir).run("diff", EXPECTED.toString(), bad.toString());

        for (Console c : new Console[] {before, after}) {
            assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(c.errorLines()).as(c.toString()).hasSize(1);
            assertThat(c.errorLines().get(0)).startsWith("error: " + bad + " " + problem);
            assertThat(c.out()).as("no comparison printed").doesNotContain("changed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "ten", "99999999999"})
    void historyLimitIsAPositiveWholeNumber(String limit) {
        Console c = new Console(dir).run("history", "--limit", limit);

        assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).as(c.toString()).containsExactly("error: --limit must be a whole number from 1 to"
                + " 10000, not '" + limit + "'");
    }
}
