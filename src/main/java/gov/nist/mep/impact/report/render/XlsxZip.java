package gov.nist.mep.impact.report.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package so that the same content gives the same bytes: POI stamps each zip entry with the current
 * time, so the entries are copied with one fixed time, in a fixed order ({@code [Content_Types].xml} first, as
 * Office writes it, then by name), without extra fields, compressed with the default level.
 */
final class XlsxZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Comparator<String> ENTRY_ORDER = Comparator
            .comparing((String name) -> !name.equals(CONTENT_TYPES))
            .thenComparing(Comparator.naturalOrder());

    private XlsxZip() {
    }

    /**
     * @param edit given each entry's name and bytes, the bytes to write instead (or the same array)
     */
    static void rewrite(byte[] zip, LocalDateTime entryTime, BiFunction<String, byte[], byte[]> edit, OutputStream out)
            throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(ENTRY_ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && entries.put(e.getName(), in.readAllBytes()) != null) {
                    throw new IOException("the package has two entries named " + e.getName());
                }
            }
        }
        ZipOutputStream zipOut = new ZipOutputStream(out); // finished, not closed: the caller owns out
        zipOut.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            // local date-time fields go straight into the DOS time: no time zone, no extended timestamp
            entry.setTimeLocal(entryTime);
            zipOut.putNextEntry(entry);
            zipOut.write(edit.apply(e.getKey(), e.getValue()));
            zipOut.closeEntry();
        }
        zipOut.finish();
        zipOut.flush();
    }
}
