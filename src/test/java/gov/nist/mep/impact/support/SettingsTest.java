package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.support.Setting.Syntax;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The settings registry: a record's components, their valid values in words, and the check of written values. */
class SettingsTest {

    /** A settings record of every kind of value. */
    @ConfigurationProperties("mep.sample")
    record Sample(
            @Setting(min = "1000", max = "1000000") BigDecimal perJob,
            @Setting(min = "0", max = "1", maxExclusive = true) Double rate,
            @Setting(min = "1", max = "1000") Integer threshold,
            @Setting(syntax = Syntax.FRACTION, min = "0", minExclusive = true, max = "1") String capYears1To3,
            @Setting(syntax = Syntax.DATA_SIZE, min = "16MB") String memoryLimit,
            @Setting(syntax = Syntax.DIGITS, min = "2", max = "6") List<String> prefixes,
            @Setting Boolean keep,
            @Setting(min = "0", max = "100") Double low,
            @Setting(min = "0", max = "100") Double high) {

        Sample {
            perJob = perJob == null ? new BigDecimal("70000") : perJob;
            threshold = threshold == null ? 3 : threshold;
            capYears1To3 = capYears1To3 == null ? "1/2" : capYears1To3;
            memoryLimit = memoryLimit == null ? "256MB" : memoryLimit;
            low = low == null ? 10.0 : low;
            high = high == null ? 90.0 : high;
            if (low >= high) {
                throw new IllegalArgumentException("mep.sample.low (" + low + ") must be below mep.sample.high ("
                        + high + ")");
            }
        }
    }

    static final Settings SETTINGS = Settings.of(List.of(Sample.class));

    private static SettingSpec spec(String name) {
        return SETTINGS.spec("mep.sample." + name).orElseThrow();
    }

    @Test
    void theNamesAreTheComponentsInSpringsForm() {
        assertThat(SETTINGS.all()).extracting(SettingSpec::name).containsExactly("mep.sample.per-job",
                "mep.sample.rate", "mep.sample.threshold", "mep.sample.cap-years1-to3", "mep.sample.memory-limit",
                "mep.sample.prefixes", "mep.sample.keep", "mep.sample.low", "mep.sample.high");
        assertThat(spec("cap-years1-to3").environmentVariable()).isEqualTo("MEP_SAMPLE_CAP_YEARS1_TO3");
    }

