package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A SHA-256 over the names and contents of every file of an extract: the identity of the data a run reads. */
public final class ExtractFingerprint {

    private ExtractFingerprint() {
    }

    /**
     * SHA-256 over each file's relative path and the SHA-256 of its bytes, in file order; the files are hashed on
     * every core.
     */
    public static String of(ExtractLayout layout) {
        List<ExtractFile> files = layout.files();
        List<String> hashes = files.parallelStream().map(f -> ofFile(f.path())).toList();
        MessageDigest all = sha256();
        for (int i = 0; i < files.size(); i++) {
            all.update(files.get(i).relativePath().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(hashes.get(i).getBytes(StandardCharsets.US_ASCII));
            all.update((byte) 0);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** SHA-256 of one file, as hex. */
    public static String ofFile(Path path) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
