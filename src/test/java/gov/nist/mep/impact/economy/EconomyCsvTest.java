package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The economy tables are read by the ingest CSV parser: RFC 4180 quoting, a byte-order mark, CRLF, line breaks. */
class EconomyCsvTest {

    @Test
    void aTableIsReadWithTheExtractsRulesOfCsv() {
        List<List<String>> rows = EconomyCsv.read("/economy-csv/quirks.csv");

        assertThat(rows).containsExactly(
                List.of("code", "name", "value"),
                List.of("311FT", "Food, beverage and \"tobacco\"", "1.5"),
                List.of("42", "Wholesale\r\ntrade", ""));
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> EconomyCsv.read("/economy-csv/none.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/economy-csv/none.csv");
    }

    @Test
    void anEmptyBeaValueIsZero() {
        assertThat(EconomyCsv.value("")).isZero();
        assertThat(EconomyCsv.value(" 12.5 ")).isEqualTo(12.5);
    }
}
