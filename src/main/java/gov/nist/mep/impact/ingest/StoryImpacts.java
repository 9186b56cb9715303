package gov.nist.mep.impact.ingest;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The rule for a success story's optional {@code impacts}: a JSON object whose values are non-negative numbers (for
 * example {@code {"new_sales": 1200000, "jobs_created": 12}}). An array, a string, a nested object or a negative
 * number is rejected with the rule {@code impacts}.
 */
final class StoryImpacts {

    static final String RULE = "impacts";

    private StoryImpacts() {
    }

    /** Returns the impacts' JSON text when it keeps the rule. */
    static String check(String json) {
        JsonNode node;
        try {
            node = json.startsWith("{") ? JsonLinesRecordFile.JSON.readTree(json) : null;
        } catch (JacksonException | NumberFormatException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new RecordValidator.RuleViolation(RULE, "must be a JSON object of non-negative numbers, such as"
                    + " {\"new_sales\": 1200000, \"jobs_created\": 12}");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (!value.isNumber() || value.decimalValue().signum() < 0) {
                throw new RecordValidator.RuleViolation(RULE, "must hold non-negative numbers only: '"
                        + field.getKey() + "' is " + value);
            }
        }
        return json;
    }
}