    @Test
    void theValidValuesAndDefaultsAreSaidInWords() {
        assertThat(spec("per-job").validValues()).isEqualTo("a number from 1000 to 1000000");
        assertThat(spec("per-job").defaultValue()).isEqualTo("70000");
        assertThat(spec("rate").validValues()).isEqualTo("a number at least 0 and below 1");
        assertThat(spec("rate").defaultValue()).isNull();
        assertThat(spec("threshold").validValues()).isEqualTo("a whole number from 1 to 1000");
        assertThat(spec("cap-years1-to3").validValues()).isEqualTo("a fraction n/d above 0 and at most 1, e.g. 2/5");
        assertThat(spec("memory-limit").validValues()).startsWith("a size such as 256MB").endsWith(" at least 16MB");
        assertThat(spec("prefixes").validValues()).isEqualTo("a comma-separated list of codes of 2 to 6 digits");
        assertThat(spec("keep").validValues()).isEqualTo("true or false");
        assertThat(spec("low").defaultValue()).isEqualTo("10");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "per-job        | 0         | is out of range",
        "per-job        | -5        | is out of range",
        "per-job        | abc       | is not a number",
        "per-job        | 1e-30     | is out of range",
        "per-job        | NaN       | is not a number",
        "per-job        | Infinity  | is not a number",
        "per-job        | 0x10      | is not a number",
        "per-job        | 1000      | -",
        "per-job        | 72500.50  | -",
        "per-job        | 1e5       | -",
        "per-job        | ' '       | -",
        "rate           | 1         | is out of range",
        "rate           | 0.999     | -",
        "threshold      | 2.5       | is not a whole number",
        "threshold      | 1e2       | is not a whole number",
        "threshold      | 0         | is out of range",
        "threshold      | +7        | -",
        "threshold      | 99999999999999999999 | is not a whole number",
        "cap-years1-to3 | 3/0       | is not a fraction n/d of whole numbers with d above 0",
        "cap-years1-to3 | abc       | is not a fraction n/d of whole numbers with d above 0",
        "cap-years1-to3 | 0/3       | is out of range",
        "cap-years1-to3 | 4/3       | is out of range",
        "cap-years1-to3 | ' 1 / 3 ' | -",
        "cap-years1-to3 | ''        | is not a fraction n/d of whole numbers with d above 0",
        "memory-limit   | foo       | is not a size",
        "memory-limit   | 1MB       | is out of range",
        "memory-limit   | 1.5GB     | -",
        "memory-limit   | 512MiB    | -",
        "prefixes       | 31,32     | -",
        "prefixes       | 31,x      | has 'x', which is not digits",
        "prefixes       | 3         | has '3', which is out of range",
        "prefixes       | ''        | is empty",
        "keep           | maybe     | is not true or false",
        "keep           | TRUE      | -"})
    void aValueIsCheckedAsWritten(String name, String value, String problem) {
        assertThat(spec(name).problem(value).orElse(null)).isEqualTo(problem);
    }

    private static List<SettingSource> given(Map<String, String> variables, String... args) {
        return List.of(SettingSource.commandLine(List.of(args)), SettingSource.environment(variables));
    }

    @Test
    void aBadValueIsOneLineNamingTheSettingTheValidValuesTheDefaultAndTheFix() {
        assertThat(SETTINGS.problems(given(Map.of(), "--mep.sample.per-job=0"))).containsExactly(
                "mep.sample.per-job=0 is out of range: valid values are a number from 1000 to 1000000 (default:"
                        + " 70000). Fix: correct --mep.sample.per-job=0, or leave it out for the default");
        assertThat(SETTINGS.problems(given(Map.of("MEP_SAMPLE_THRESHOLD", "x")))).containsExactly(
                "mep.sample.threshold=x is not a whole number: valid values are a whole number from 1 to 1000"
                        + " (default: 3). Fix: correct the environment variable MEP_SAMPLE_THRESHOLD, or unset it");
    }

    @Test
    void relaxedNamesAreTheSameSetting() {
        assertThat(SETTINGS.problems(given(Map.of(), "--mep.sample.perJob=80000", "--mep.sample.cap_years1_to3=1/3",
                "--mep.sample.prefixes[0]=31"))).isEmpty();
        assertThat(SETTINGS.problems(given(Map.of(), "--mep.sample.perJob=1"))).singleElement().asString()
                .startsWith("mep.sample.per-job=1 is out of range");
    }

    @Test
    void unknownNamesAreNamedWithTheNearestKnownOne() {
        assertThat(SETTINGS.problems(given(Map.of("MEP_SAMPLE_TRESHOLD", "3", "MEP_OTHER_THING", "x",
                "MEP_IMPACT_JOBS", "/srv/jobs"), "--mep.sample.treshold=3", "--loging.file.name=x",
                "--spring.datasource.url=jdbc:h2:mem:x"))).containsExactly(
                "unknown setting mep.sample.treshold (--mep.sample.treshold=…) (did you mean mep.sample.threshold?)."
                        + " Fix: correct its name; the README's Configuration lists every setting",
                "unknown setting loging.file.name (--loging.file.name=…) (did you mean logging.file.name?). Fix:"
                        + " correct its name; see --help for the options and the README's Configuration for the"
                        + " settings",
                "unknown setting: the environment variable MEP_SAMPLE_TRESHOLD sets no setting (did you mean"
                        + " MEP_SAMPLE_THRESHOLD?). Fix: correct its name, or unset it; the README's Configuration lists"
                        + " every setting");
    }

    @Test
    void aRuleAcrossSettingsIsTheRecordsOwnCheck() {
        assertThat(SETTINGS.problems(given(Map.of(), "--mep.sample.low=95"))).containsExactly(
                "mep.sample.low (95.0) must be below mep.sample.high (90.0). Fix: correct the settings of mep.sample");
    }

    @Test
    void aSettingsFileIsNamedWithItsLineAndTheFirstSourceWins() {
        SettingSource file = new SettingSource(SettingSource.Kind.FILE, "site.properties",
                Map.of("mep.sample.keep", "perhaps", "mep.sample.threshold", "x"),
                Map.of("mep.sample.keep", "file [/srv/site.properties] line 4"));
        List<SettingSource> sources = List.of(SettingSource.commandLine(List.of("--mep.sample.threshold=7")), file);

        assertThat(SETTINGS.problems(sources)).containsExactly("mep.sample.keep=perhaps is not true or false: valid"
                + " values are true or false. Fix: correct it in file [/srv/site.properties] line 4");
    }

    @Test
    void aListGivenElementByElementIsCheckedWhole() {
        assertThat(SETTINGS.problems(given(Map.of("MEP_SAMPLE_PREFIXES_0", "31", "MEP_SAMPLE_PREFIXES_1", "3x"))))
                .singleElement().asString().startsWith("mep.sample.prefixes=31,3x has '3x', which is not digits");
        assertThat(SETTINGS.problems(given(Map.of(), "--mep.sample.prefixes[0]=31", "--mep.sample.prefixes[1]=x")))
                .singleElement().asString().startsWith("mep.sample.prefixes=31,x has 'x'");
    }

    @Test
    void aLongValueIsAbridged() {
        String huge = "9".repeat(100_000);

        String line = SETTINGS.problems(given(Map.of(), "--mep.sample.per-job=" + huge)).get(0);

        assertThat(line).hasSizeLessThan(700).contains("…[100,000 characters]…");
    }

    @Test
    void aRecordWithoutRangesIsRefused() {
        @ConfigurationProperties("mep.bare")
        record Bare(Integer threads) {
        }

        assertThatThrownBy(() -> Settings.of(List.of(Bare.class))).hasMessageContaining("threads has no @Setting");
    }
}
