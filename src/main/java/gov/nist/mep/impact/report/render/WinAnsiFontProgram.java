package gov.nist.mep.impact.report.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A TrueType font program cut down to the glyphs WinAnsi (Cp1252) text can reach, renumbered, and without hinting: the
 * fonts' 2,600 glyphs become about 230. The reports' fonts are simple WinAnsi TrueType fonts, so no other glyph can
 * ever be shown; but OpenPDF's subset of a document keeps the glyph numbers of the font it is given, so each subset it
 * embeds carried the whole font's per-glyph tables (horizontal metrics and glyph locations, 20 KB of the 28 to 40 KB
 * of each face), deflated again in every PDF: half the deflating of a one-page fact sheet. Given this program instead,
 * the subsets, the files and the time to write them shrink; the pages do not change: every kept glyph has its outline
 * and metrics as they are, the character map sends every Cp1252 character to the same glyph as before, and the tables
 * OpenPDF reads the font's names and dimensions from are copied as they are.
 *
 * <p>Hinting (issue 20, sixth pass) is left out: the TrueType instructions that grid-fit an outline to the pixels of a
 * small size on a screen whose rasteriser runs them (the {@code fpgm}, {@code prep} and {@code cvt } tables and each
 * glyph's instructions) were 60% of the glyph data the subsets embed and so most of what every PDF deflated again.
 * The outlines, the advance widths and the printed page are unchanged (Poppler, which does not hint, renders the same
 * pixels); a viewer that runs TrueType hints draws the glyphs of small text unhinted.
 *
 * <p>Kept: {@code OS/2}, {@code gasp}, {@code name} as they are; {@code head} (long glyph locations), {@code hhea} and
 * {@code maxp} with the new glyph count ({@code maxp}'s limits for hinting programs set to none); {@code post} without
 * glyph names (version 3); a new {@code cmap} (Windows Unicode, format 4); {@code glyf}, {@code loca} and {@code hmtx}
 * of the kept glyphs, composite glyphs' parts renumbered, without instructions. Dropped: the hinting programs and the
 * tables a simple font in a PDF does not use and that number glyphs (kerning, OpenType layout, device metrics). This is
 * the subsetting a document's embedding does (the SIL Open Font License allows it); the program exists only in memory,
 * on its way into the PDFs.
 */
final class WinAnsiFontProgram {

    private static final List<String> COPIED = List.of("OS/2", "gasp", "name");
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;
    private static final int HEAD_LOCA_FORMAT = 50;
    private static final int HHEA_METRICS_COUNT = 34;
    private static final int MAXP_GLYPH_COUNT = 4;
    /** maxp 1.0: maxZones, then maxTwilightPoints to maxSizeOfInstructions (the hinting's needs). */
    private static final int MAXP_ZONES = 14;
    private static final int MAXP_INSTRUCTION_FIELDS_END = 28;
    private static final int POST_HEADER = 32;
    // composite glyph flags (TrueType 'glyf')
    private static final int ARGS_ARE_WORDS = 0x0001;
    private static final int HAS_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAS_X_AND_Y_SCALE = 0x0040;
    private static final int HAS_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private final byte[] font;
    private final Map<String, int[]> tables = new HashMap<>();
    private final int glyfAt;
    private final int[] loca;
    /** Old glyph numbers in their new order (the new number is the index). */
    private final List<Integer> kept = new ArrayList<>();
    private final Map<Integer, Integer> renumbered = new HashMap<>();

    private WinAnsiFontProgram(byte[] font) {
        this.font = font;
        int count = u16(4);
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new int[] {(int) u32(record + 8), (int) u32(record + 12)});
        }
        int glyphs = u16(at("maxp") + MAXP_GLYPH_COUNT);
        boolean longLoca = u16(at("head") + HEAD_LOCA_FORMAT) == 1;
        loca = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            loca[g] = longLoca ? (int) u32(at("loca") + 4 * g) : 2 * u16(at("loca") + 2 * g);
        }
        glyfAt = at("glyf");
    }

    /** The program of {@code trueType} with the glyphs of the Cp1252 characters (and their parts) only. */
    static byte[] of(byte[] trueType) {
        return new WinAnsiFontProgram(trueType).cut();
    }

    /** The Unicode characters of Cp1252's printable codes (32-126, 128-255 where defined), in Unicode order. */
    static int[] winAnsiCharacters() {
        Charset cp1252 = Charset.forName("windows-1252");
        return IntStream.range(0x20, 0x100).filter(b -> b != 0x7F)
                .map(b -> new String(new byte[] {(byte) b}, cp1252).charAt(0))
                .filter(c -> c != '\uFFFD').sorted().distinct().toArray();
    }

    private byte[] cut() {
        Map<Integer, Integer> glyphOf = windowsUnicodeMap();
        keep(0); // .notdef
        int[] characters = Arrays.stream(winAnsiCharacters()).filter(glyphOf::containsKey).toArray();
        for (int c : characters) {
            keep(glyphOf.get(c));
        }
        for (int i = 0; i < kept.size(); i++) { // parts of composite glyphs, appended as they are found
            for (int part : parts(kept.get(i))) {
                keep(part);
            }
        }
        Map<String, byte[]> out = new TreeMap<>();
        for (String tag : COPIED) {
            if (tables.containsKey(tag)) {
                out.put(tag, table(tag));
            }
        }
        List<byte[]> outlines = outlines();
        out.put("glyf", glyf(outlines));
        out.put("loca", newLoca(outlines));
        out.put("hmtx", hmtx());
        out.put("cmap", cmap(characters, glyphOf));
        byte[] head = table("head");
        put32(head, HEAD_CHECKSUM_ADJUSTMENT, 0);
        put16(head, HEAD_LOCA_FORMAT, 1);
        out.put("head", head);
        byte[] hhea = table("hhea");
        put16(hhea, HHEA_METRICS_COUNT, kept.size());
        out.put("hhea", hhea);
        byte[] maxp = table("maxp");
        put16(maxp, MAXP_GLYPH_COUNT, kept.size());
        if (maxp.length >= MAXP_INSTRUCTION_FIELDS_END) { // version 1.0: no hinting, so nothing of it is needed
            put16(maxp, MAXP_ZONES, 1);
            Arrays.fill(maxp, MAXP_ZONES + 2, MAXP_INSTRUCTION_FIELDS_END, (byte) 0);
        }
        out.put("maxp", maxp);
        byte[] post = Arrays.copyOf(table("post"), POST_HEADER);
        put32(post, 0, 0x00030000);
        out.put("post", post);
        return assemble(out);
    }

    private void keep(int glyph) {
        if (!renumbered.containsKey(glyph)) {
            renumbered.put(glyph, kept.size());
            kept.add(glyph);
        }
    }

    /** The Windows Unicode (3,1) format 4 character map: character to glyph. */
    private Map<Integer, Integer> windowsUnicodeMap() {
        int cmap = at("cmap");
        int subtables = u16(cmap + 2);
        for (int i = 0; i < subtables; i++) {
            int record = cmap + 4 + 8 * i;
            int sub = cmap + (int) u32(record + 4);
            if (u16(record) == 3 && u16(record + 2) == 1 && u16(sub) == 4) {
                return format4(sub);
            }
        }
        throw new IllegalStateException("the font has no Windows Unicode character map (3,1, format 4)");
    }

    private Map<Integer, Integer> format4(int sub) {
        int segments = u16(sub + 6) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        Map<Integer, Integer> map = new HashMap<>();
        for (int k = 0; k < segments; k++) {
            int start = u16(starts + 2 * k);
            int end = u16(ends + 2 * k);
            int delta = u16(deltas + 2 * k);
            int rangeOffset = u16(rangeOffsets + 2 * k);
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int raw = u16(rangeOffsets + 2 * k + rangeOffset + 2 * (c - start));
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }
                if (glyph != 0 && glyph < loca.length - 1) {
                    map.put(c, glyph);
                }
            }
        }
        return map;
    }

    /** The glyphs a composite glyph is made of (none for a simple or empty one). */
    private List<Integer> parts(int glyph) {
        List<Integer> parts = new ArrayList<>();
        int at = glyfAt + loca[glyph];
        if (loca[glyph + 1] == loca[glyph] || (short) u16(at) >= 0) {
            return parts;
        }
        int p = at + 10;
        int flags;
        do {
            flags = u16(p);
            parts.add(u16(p + 2));
            p = nextComponent(p, flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return parts;
    }

    private static int nextComponent(int p, int flags) {
        int next = p + 4 + ((flags & ARGS_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & HAS_SCALE) != 0) {
            next += 2;
        } else if ((flags & HAS_X_AND_Y_SCALE) != 0) {
            next += 4;
        } else if ((flags & HAS_TWO_BY_TWO) != 0) {
            next += 8;
        }
        return next;
    }

    /**
     * The kept glyphs' outlines in their new order, composite parts renumbered, without their hinting instructions: a
     * simple glyph keeps its contours, flags and coordinates with an instruction length of 0, a composite glyph its
     * components without the instructions after them.
     */
    private List<byte[]> outlines() {
        List<byte[]> outlines = new ArrayList<>();
        for (int glyph : kept) {
            int start = glyfAt + loca[glyph];
            int length = loca[glyph + 1] - loca[glyph];
            byte[] data = Arrays.copyOfRange(font, start, start + length);
            if (length == 0) {
                outlines.add(data);
            } else if ((short) u16(start) >= 0) {
                int instructionsAt = 10 + 2 * u16(start);
                int instructions = u16(start + instructionsAt);
                byte[] cut = new byte[length - instructions];
                System.arraycopy(data, 0, cut, 0, instructionsAt); // header and contour ends; length 0 stays 0
                System.arraycopy(data, instructionsAt + 2 + instructions, cut, instructionsAt + 2,
                        length - instructionsAt - 2 - instructions);
                outlines.add(cut);
            } else {
                int p = 10;
                int flags;
                do {
                    flags = ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
                    put16(data, p, flags & ~WE_HAVE_INSTRUCTIONS);
                    int part = ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
                    put16(data, p + 2, renumbered.get(part));
                    p = nextComponent(p, flags);
                } while ((flags & MORE_COMPONENTS) != 0);
                outlines.add(Arrays.copyOf(data, p));
            }
        }
        return outlines;
    }

    /** The outlines one after the other, each padded to four bytes. */
    private static byte[] glyf(List<byte[]> outlines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] outline : outlines) {
            out.writeBytes(outline);
            out.writeBytes(new byte[(4 - outline.length % 4) % 4]);
        }
        return out.toByteArray();
    }

    /** Long glyph locations of the outlines as {@link #glyf} lays them out. */
    private static byte[] newLoca(List<byte[]> outlines) {
        byte[] out = new byte[4 * (outlines.size() + 1)];
        int offset = 0;
        for (int i = 0; i < outlines.size(); i++) {
            put32(out, 4 * i, offset);
            int length = outlines.get(i).length;
            offset += length + (4 - length % 4) % 4;
        }
        put32(out, 4 * outlines.size(), offset);
        return out;
    }

    /** A full metric (advance width, left side bearing) for every kept glyph. */
    private byte[] hmtx() {
        int hmtx = at("hmtx");
        int metrics = u16(at("hhea") + HHEA_METRICS_COUNT);
        byte[] out = new byte[4 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            int glyph = kept.get(i);
            int advance = u16(hmtx + 4 * Math.min(glyph, metrics - 1));
            int bearing = glyph < metrics ? u16(hmtx + 4 * glyph + 2) : u16(hmtx + 4 * metrics + 2 * (glyph - metrics));
            put16(out, 4 * i, advance);
            put16(out, 4 * i + 2, bearing);
        }
        return out;
    }

    /**
     * A character map with one Windows Unicode (3,1) format 4 subtable: one segment per run of consecutive characters
     * whose new glyphs are consecutive too (kept in character order, most runs are), plus the closing segment.
     */
    private byte[] cmap(int[] characters, Map<Integer, Integer> glyphOf) {
        List<int[]> segments = new ArrayList<>(); // start, end, delta
        for (int c : characters) {
            int glyph = renumbered.get(glyphOf.get(c));
            int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && c == last[1] + 1 && ((c + last[2]) & 0xFFFF) == glyph) {
                last[1] = c;
            } else {
                segments.add(new int[] {c, c, (glyph - c) & 0xFFFF});
            }
        }
        segments.add(new int[] {0xFFFF, 0xFFFF, 1});
        int count = segments.size();
        int length = 16 + 8 * count;
        byte[] out = new byte[12 + length];
        put16(out, 2, 1); // one subtable
        put16(out, 4, 3);
        put16(out, 6, 1);
        put32(out, 8, 12);
        int sub = 12;
        int searchRange = 2 * Integer.highestOneBit(count);
        put16(out, sub, 4);
        put16(out, sub + 2, length);
        put16(out, sub + 6, 2 * count);
        put16(out, sub + 8, searchRange);
        put16(out, sub + 10, Integer.numberOfTrailingZeros(searchRange / 2));
        put16(out, sub + 12, 2 * count - searchRange);
        for (int k = 0; k < count; k++) {
            int[] s = segments.get(k);
            put16(out, sub + 14 + 2 * k, s[1]);
            put16(out, sub + 16 + 2 * count + 2 * k, s[0]);
            put16(out, sub + 16 + 4 * count + 2 * k, s[2]);
            // idRangeOffset stays 0
        }
        return out;
    }

    /** The font file: table directory in tag order, each table on four bytes with its checksum, head's adjustment. */
    private static byte[] assemble(Map<String, byte[]> out) {
        int count = out.size();
        int searchRange = 16 * Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] t : out.values()) {
            size += (t.length + 3) & ~3;
        }
        byte[] file = new byte[size];
        put32(file, 0, 0x00010000);
        put16(file, 4, count);
        put16(file, 6, searchRange);
        put16(file, 8, Integer.numberOfTrailingZeros(searchRange / 16));
        put16(file, 10, 16 * count - searchRange);
        int record = 12;
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            byte[] t = e.getValue();
            System.arraycopy(e.getKey().getBytes(StandardCharsets.ISO_8859_1), 0, file, record, 4);
            put32(file, record + 4, (int) checksum(t, 0, t.length));
            put32(file, record + 8, offset);
            put32(file, record + 12, t.length);
            System.arraycopy(t, 0, file, offset, t.length);
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            record += 16;
            offset += (t.length + 3) & ~3;
        }
        put32(file, headAt + HEAD_CHECKSUM_ADJUSTMENT, (int) ((0xB1B0AFBAL - checksum(file, 0, file.length)) & 0xFFFFFFFFL));
        return file;
    }

    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < length ? data[from + i + j] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private int at(String tag) {
        int[] table = tables.get(tag);
        if (table == null) {
            throw new IllegalStateException("the font has no '" + tag + "' table");
        }
        return table[0];
    }

    private byte[] table(String tag) {
        int[] table = tables.get(tag);
        return Arrays.copyOfRange(font, table[0], table[0] + table[1]);
    }

    private int u16(int at) {
        return ((font[at] & 0xFF) << 8) | (font[at + 1] & 0xFF);
    }

    private long u32(int at) {
        return ((long) u16(at) << 16) | u16(at + 2);
    }

    private static void put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    private static void put32(byte[] b, int at, int value) {
        put16(b, at, value >>> 16);
        put16(b, at + 2, value);
    }
}
