package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trailer's /ID is set from the document wherever the last startxref points: a cross-reference stream whose data
 * is longer than any fixed tail of the file (as OpenPDF writes it with object streams), or a table with its trailer.
 */
class PdfFixedIdTest {

    private static final String RANDOM_ID = "[<0123456789ABCDEF0123456789ABCDEF><FEDCBA9876543210FEDCBA9876543210>]";

    /** A PDF ending with a cross-reference stream: dictionary (with the ID), then {@code data} bytes of binary data. */
    private static byte[] withXrefStream(String id, int data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String body = "%PDF-1.7\n1 0 obj\n<</Type/Catalog>>\nendobj\n";
        out.writeBytes(body.getBytes(StandardCharsets.ISO_8859_1));
        int xref = out.size();
        out.writeBytes(("2 0 obj\n<</Root 1 0 R/Filter/FlateDecode/Type/XRef/ID " + id + "/Length " + data
                + ">>stream\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[data];
        new Random(7).nextBytes(binary);
        out.writeBytes(binary);
        out.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String id(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/ID [<");
        return text.substring(at + 4, text.indexOf(']', at) + 1);
    }

    @Test
    void theIdOfACrossReferenceStreamLongerThanTheTailIsSetFromTheDocument() {
        byte[] pdf = withXrefStream(RANDOM_ID.replace("0123", "7777"), 60_000);
        byte[] other = withXrefStream(RANDOM_ID, 60_000);

        byte[] fixed = ReportTemplatePdf.withFixedId(pdf).pdf();

        assertThat(fixed).hasSameSizeAs(pdf);
        assertThat(id(fixed)).isNotEqualTo(id(pdf)).matches("\\[<[0-9A-F]{32}><[0-9A-F]{32}>]");
        // the drawn ID does not count: two documents that differ only there get the same bytes
        assertThat(ReportTemplatePdf.withFixedId(other).pdf()).isEqualTo(fixed);
        // a different document gets another ID
        assertThat(id(ReportTemplatePdf.withFixedId(withXrefStream(RANDOM_ID, 60_001)).pdf())).isNotEqualTo(id(fixed));
    }

    @Test
    void aPdfWithoutAnIdWhereStartxrefPointsIsRefusedRatherThanWrittenWithARandomOne() {
        byte[] pdf = withXrefStream(RANDOM_ID, 100);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        byte[] noId = text.replace("/ID " + RANDOM_ID, "/XX " + RANDOM_ID).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ReportTemplatePdf.withFixedId(noId)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no trailer /ID");
    }
}
