package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output's recorded size and SHA-256 are those of the file written, however the writer hands its bytes over. */
class OutputFolderTest {

    @TempDir
    Path dir;

    private static final byte[] CONTENT = "%PDF-1.7 a body, then a trailer /ID [<AB><AB>]\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aWholeOutputWithItsFirstBytesHashedByTheWriterRecordsTheFilesSha256() throws Exception {
        MessageDigest first = MessageDigest.getInstance("SHA-256");
        first.update(CONTENT, 0, 20);

        OutputFolder.Written w = new OutputFolder(dir).publish("a/one.pdf",
                out -> ((OutputFolder.PrefixHashed) out).writeHashed(CONTENT, first, 20));

        assertThat(Files.readAllBytes(dir.resolve("a/one.pdf"))).isEqualTo(CONTENT);
        assertThat(w.size()).isEqualTo(CONTENT.length);
        assertThat(w.sha256()).isEqualTo(DigestUtils.sha256Hex(CONTENT));
        assertThat(w.file()).isEqualTo("a/one.pdf");
    }

    @Test
    void afterOtherBytesAHashedWriteIsHashedInFull() throws Exception {
        MessageDigest stale = MessageDigest.getInstance("SHA-256");
        stale.update(CONTENT, 0, 20);

        OutputFolder.Written w = new OutputFolder(dir).publish("two.pdf", out -> {
            out.write('x');
            ((OutputFolder.PrefixHashed) out).writeHashed(CONTENT, stale, 20);
        });

        byte[] expected = new byte[CONTENT.length + 1];
        expected[0] = 'x';
        System.arraycopy(CONTENT, 0, expected, 1, CONTENT.length);
        assertThat(Files.readAllBytes(dir.resolve("two.pdf"))).isEqualTo(expected);
        assertThat(w.sha256()).isEqualTo(DigestUtils.sha256Hex(expected));
        assertThat(w.size()).isEqualTo(expected.length);
    }

    @Test
    void plainWritesRecordTheFilesSizeAndSha256() {
        OutputFolder.Written w = new OutputFolder(dir).publish("three.txt", out -> {
            out.write(CONTENT, 0, 10);
            out.write(CONTENT[10]);
            out.write(CONTENT, 11, CONTENT.length - 11);
        });

        assertThat(w.sha256()).isEqualTo(DigestUtils.sha256Hex(CONTENT));
        assertThat(w.size()).isEqualTo(CONTENT.length);
    }
}
