package gov.nist.mep.impact.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The generator's JSON strings are Jackson's (it escaped by hand before, with its own idea of control characters). */
class JsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "bell \u0007 backspace \b",
        "form feed \f", "caf\u00e9 \u2013 \u201cquoted\u201d"})
    void stringsAreWhatJacksonWrites(String value) {
        assertThat(Json.string(value)).isEqualTo(MAPPER.writeValueAsString(value));
    }
}
