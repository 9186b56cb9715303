package gov.nist.mep.impact.report.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The document metadata of a report: title (shown in the title bar), subject, language, and the creation date, which
 * is the data's as-of date at 00:00 UTC (never the clock), so the same inputs give the same bytes.
 *
 * @param title the document title
 * @param subject the subject, or null
 * @param language the natural language, e.g. en-US
 * @param asOf the date the data is as of (a fiscal year's last day)
 * @param creator the program that made the document
 */
public record PdfMetadata(String title, String subject, String language, LocalDate asOf, String creator) {

    /** The producer OpenPDF writes in the document information dictionary. */
    static final String PRODUCER = com.lowagie.text.Document.getVersion();

    /** The as-of date as a calendar at 00:00 UTC. */
    public Calendar created() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        c.clear();
        c.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /** XMP metadata: Dublin Core title and language, dates, producer, and the PDF/UA-1 identification. */
    byte[] xmp() {
        String date = asOf + "T00:00:00Z";
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt>"
                + "</dc:title>\n"
                + (subject == null ? "" : "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                        + "</rdf:li></rdf:Alt></dc:description>\n")
                + "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + escape(creator) + "</xmp:CreatorTool>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
