package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one CSV writer: the rejects file and the generated extract both write with it. */
class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"plain | plain", "a,b | \"a,b\"",
        "say \"hi\" | \"say \"\"hi\"\"\"", "'' | ''"})
    void quotesOnlyWhatMustBe(String value, String written) {
        StringBuilder out = new StringBuilder();
        Csv.appendField(out, value);
        assertThat(out.toString()).isEqualTo(written);
    }

    @Test
    void aLineEndsAsAskedAndANullFieldIsEmpty() {
        StringBuilder out = new StringBuilder();
        Csv.appendLine(out, Arrays.asList("x", null, "two\nlines"), "\r\n");
        assertThat(out.toString()).isEqualTo("x,,\"two\nlines\"\r\n");
    }
}
