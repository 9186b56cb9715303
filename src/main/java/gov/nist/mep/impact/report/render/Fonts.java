package gov.nist.mep.impact.report.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The embedded fonts of one PDF: Liberation Sans and Serif (metric-compatible with Arial and Times New Roman) from
 * openpdf-fonts-extra, embedded as TrueType with the WinAnsi (Cp1252) encoding. Identity-H subsets would fail the CIDSet
 * rule of PDF/UA; simple TrueType subsets pass. The subset prefix comes from a fixed seed, so two runs give the same
 * bytes. One instance per document: a subset holds the glyphs of its document.
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

    private static final Map<Face, byte[]> PROGRAMS = new EnumMap<>(Face.class);
    /** Characters outside Cp1252 with a look-alike inside it: okina and modifier apostrophes, dashes, spaces. */
    private static final String LOOKALIKES = "\u02BB\u02BC\u02B9\u2010\u2011\u2012\u2212\u2009\u202F\u2007\u2002\u2003";
    private static final String LOOKALIKE_OF = "\u2018\u2019'---\u002D    ";

    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

    public Fonts() {
        for (Face face : Face.values()) {
            try {
                BaseFont font = BaseFont.createFont(face.file, BaseFont.CP1252, BaseFont.EMBEDDED, false,
                        program(face), null);
                font.setSecureRandom(new FixedSeed(face.ordinal()));
                fonts.put(face, font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("cannot load font " + face.file, e);
            }
        }
    }

    public BaseFont get(Face face) {
        return fonts.get(face);
    }

    /** A Java 2D font of the same face, so that charts measure their labels with the glyphs the PDF shows. */
    public static Font awt(Face face, float size) {
        try (InputStream in = new java.io.ByteArrayInputStream(program(face))) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot load font " + face.file, e);
        }
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
        CharsetEncoder cp1252 = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (cp1252.canEncode(c)) {
                out.append(c);
            } else if (LOOKALIKES.indexOf(c) >= 0) {
                out.append(LOOKALIKE_OF.charAt(LOOKALIKES.indexOf(c)));
            } else {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                out.append(!plain.isEmpty() && cp1252.canEncode(plain) ? plain : "?");
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    i++;
                }
            }
        }
        return out.toString();
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

    /** The subset prefix is drawn from this: a fixed sequence instead of a secure random one. */
    private static final class FixedSeed extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final transient Random sequence;

        FixedSeed(long seed) {
            super(new byte[] {0});
            this.sequence = new Random(20_140_930L + seed);
        }

        @Override
        public double nextDouble() {
            return sequence.nextDouble();
        }
    }
}
