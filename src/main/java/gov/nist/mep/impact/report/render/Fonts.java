package gov.nist.mep.impact.report.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * The embedded fonts of one PDF: Liberation Sans and Serif (metric-compatible with Arial and Times New Roman) from
 * openpdf-fonts-extra, embedded as TrueType with the WinAnsi (Cp1252) encoding. Identity-H subsets would fail the CIDSet
 * rule of PDF/UA; simple TrueType subsets pass. The subset prefix comes from a fixed seed, so two runs give the same
 * bytes. One instance per document: a subset holds the glyphs of its document (OpenPDF keeps them with the document's
 * writer, not with the font).
 *
 * <p>The parsed fonts are shared by every document of the process: parsing the five programs cost each document (a
 * one-page district fact sheet included) about as much as laying it out. They are constants of the jar (nothing of a
 * run is in them), and once parsed OpenPDF only reads them: the glyphs a document uses are recorded by its writer and
 * its subset is made from a copy of the font's bytes. The one thing a document draws from a font is its subset prefix,
 * six draws of the font's random; a document used to get fresh fonts, so the prefix of each face was always the first
 * six draws of its seed, and the shared fonts give exactly those six again on every thread ({@link SixDraws}).
 *
 * <p>OpenPDF is given each face cut down to the glyphs WinAnsi text can reach ({@link WinAnsiFontProgram}): the same
 * pages, smaller subsets. Java 2D (the charts' measuring) parses the fonts as they are.
 */
public final class Fonts {

    /** The faces the reports use. */
    public enum Face {
        SANS("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf"),
        SERIF("LiberationSerif-Regular.ttf"),
        SERIF_BOLD("LiberationSerif-Bold.ttf"),
        SERIF_ITALIC("LiberationSerif-Italic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /**
     * How hard the embedded font subsets are deflated: not at all (stored). A one-page sheet's four subsets (about 23 KB
     * of glyph outlines, which deflate slowly and shrink by a third only) were a third of its CPU even at level 1; the
     * 437 district sheets then took 14% less CPU, for 8 KB more each (31 KB, what they weighed before object streams).
     * A long report embeds each subset once, so its size hardly changes.
     */
    private static final int SUBSET_DEFLATE = Deflater.NO_COMPRESSION;

    private static final Map<Face, byte[]> PROGRAMS = new EnumMap<>(Face.class);
    /** Characters outside Cp1252 with a look-alike inside it: okina and modifier apostrophes, dashes, spaces. */
    private static final String LOOKALIKES = "\u02BB\u02BC\u02B9\u2010\u2011\u2012\u2212\u2009\u202F\u2007\u2002\u2003";
    private static final String LOOKALIKE_OF = "\u2018\u2019'---\u002D    ";

    private final Map<Face, BaseFont> fonts;

    public Fonts() {
        this.fonts = Parsed.PDF;
    }

    /**
     * Parses the fonts now, if no document has yet (a report job calls it while it reads the extract, so that the
     * first documents do not wait for it).
     */
    public static void warmUp() {
        Parsed.PDF.size();
        Parsed.AWT.size();
    }

    /** The fonts parsed once, when first used (the holder idiom: thread-safe, no lock afterwards). */
    private static final class Parsed {

        static final Map<Face, BaseFont> PDF = pdfFonts();
        static final Map<Face, Font> AWT = awtFonts();

        private static Map<Face, BaseFont> pdfFonts() {
            Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                try {
                    BaseFont font = BaseFont.createFont(face.file, BaseFont.CP1252, BaseFont.EMBEDDED, false,
                            WinAnsiFontProgram.of(program(face)), null);
                    font.setSecureRandom(new SixDraws(face.ordinal()));
                    // set once, before any document uses the font
                    font.setCompressionLevel(SUBSET_DEFLATE);
                    fonts.put(face, font);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (com.lowagie.text.DocumentException e) {
                    throw new IllegalStateException("cannot load font " + face.file, e);
                }
            }
            return Collections.unmodifiableMap(fonts);
        }

        /** Java 2D's own parse of each face, at 1 pt: sizes are derived from it (Font is immutable). */
        private static Map<Face, Font> awtFonts() {
            Map<Face, Font> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                try (InputStream in = new java.io.ByteArrayInputStream(program(face))) {
                    fonts.put(face, Font.createFont(Font.TRUETYPE_FONT, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("cannot load font " + face.file, e);
                }
            }
            return Collections.unmodifiableMap(fonts);
        }
    }

    public BaseFont get(Face face) {
        return fonts.get(face);
    }

    /** A Java 2D font of the same face, so that charts measure their labels with the glyphs the PDF shows. */
    public static Font awt(Face face, float size) {
        // Java 2D copies a created font's program to a temporary file and parses it there: once per face, not once
        // per chart label
        return Parsed.AWT.get(face).deriveFont(size);
    }

    /** Maps the Java 2D fonts of a chart to the embedded fonts (never to the non-embedded Helvetica). */
    public FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                boolean serif = font.getFamily().toLowerCase(java.util.Locale.ROOT).contains("serif")
                        && !font.getFamily().toLowerCase(java.util.Locale.ROOT).contains("sans");
                if (serif) {
                    return get(font.isBold() ? Face.SERIF_BOLD : font.isItalic() ? Face.SERIF_ITALIC : Face.SERIF);
                }
                return get(font.isBold() ? Face.SANS_BOLD : Face.SANS);
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                for (Map.Entry<Face, BaseFont> e : fonts.entrySet()) {
                    if (e.getValue() == font) {
                        return awt(e.getKey(), size);
                    }
                }
                return awt(Face.SANS, size);
            }
        };
    }

    /**
     * Text the WinAnsi fonts can show: characters outside Cp1252 lose their accents when that helps (NFKD) and are
     * otherwise replaced by '?'. Line breaks and tabs become spaces.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        int ascii = 0;
        while (ascii < text.length() && text.charAt(ascii) >= ' ' && text.charAt(ascii) < 0x7F) {
            ascii++;
        }
        if (ascii == text.length()) {
            return text; // printable ASCII, the common case: nothing to replace
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, ascii);
        for (int i = ascii; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (isWinAnsi(c)) {
                out.append(c);
            } else if (LOOKALIKES.indexOf(c) >= 0) {
                out.append(LOOKALIKE_OF.charAt(LOOKALIKES.indexOf(c)));
            } else {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                out.append(!plain.isEmpty() && plain.chars().allMatch(p -> isWinAnsi((char) p)) ? plain : "?");
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Whether Cp1252 (WinAnsi) has the character: {@code CharsetEncoder.canEncode}, looked up in a table. */
    static boolean isWinAnsi(char c) {
        return WinAnsi.CHARS.get(c);
    }

    /** The characters of Cp1252: its 256 bytes decoded, the undefined ones left out (the holder idiom). */
    private static final class WinAnsi {

        static final BitSet CHARS = chars();

        private static BitSet chars() {
            CharsetDecoder decoder = Charset.forName("windows-1252").newDecoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
            BitSet chars = new BitSet(0x10000);
            for (int b = 0; b < 256; b++) {
                try {
                    chars.set(decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0));
                } catch (CharacterCodingException e) {
                    // a byte Cp1252 leaves undefined: no character
                }
            }
            return chars;
        }
    }

    private static synchronized byte[] program(Face face) {
        return PROGRAMS.computeIfAbsent(face, f -> {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream("liberation/" + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("font liberation/" + f.file + " is not on the class path "
                            + "(openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The subset prefix is drawn from this: instead of a secure random sequence, the first six draws of a fixed one,
     * again and again. OpenPDF draws six times in a row for each prefix, on the thread that writes the document, so
     * each thread counts its own draws: every document gets the prefix a fresh font would have given it.
     */
    private static final class SixDraws extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final double[] draws = new double[6];
        private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

        SixDraws(long seed) {
            super(new byte[] {0});
            Random sequence = new Random(20_140_930L + seed);
            for (int i = 0; i < draws.length; i++) {
                draws[i] = sequence.nextDouble();
            }
        }

        @Override
        public double nextDouble() {
            int[] n = next.get();
            double draw = draws[n[0]];
            n[0] = (n[0] + 1) % draws.length;
            return draw;
        }
    }
}
