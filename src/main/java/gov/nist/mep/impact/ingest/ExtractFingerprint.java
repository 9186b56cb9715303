package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SHA-256 over the names and contents of every file of an extract: the identity of the data a run reads. Hashing
 * gives each file's size and SHA-256 too, which the manifest lists, so an extract is read for hashing once per run.
 */
public final class ExtractFingerprint {

    /**
     * One file of an extract.
     *
     * @param file path relative to the extract
     * @param size bytes
     * @param sha256 SHA-256 of its bytes
     */
    public record FileHash(String file, long size, String sha256) {
    }

    /** An extract's fingerprint and the hashes it was made of, in file order. */
    public record Hashed(String fingerprint, List<FileHash> files) {
    }

    /**
     * The extracts hashed lately in this process, by fingerprint. Not run state: a fingerprint is a SHA-256 over the
     * very file hashes it keys, so an entry can only ever be the one extract's; the publish step of a run takes its
     * file list from here instead of reading the extract a second time (and reads it when it is not here).
     */
    private static final Map<String, Hashed> RECENT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Hashed> eldest) {
            return size() > 4;
        }
    };

    private ExtractFingerprint() {
    }

    /** The fingerprint alone. */
    public static String of(ExtractLayout layout) {
        return hash(layout).fingerprint();
    }

    /**
     * SHA-256 over each file's relative path and the SHA-256 of its bytes, in file order; the files are hashed on
     * every core.
     */
    public static Hashed hash(ExtractLayout layout) {
        List<FileHash> files = layout.files().parallelStream().map(f -> {
            try {
                return new FileHash(f.relativePath(), Files.size(f.path()), Sha256.ofFile(f.path()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.path(), e);
            }
        }).toList();
        MessageDigest all = Sha256.digest();
        for (FileHash f : files) {
            all.update(f.file().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(f.sha256().getBytes(StandardCharsets.US_ASCII));
            all.update((byte) 0);
        }
        Hashed hashed = new Hashed(Sha256.hex(all), files);
        synchronized (RECENT) {
            RECENT.put(hashed.fingerprint(), hashed);
        }
        return hashed;
    }

    /** The files of the extract with this fingerprint, when this process hashed it lately. */
    public static Optional<Hashed> remembered(String fingerprint) {
        synchronized (RECENT) {
            return Optional.ofNullable(fingerprint == null ? null : RECENT.get(fingerprint));
        }
    }
}
