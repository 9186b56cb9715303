package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing record per record-level rule of the contract, each against an otherwise valid record. */
class RecordValidatorTest {

    private static final Map<FileKind, Map<String, String>> VALID = Map.of(
            FileKind.APPROPRIATIONS, Map.of("fiscal_year", "2014", "appropriation", "128000000"),
            FileKind.CENTERS, Map.of("center_id", "OH01", "center_name", "Ohio MEP", "state", "OH",
                    "host_type", "NONPROFIT", "award_start_fy", "2010", "recompeted", "false", "regional_offices", "2"),
            FileKind.FINANCIALS, Map.of("fiscal_year", "2014", "center_id", "OH01", "federal_funds", "100.50",
                    "state_funds", "1", "local_funds", "2", "client_fees", "3", "other_income", "4"),
            FileKind.CLIENTS, Map.of("center_id", "OH01", "client_id", "C1", "client_name", "Acme", "state", "OH",
                    "naics", "332710", "employees", "20", "submitted_date", "2014-01-15"),
            FileKind.PROJECTS, Map.of("center_id", "OH01", "project_id", "P1", "client_id", "C1",
                    "service_category", "LEAN", "start_date", "2014-01-01", "completion_date", "2014-02-01",
                    "staff_hours", "10.5", "third_party_hours", "2", "client_fee", "100.00",
                    "submitted_date", "2014-03-01"),
            FileKind.SURVEYS, Map.ofEntries(Map.entry("survey_id", "S1"), Map.entry("center_id", "OH01"),
                    Map.entry("project_id", "P1"), Map.entry("survey_date", "2014-09-01"),
                    Map.entry("disposition", "COMPLETE"), Map.entry("new_sales", "100"),
                    Map.entry("retained_sales", "0"), Map.entry("cost_savings", "1.5"),
                    Map.entry("invest_plant_equipment", "0"), Map.entry("invest_it", "0"),
                    Map.entry("invest_workforce", "0"), Map.entry("invest_other", "0"),
                    Map.entry("jobs_created", "1"), Map.entry("jobs_retained", "2"), Map.entry("recommend", "9"),
                    Map.entry("satisfaction", "5")),
            FileKind.STORIES, Map.of("center_id", "OH01", "fiscal_year", "2014", "client_name", "Acme",
                    "title", "T", "challenge", "C", "solution", "S", "results", "R"));

