package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
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
}
