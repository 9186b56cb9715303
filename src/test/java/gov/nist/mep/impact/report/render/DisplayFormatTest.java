package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Display rounding by kind: half up, US English, each ratio saying its denominator. */
class DisplayFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0            | 0 | 0",
        "999          | 0 | 999",
        "1000         | 0 | 1,000",
        "-1000        | 0 | -1,000",
        "123456789.5  | 0 | 123,456,790",
        "1234.04999   | 1 | 1,234.0",
        "-0.05        | 1 | -0.1",
        "999999.995   | 2 | 1,000,000.00",
        "12           | 2 | 12.00"})
    void groupedRoundsHalfUpAndSeparatesThousands(String value, int decimals, String expected) {
        assertThat(DisplayFormat.grouped(new BigDecimal(value), decimals)).isEqualTo(expected);
    }

    @Test
    void groupedPrintsWhatTheJdksDecimalFormatPrints() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(8) - 2);
            int decimals = random.nextInt(3);
            DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.US));
            f.setRoundingMode(RoundingMode.HALF_UP);
            assertThat(DisplayFormat.grouped(v, decimals)).as("%s at %d decimals", v, decimals).isEqualTo(f.format(v));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2500000000.00 | $2.50 billion | $2.50B  | $2,500,000,000",
        "2504999999.99 | $2.50 billion | $2.50B  | $2,505,000,000",
        "2505000000.00 | $2.51 billion | $2.51B  | $2,505,000,000",
        "128000000     | $128.0 million | $128.0M | $128,000,000",
        "102013513.00  | $102.0 million | $102.0M | $102,013,513",
        "999999.50     | $1,000,000    | $1,000K | $1,000,000",
        "534210.49     | $534,210      | $534K   | $534,210",
        "950.5         | $951          | $951    | $951",
        "-1500000      | -$1.5 million | -$1.5M  | -$1,500,000",
        "0             | $0            | $0      | $0"})
    void moneyIsRoundedHalfUpInBillionsMillionsOrDollars(String value, String money, String shortMoney, String dollars) {
        BigDecimal v = new BigDecimal(value);
        assertThat(DisplayFormat.money(v)).isEqualTo(money);
        assertThat(DisplayFormat.moneyShort(v)).isEqualTo(shortMoney);
        assertThat(DisplayFormat.dollars(v)).isEqualTo(dollars);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "per-appropriation-dollar | 19.53125           | $19.53 per dollar appropriated",
        "per-federal-dollar       | 24.50655728324933  | $24.51 per federal dollar awarded to centers",
        "per-dollar               | 0.005              | $0.01",
        "per-job                  | 2001.5011258443833 | $2,002 per job",
        "percent                  | 0.8226024054884175 | 82.3%",
        "percent                  | 0.0005             | 0.1%",
        "score                    | 52.5               | 53",
        "ratio                    | 0.3898             | 0.39"})
    void ratiosNameTheirDenominator(String kind, double value, String expected) {
        assertThat(DisplayFormat.format(DisplayFormat.Kind.ofTemplateName(kind).orElseThrow(), value))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"count | 30056 | 30,056", "year | 2014 | 2014"})
    void countsHaveSeparatorsButYearsDoNot(String kind, long value, String expected) {
        assertThat(DisplayFormat.format(DisplayFormat.Kind.ofTemplateName(kind).orElseThrow(), value))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"money", "percent", "per-federal-dollar", "count", "text"})
    void aFigureTheModelLeavesNullPrintsNotAvailable(String kind) {
        assertThat(DisplayFormat.format(DisplayFormat.Kind.ofTemplateName(kind).orElseThrow(), null))
                .isEqualTo("not available");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"BUSINESS_STRATEGY | Business strategy", "NONPROFIT | Nonprofit"})
    void codesPrintAsWords(String code, String words) {
        assertThat(DisplayFormat.label(code)).isEqualTo(words);
    }

    /** The PDF and both workbooks used three copies of this conversion, each with its own edge cases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(unknown) | (unknown)", "ISO 9001 | ISO 9001", "Lean | Lean",
        "TRAINING_2 | Training 2"})
    void textThatIsNotACodePrintsAsItIs(String text, String printed) {
        assertThat(DisplayFormat.label(text)).isEqualTo(printed);
    }

    @Test
    void aMissingCodePrintsNothing() {
        assertThat(DisplayFormat.label(null)).isEmpty();
        assertThat(DisplayFormat.label("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2014-09-30 | September 30, 2014", "2013-10-01 | October 1, 2013"})
    void datesAreWrittenOut(LocalDate date, String expected) {
        assertThat(DisplayFormat.format(DisplayFormat.Kind.DATE, date)).isEqualTo(expected);
    }
}
