package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded WinAnsi fonts and the text they can show. */
class PdfFontsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Señor Fabricación, Inc. | Señor Fabricación, Inc.",
        "Innovate Hawai\u02BBi | Innovate Hawai\u2018i",
        "Ključ | Kljuc",
        "line\tbreak | line break",
        "\u4E2D | ?"})
    void textOutsideWindows1252IsMadePrintable(String text, String printable) {
        assertThat(Fonts.printable(text)).isEqualTo(printable);
    }

    @Test
    void theWinAnsiTableHasExactlyTheCharactersTheJdksEncoderCanEncode() {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        int count = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Fonts.isWinAnsi((char) c)).as("U+%04X", c).isEqualTo(cp1252.canEncode((char) c));
            count += Fonts.isWinAnsi((char) c) ? 1 : 0;
        }
        assertThat(count).as("256 bytes less the five Cp1252 leaves undefined").isEqualTo(251);
    }

    @Test
    void everyFaceIsAnEmbeddedWinAnsiTrueTypeFont() {
        Fonts fonts = new Fonts();
        for (Fonts.Face face : Fonts.Face.values()) {
            BaseFont font = fonts.get(face);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getEncoding()).isEqualTo(BaseFont.CP1252);
            assertThat(font.getPostscriptFontName()).startsWith("Liberation");
        }
    }
}
