package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * SHA-256 as lower-case hex, the one hasher of the program: extract files and their fingerprint, outputs and the
 * manifest, settings and templates.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** SHA-256 of a file's bytes. */
    public static String ofFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }

    /** SHA-256 of a text's UTF-8 bytes. */
    public static String of(String text) {
        return DigestUtils.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A digest to feed piece by piece; {@link #hex} ends it. */
    public static MessageDigest digest() {
        return DigestUtils.getSha256Digest();
    }

    /** Ends a digest as hex. */
    public static String hex(MessageDigest digest) {
        return Hex.encodeHexString(digest.digest());
    }
}
