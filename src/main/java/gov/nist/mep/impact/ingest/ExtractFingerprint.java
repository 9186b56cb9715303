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

/** SHA-256 over the names and contents of every file of an extract: the identity of the data a run reads. */
public final class ExtractFingerprint {

    private ExtractFingerprint() {
    }

    public static String of(ExtractLayout layout) {
        MessageDigest all = sha256();
        byte[] buffer = new byte[1 << 16];
        for (ExtractFile file : layout.files()) {
            all.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            try (InputStream in = Files.newInputStream(file.path())) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    all.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.relativePath(), e);
            }
            all.update((byte) 0);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** SHA-256 of one file, as hex. */
    public static String ofFile(Path path) {
        MessageDigest digest = sha256();
        try {
            digest.update(Files.readAllBytes(path));
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
