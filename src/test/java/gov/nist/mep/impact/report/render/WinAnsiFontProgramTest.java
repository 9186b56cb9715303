package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fonts cut down to the glyphs of WinAnsi text draw every Cp1252 character exactly as the full fonts do. Java 2D's
 * own TrueType parser reads both programs: same outline (every point of every contour, composite accented letters
 * included), same advance width, for each character, read unhinted; OpenPDF reads the same widths and names from both.
 * The cut program has no hinting: no fpgm, prep or cvt table and no instruction in any glyph (screens' rasterisers
 * that execute TrueType hints grid-fit the full fonts at small sizes; the outlines are the same).
 */
class WinAnsiFontProgramTest {

    /** Antialiased with fractional metrics: Java 2D loads the glyphs unhinted (the design outlines and advances). */
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

    @ParameterizedTest
    @ValueSource(strings = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"})
    void everyCp1252CharacterHasTheSameOutlineAndWidth(String file) throws Exception {
        byte[] full = read(file);
        byte[] cut = WinAnsiFontProgram.of(full);
        Font fullFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(full)).deriveFont(1000f);
        Font cutFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(cut)).deriveFont(1000f);

        int[] characters = WinAnsiFontProgram.winAnsiCharacters();
        // 95 printable ASCII characters, 27 of 0x80-0x9F (5 codes undefined), 96 of 0xA0-0xFF
        assertThat(characters).hasSize(95 + 27 + 96).contains('A', '\u00E9', '\u20AC', '\u2014', '\u2019', '\u00A0');
        int drawn = 0;
        for (int c : characters) {
            String text = new String(Character.toChars(c));
            assertThat(cutFont.canDisplay(c)).as("U+%04X", c).isEqualTo(fullFont.canDisplay(c));
            GlyphVector before = fullFont.createGlyphVector(UNHINTED, text);
            GlyphVector after = cutFont.createGlyphVector(UNHINTED, text);
            assertThat(after.getGlyphMetrics(0).getAdvance()).as("advance of U+%04X", c)
                    .isEqualTo(before.getGlyphMetrics(0).getAdvance());
            List<Double> outline = outline(before);
            assertThat(outline(after)).as("outline of U+%04X", c).isEqualTo(outline);
            drawn += outline.isEmpty() ? 0 : 1;
        }
        assertThat(drawn).as("characters with ink").isGreaterThan(200);
        assertThat(fullFont.canDisplay('\u0410')).as("Cyrillic A in the full font").isTrue();
        assertThat(cutFont.canDisplay('\u0410')).as("Cyrillic A after the cut").isFalse();
        assertThat(cut.length).as("bytes of the cut program").isLessThan(full.length / 3);
        assertThat(tables(full)).contains("fpgm", "prep", "cvt ");
        assertThat(tables(cut)).as("no hinting programs").doesNotContain("fpgm", "prep", "cvt ")
                .contains("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post");
        assertThat(instructionBytes(full)).as("hinting instructions of the full font").isGreaterThan(100_000);
        assertThat(instructionBytes(cut)).as("hinting instructions left").isZero();

        BaseFont pdfFull = BaseFont.createFont(file, BaseFont.CP1252, BaseFont.EMBEDDED, false, full, null);
        BaseFont pdfCut = BaseFont.createFont(file, BaseFont.CP1252, BaseFont.EMBEDDED, false, cut, null);
        assertThat(pdfCut.getPostscriptFontName()).isEqualTo(pdfFull.getPostscriptFontName());
        for (int c : characters) {
            assertThat(pdfCut.getWidth(c)).as("OpenPDF width of U+%04X", c).isEqualTo(pdfFull.getWidth(c));
        }
        for (int key : new int[] {BaseFont.ASCENT, BaseFont.DESCENT, BaseFont.CAPHEIGHT, BaseFont.ITALICANGLE,
            BaseFont.BBOXLLX, BaseFont.BBOXURY, BaseFont.UNDERLINE_POSITION}) {
            assertThat(pdfCut.getFontDescriptor(key, 10f)).isEqualTo(pdfFull.getFontDescriptor(key, 10f));
        }
    }

    /** The tags of a TrueType program's tables. */
    private static List<String> tables(byte[] font) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < u16(font, 4); i++) {
            tags.add(new String(font, 12 + 16 * i, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return tags;
    }

    private static int table(byte[] font, String tag) {
        int i = tables(font).indexOf(tag);
        return (u16(font, 12 + 16 * i + 8) << 16) | u16(font, 12 + 16 * i + 10);
    }

    /**
     * The bytes of hinting instructions in the glyphs: each simple glyph's instruction length, and what follows the
     * last component of a composite glyph flagged WE_HAVE_INSTRUCTIONS.
     */
    private static long instructionBytes(byte[] font) {
        int head = table(font, "head");
        int glyphs = u16(font, table(font, "maxp") + 4);
        int loca = table(font, "loca");
        int glyf = table(font, "glyf");
        boolean longLoca = u16(font, head + 50) == 1;
        long total = 0;
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? (u16(font, loca + 4 * g) << 16) | u16(font, loca + 4 * g + 2)
                    : 2 * u16(font, loca + 2 * g);
            int end = longLoca ? (u16(font, loca + 4 * g + 4) << 16) | u16(font, loca + 4 * g + 6)
                    : 2 * u16(font, loca + 2 * g + 2);
            if (end == start) {
                continue;
            }
            int at = glyf + start;
            short contours = (short) u16(font, at);
            if (contours >= 0) {
                total += u16(font, at + 10 + 2 * contours);
            } else {
                int p = at + 10;
                int flags;
                do {
                    flags = u16(font, p);
                    p += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4
                            : (flags & 0x80) != 0 ? 8 : 0);
                } while ((flags & 0x20) != 0);
                if ((flags & 0x100) != 0) {
                    total += u16(font, p);
                }
            }
        }
        return total;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static List<Double> outline(GlyphVector glyphs) {
        List<Double> points = new ArrayList<>();
        double[] coordinates = new double[6];
        for (PathIterator path = glyphs.getGlyphOutline(0).getPathIterator(null); !path.isDone(); path.next()) {
            int type = path.currentSegment(coordinates);
            points.add((double) type);
            Arrays.stream(coordinates, 0, 6).forEach(points::add);
            Arrays.fill(coordinates, 0);
        }
        return points;
    }

    private static byte[] read(String file) throws Exception {
        try (InputStream in = WinAnsiFontProgramTest.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            return in.readAllBytes();
        }
    }
}
