package gov.nist.mep.impact.report.render;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The shared strings table of a new workbook, the same as POI's but cheaper to fill. POI looks each cell's text up by
 * the XML of its rich-text element, serialised for every cell (a third of the CPU of a workbook of a center's records).
 * A plain text (one text element, no runs, no phonetic parts) is looked up by its characters instead. The table holds
 * the same entries in the same order, with the same counts, so the workbook has the same bytes: two plain texts had the
 * same XML exactly when they had the same characters and the same attributes, and the one attribute POI sets on a text
 * element ({@code xml:space="preserve"}) it sets only on a text that begins or ends with white space, which is looked up
 * by its XML as before. Such a key (a NUL first) never equals an XML one (a '<' first).
 */
final class XlsxSharedStrings extends SharedStringsTable {

    /** The factory of a new workbook's parts that gives it this table; every other part is POI's own. */
    static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new XlsxSharedStrings()
                    : super.newDocumentPart(descriptor);
        }
    };

    @Override
    protected String xmlText(CTRst text) {
        if (text.isSetT() && text.sizeOfRArray() == 0 && text.sizeOfRPhArray() == 0 && !text.isSetPhoneticPr()) {
            String characters = text.getT();
            if (characters != null && !characters.isEmpty() && !Character.isWhitespace(characters.charAt(0))
                    && !Character.isWhitespace(characters.charAt(characters.length() - 1))) {
                return "\u0000" + characters;
            }
        }
        return super.xmlText(text);
    }
}