    private static SourceRecord record(FileKind kind, String column, String value) {
        Map<String, String> values = new HashMap<>(VALID.get(kind));
        if (value == null) {
            values.remove(column);
        } else {
            values.put(column, value);
        }
        return new SourceRecord(kind, 1, "f.csv", 2, values);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of(FileKind.APPROPRIATIONS, "fiscal_year", null, "required"),
                Arguments.of(FileKind.APPROPRIATIONS, "fiscal_year", "FY14", "integer"),
                Arguments.of(FileKind.APPROPRIATIONS, "appropriation", "0", "range"),
                Arguments.of(FileKind.APPROPRIATIONS, "appropriation", "-1.00", "range"),
                Arguments.of(FileKind.CENTERS, "center_id", null, "required"),
                Arguments.of(FileKind.CENTERS, "center_name", null, "required"),
                Arguments.of(FileKind.CENTERS, "state", "XX", "state"),
                Arguments.of(FileKind.CENTERS, "state", "oh", "state"),
                Arguments.of(FileKind.CENTERS, "host_type", "FORPROFIT", "enum"),
                Arguments.of(FileKind.CENTERS, "award_start_fy", "2010.5", "integer"),
                Arguments.of(FileKind.CENTERS, "recompeted", "yes", "boolean"),
                Arguments.of(FileKind.CENTERS, "regional_offices", "-1", "range"),
                Arguments.of(FileKind.FINANCIALS, "center_id", null, "required"),
                Arguments.of(FileKind.FINANCIALS, "federal_funds", null, "required"),
                Arguments.of(FileKind.FINANCIALS, "federal_funds", "-5", "range"),
                Arguments.of(FileKind.FINANCIALS, "state_funds", "$1,000", "money"),
                Arguments.of(FileKind.FINANCIALS, "local_funds", "10.125", "money"),
                Arguments.of(FileKind.FINANCIALS, "client_fees", "1e3", "money"),
                Arguments.of(FileKind.FINANCIALS, "other_income", "-0.01", "range"),
                Arguments.of(FileKind.CLIENTS, "client_id", null, "required"),
                Arguments.of(FileKind.CLIENTS, "client_name", null, "required"),
                Arguments.of(FileKind.CLIENTS, "state", "ZZ", "state"),
                Arguments.of(FileKind.CLIENTS, "naics", "33A1", "naics"),
                Arguments.of(FileKind.CLIENTS, "naics", "3", "naics"),
                Arguments.of(FileKind.CLIENTS, "naics", "3327101", "naics"),
                Arguments.of(FileKind.CLIENTS, "employees", "3.5", "integer"),
                Arguments.of(FileKind.CLIENTS, "employees", "-2", "range"),
                Arguments.of(FileKind.CLIENTS, "employees", " 12", "integer"),
                Arguments.of(FileKind.CENTERS, "recompeted", "TRUE", "boolean"),
                Arguments.of(FileKind.FINANCIALS, "federal_funds", ".5", "money"),
                Arguments.of(FileKind.CLIENTS, "employees", null, "required"),
                Arguments.of(FileKind.CLIENTS, "submitted_date", "2014-13-01", "date"),
                Arguments.of(FileKind.CLIENTS, "submitted_date", "2014-02-30", "date"),
                Arguments.of(FileKind.CLIENTS, "submitted_date", "01/15/2014", "date"),
                Arguments.of(FileKind.PROJECTS, "project_id", null, "required"),
                Arguments.of(FileKind.PROJECTS, "client_id", null, "required"),
                Arguments.of(FileKind.PROJECTS, "service_category", "MARKETING", "enum"),
                Arguments.of(FileKind.PROJECTS, "start_date", null, "required"),
                Arguments.of(FileKind.PROJECTS, "completion_date", "2013-12-31", "completion-before-start"),
                Arguments.of(FileKind.PROJECTS, "staff_hours", "-1", "range"),
                Arguments.of(FileKind.PROJECTS, "third_party_hours", "ten", "decimal"),
                Arguments.of(FileKind.PROJECTS, "client_fee", "-10", "range"),
                Arguments.of(FileKind.PROJECTS, "submitted_date", null, "required"),
                Arguments.of(FileKind.SURVEYS, "survey_id", null, "required"),
                Arguments.of(FileKind.SURVEYS, "project_id", null, "required"),
                Arguments.of(FileKind.SURVEYS, "survey_date", "2014-9-1", "date"),
                Arguments.of(FileKind.SURVEYS, "disposition", "DONE", "enum"),
                Arguments.of(FileKind.SURVEYS, "new_sales", "-100", "range"),
                Arguments.of(FileKind.SURVEYS, "retained_sales", "1,000", "money"),
                Arguments.of(FileKind.SURVEYS, "invest_it", "-1", "range"),
                Arguments.of(FileKind.SURVEYS, "jobs_created", "2.5", "integer"),
                Arguments.of(FileKind.SURVEYS, "jobs_retained", "-1", "range"),
                Arguments.of(FileKind.SURVEYS, "recommend", "11", "range"),
                Arguments.of(FileKind.SURVEYS, "satisfaction", "0", "range"),
                Arguments.of(FileKind.SURVEYS, "satisfaction", "6", "range"),
                Arguments.of(FileKind.STORIES, "title", null, "required"),
                Arguments.of(FileKind.STORIES, "fiscal_year", "\"2014\"", "integer"));
    }

    @ParameterizedTest(name = "{0} {1}={2} breaks {3}")
    @MethodSource("brokenRules")
    void rejectsTheRecordNamingColumnRuleAndValue(FileKind kind, String column, String value, String rule) {
        ValidatedRecord result = RecordValidator.validate(record(kind, column, value));

        assertThat(result.isRejected()).isTrue();
        assertThat(result.rejection().column()).isEqualTo(column);
        assertThat(result.rejection().rule()).isEqualTo(rule);
        // a survey record's answer is confidential (one client): outputs say which column broke which rule, not the
        // answer; every other offending value is kept as written
        boolean answer = kind == FileKind.SURVEYS && FileKind.SURVEY_RESPONSE_COLUMNS.contains(column);
        assertThat(result.rejection().value()).isEqualTo(value == null ? "" : answer ? "[survey answer withheld]"
                : value);
        assertThat(result.rejection().message()).startsWith(column);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void acceptsAValidRecordOfEveryKind(FileKind kind) {
        assertThat(RecordValidator.validate(record(kind, "unused", null)).isRejected()).isFalse();
    }

    static Stream<FileKind> kinds() {
        return VALID.keySet().stream();
    }

    @Test
    void ignoresResponseFieldsOfSurveysThatAreNotComplete() {
        SourceRecord refused = record(FileKind.SURVEYS, "disposition", "REFUSED");
        refused.values().put("new_sales", "garbage");
        refused.values().put("recommend", "42");

        assertThat(RecordValidator.validate(refused).isRejected()).isFalse();
    }

    @Test
    void acceptsBoundaryValues() {
        assertThat(RecordValidator.validate(record(FileKind.SURVEYS, "recommend", "0")).isRejected()).isFalse();
        assertThat(RecordValidator.validate(record(FileKind.SURVEYS, "recommend", "10")).isRejected()).isFalse();
        assertThat(RecordValidator.validate(record(FileKind.CLIENTS, "naics", "31")).isRejected()).isFalse();
        assertThat(RecordValidator.validate(record(FileKind.PROJECTS, "completion_date", "2014-01-01"))
                .isRejected()).isFalse();
        assertThat(RecordValidator.validate(record(FileKind.FINANCIALS, "federal_funds", "0")).isRejected()).isFalse();
        assertThat(RecordValidator.validate(record(FileKind.CLIENTS, "state", null)).isRejected()).isFalse();
    }

    @Test
    void reportsTheFirstBrokenRuleInContractColumnOrder() {
        SourceRecord record = record(FileKind.CLIENTS, "naics", "bad");
        record.values().put("employees", "-1");

        assertThat(RecordValidator.validate(record).rejection().column()).isEqualTo("naics");
    }

    /**
     * The validator checks numbers, codes and dates by hand (a regular expression or a formatter per value was a
     * fifth of ingest's time); the contract states them as patterns and ISO dates. Against those, as oracles: every
     * value of a generated set, short strings from an alphabet of digits, signs, points and a letter, and dates with
     * every day 00-32 of every month 00-13 of a leap, a common and odd years.
     */
    @Test
    void numberAndDateShapesAreExactlyTheContractPatterns() {
        Map<String, Pattern> patterns = Map.of(
                "integer", Pattern.compile("-?\\d{1,10}"),
                "money", Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?"),
                "decimal", Pattern.compile("-?\\d{1,20}(\\.\\d{1,10})?"),
                "naics", Pattern.compile("\\d{2,6}"),
                "zip", Pattern.compile("\\d{5}"));
        SplittableRandom random = new SplittableRandom(20141);
        String alphabet = "0123456789-.a \u0663";
        int checked = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 2 == 0 ? 8 : 25);
            for (int j = 0; j < length; j++) {
                // mostly digits, so that the long valid and just-too-long values come up
                text.append(random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            assertThat(RecordValidator.isNumber(value, 10, 0)).as("integer %s", value)
                    .isEqualTo(patterns.get("integer").matcher(value).matches());
            assertThat(RecordValidator.isNumber(value, 17, 2)).as("money %s", value)
                    .isEqualTo(patterns.get("money").matcher(value).matches());
            assertThat(RecordValidator.isNumber(value, 20, 10)).as("decimal %s", value)
                    .isEqualTo(patterns.get("decimal").matcher(value).matches());
            assertThat(RecordValidator.isDigits(value, 0, value.length(), 2, 6)).as("naics %s", value)
                    .isEqualTo(patterns.get("naics").matcher(value).matches());
            assertThat(RecordValidator.isDigits(value, 0, value.length(), 5, 5)).as("zip %s", value)
                    .isEqualTo(patterns.get("zip").matcher(value).matches());
            checked++;
        }
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
        int valid = 0;
        for (String year : new String[] {"2012", "2014", "1900", "2000", "0000", "9999"}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String value = String.format("%s-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(value, iso);
                    } catch (DateTimeParseException e) {
                        expected = null;
                    }
                    ValidatedRecord result = RecordValidator.validate(record(FileKind.PROJECTS, "completion_date",
                            value));
                    if (expected == null) {
                        assertThat(result.rejection()).as(value).isNotNull();
                        assertThat(result.rejection().rule()).as(value).isEqualTo("date");
                    } else if (!expected.isBefore(LocalDate.of(2014, 1, 1))) {
                        assertThat(result.isRejected()).as(value).isFalse();
                        valid++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(200_000);
        // 2014 and 9999 are common years after the start date: 365 valid days each
        assertThat(valid).isEqualTo(2 * 365);
    }
}
