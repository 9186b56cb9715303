package gov.nist.mep.impact.report.render;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
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

    /** The plain texts of the table, each with the index of its entry (see {@link #reference}). */
    private final Map<String, Integer> plainTexts = new HashMap<>();

    @Override
    protected String xmlText(CTRst text) {
        String characters = plainCharacters(text);
        return characters != null ? "\u0000" + characters : super.xmlText(text);
    }

    /** The characters of a plain text (one text element, no runs, no phonetic parts, no white space at the ends). */
    private static String plainCharacters(CTRst text) {
        if (text.isSetT() && text.sizeOfRArray() == 0 && text.sizeOfRPhArray() == 0 && !text.isSetPhoneticPr()) {
            String characters = text.getT();
            if (characters != null && !characters.isEmpty() && !Character.isWhitespace(characters.charAt(0))
                    && !Character.isWhitespace(characters.charAt(characters.length() - 1))) {
                return characters;
            }
        }
        return null;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        int index = super.addSharedStringItem(string);
        if (string instanceof XSSFRichTextString rich) {
            String characters = plainCharacters(rich.getCTRst());
            if (characters != null) {
                plainTexts.putIfAbsent(characters, index);
            }
        }
        return index;
    }

    /**
     * The index of the entry of this text, added as {@code setCellValue(String)} adds it when the table has no plain
     * text entry of it yet (see {@link #reference}); counts one more reference either way.
     */
    int index(String text) {
        Integer index = reference(text);
        return index != null ? index : addSharedStringItem(new XSSFRichTextString(text));
    }

    /**
     * The index of the entry of this text when the table has it as a plain text, counting one more reference to it,
     * as adding it again would; null (and nothing counted) otherwise. A cell set to {@code t="s"} and this index is
     * the cell POI's {@code setCellValue(String)} makes, without making the rich-text element it would look up and
     * drop (most texts of a center's records workbook repeat: kinds, files, rules).
     */
    Integer reference(String text) {
        Integer index = plainTexts.get(text);
        if (index != null) {
            count++;
        }
        return index;
    }
}
