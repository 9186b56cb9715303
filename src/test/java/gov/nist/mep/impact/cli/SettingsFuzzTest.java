package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fuzz campaign of 2026-12-07, class "Settings": a bad value of a {@code mep.*} setting, a mistyped setting or
 * option, exit with code 2 and one line naming the setting and its valid range, before any work (the output folder is
 * not even created).
 */
class SettingsFuzzTest {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;

    @TempDir
    Path dir;

    private Console run(String job, String... settings) {
        String[] args = new String[6 + settings.length];
        args[0] = "run";
        args[1] = job;
        args[2] = "--input";
        args[3] = EXAMPLE.toString();
        args[4] = "--output";
        args[5] = dir.resolve("out").toString();
        System.arraycopy(settings, 0, args, 6, settings.length);
        return new Console(dir).run(args);
    }

    private void assertRefusedBeforeAnyWork(Console c, String... fragments) {
        assertRefused(c, fragments);
        assertThat(dir.resolve("out")).as("no work: the output folder is not created").doesNotExist();
    }

    private static void assertRefused(Console c, String... fragments) {
        assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).as(c.toString()).hasSize(1);
        assertThat(c.errorLines().get(0)).startsWith("error: ").contains(fragments).doesNotContain("Exception");
        assertThat(c.out()).as("nothing ran").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--mep.economy.table-year=0               | mep.economy.table-year=0               | from 2010 to 2015",
        "--mep.economy.table-year=abc             | mep.economy.table-year=abc             | from 2010 to 2015",
        "--mep.economy.jobs-measure=heads         | mep.economy.jobs-measure=heads         | one of full-and-part-time",
        "--mep.economy.client-sales-as=input      | mep.economy.client-sales-as=input      | one of output, final-demand",
        "--mep.economy.retained-sales-share=2     | mep.economy.retained-sales-share=2     | from 0 to 1",
        "--mep.economy.federal-income-tax-rate=NaN | mep.economy.federal-income-tax-rate=NaN | at least 0 and below 1",
        "--mep.economy.household-spending-per-income-dollar=-1 | mep.economy.household-spending-per-income-dollar=-1"
            + " | from 0 to 2",
        "--mep.economy.table-year=2030            | mep.economy.table-year=2030            | from 2010 to 2015",
        "--mep.rules.cap-year4=abc                | mep.rules.cap-year4=abc                | fraction n/d",
        "--mep.rules.cap-year4=3/0                | mep.rules.cap-year4=3/0                | fraction n/d",
        "--mep.rules.employee-limit=many          | mep.rules.employee-limit=many          | whole number from 1",
        "--mep.rules.eligible-naics-prefixes=31,x | mep.rules.eligible-naics-prefixes=31,x | 2 to 6 digits",
        "--mep.rules.suppression-threshold=0      | mep.rules.suppression-threshold=0      | from 1 to 1000",
        "--mep.staging.memory-limit=foo           | mep.staging.memory-limit=foo           | 256MB",
        "--mep.staging.keep-finished=maybe        | mep.staging.keep-finished=maybe        | true or false",
        "--mep.ingest.threads=-1                  | mep.ingest.threads=-1                  | from 0",
        "--mep.schedule.stop-wait=soon            | mep.schedule.stop-wait=soon            | from 0s to 1d",
        "--mep.repository.wait-for-others=2d      | mep.repository.wait-for-others=2d      | such as 30s, 2m or 1h",
        "--mep.oversight.late-share-above=NaN     | mep.oversight.late-share-above=NaN     | from 0 to 1",
        "--mep.oversight.peer-percentile-low=95   | mep.oversight.peer-percentile-low      | mep.oversight.peer-percentile-high"})
    void aBadValueNamesTheSettingAndItsRange(String setting, String named, String range) {
        assertRefusedBeforeAnyWork(run("annual-report", setting), named, range);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--mep.rules.employe-limit=5  | unknown setting mep.rules.employe-limit | did you mean mep.rules.employee-limit?",
        "--mep.rule.employee-limit=5  | unknown setting mep.rule.employee-limit | did you mean mep.rules.employee-limit?",
        "--mep.economy.compensation-per-job=1 | unknown setting mep.economy.compensation-per-job | Fix: correct its name",
        "--ouptut=mine                | unknown option --ouptut                 | did you mean --output?",
        "--loging.file.name=x.log     | unknown setting loging.file.name        | did you mean logging.file.name?"})
    void aMistypedSettingOrOptionIsNamedWithTheNearestKnownOne(String argument, String named, String hint) {
        assertRefusedBeforeAnyWork(run("validate", argument), named, hint);
    }

    @Test
    void aBadValueFromAnEnvironmentVariableNamesTheVariable() {
        Console c = new Console(dir).run(Map.of("MEP_RULES_EMPLOYEE_LIMIT", "abc"), "run", "validate", "--input",
                EXAMPLE.toString(), "--output", dir.resolve("out").toString());

        assertRefusedBeforeAnyWork(c, "mep.rules.employee-limit=abc", "MEP_RULES_EMPLOYEE_LIMIT");
    }

    @Test
    void aMistypedEnvironmentVariableOfAKnownGroupIsNamed() {
        Console c = new Console(dir).run(Map.of("MEP_RULES_EMPLOYE_LIMIT", "5", "MEP_TEST_POSTGRES_URL", "jdbc:x"),
                "run", "validate", "--input", EXAMPLE.toString(), "--output", dir.resolve("out").toString());

        assertRefusedBeforeAnyWork(c, "MEP_RULES_EMPLOYE_LIMIT", "did you mean MEP_RULES_EMPLOYEE_LIMIT?");
    }

    @Test
    void aBadValueInASettingsFileNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("extra.properties"),
                "# site settings\nmep.rules.suppression-threshold=0\n");

        Console c = run("validate", "--spring.config.additional-location=file:" + file);

        assertRefusedBeforeAnyWork(c, "mep.rules.suppression-threshold=0", "from 1 to 1000",
                "extra.properties] line 2");
    }

    @Test
    void severalBadSettingsAreEachNamedOnTheirOwnLine() {
        Console c = run("validate", "--mep.rules.cap-year4=3/0", "--mep.staging.memory-limit=foo");

        assertThat(c.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).hasSize(2).allMatch(l -> l.startsWith("error: "));
        assertThat(c.err()).contains("mep.rules.cap-year4=3/0").contains("mep.staging.memory-limit=foo");
    }

    @Test
    void goodValuesAreAccepted() {
        Console c = run("validate", "--mep.rules.employee-limit=500", "--mep.economy.jobs-measure=persons-engaged",
                "--mep.rules.cap-year4= 1 / 3 ", "--mep.staging.memory-limit=1GB", "--mep.rules.eligible-naics-prefixes=31,32",
                "--mep.oversight.peer-percentile-low=5", "--mep.repository.wait-for-others=90s");

        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).contains("validate COMPLETED");
    }

    @Test
    void anInputFolderThatDoesNotExistIsAUsageError() {
        Console c = new Console(dir).run("run", "validate", "--input", dir.resolve("no-such-extract").toString(),
                "--output", dir.resolve("out").toString());

        assertRefusedBeforeAnyWork(c, "the input folder " + dir.resolve("no-such-extract") + " does not exist");
    }

    @Test
    void theNightlyShortcutDoesNotHideABadSetting() {
        Path out = dir.resolve("nightly");
        Console first = new Console(dir).run("run", "nightly", "--input", EXAMPLE.toString(), "--output",
                out.toString(), "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"));
        assertThat(first.exit()).as(first.toString()).isZero();

        Console again = new Console(dir).run("run", "nightly", "--input", EXAMPLE.toString(), "--output",
                out.toString(), "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                "--mep.oversight.late-share-above=NaN");

        assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.errorLines()).hasSize(1);
        assertThat(again.err()).contains("mep.oversight.late-share-above=NaN").contains("from 0 to 1");
        assertThat(again.out()).doesNotContain("Nothing to do");
    }
}
