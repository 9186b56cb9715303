package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.report.render.XlsxNotes.Block;
import gov.nist.mep.impact.report.render.XlsxNotes.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Notes text format: headings, paragraphs, items, comments and placeholders. */
class XlsxNotesTest {

    @Test
    void headingsParagraphsAndItemsInFileOrder() {
        List<String> lines = List.of(
                "\uFEFF<!-- for editors:",
                "     {notAPlaceholder} in a comment is ignored -->",
                "# Notes for FY{fiscalYear}",
                "",
                "A paragraph",
                "on two lines.",
                "## Sources",
                "- MEIS records",
                "  continued on an indented line.",
                "* The survey",
                "",
                "<!-- one-line comment -->",
                "Last paragraph.");

        XlsxNotes notes = XlsxNotes.parse("notes.md", lines, Map.of("fiscalYear", "2014"));

        assertThat(notes.blocks()).containsExactly(
                new Block(Kind.HEADING, 1, "Notes for FY2014"),
                new Block(Kind.PARAGRAPH, 0, "A paragraph on two lines."),
                new Block(Kind.HEADING, 2, "Sources"),
                new Block(Kind.ITEM, 0, "MEIS records continued on an indented line."),
                new Block(Kind.ITEM, 0, "The survey"),
                new Block(Kind.PARAGRAPH, 0, "Last paragraph."));
    }

    @Test
    void anUnknownPlaceholderFailsNamingTheFileAndLine() {
        assertThatThrownBy(() -> XlsxNotes.parse("notes.md", List.of("# Title", "Fewer than {threshhold}."),
                Map.of("threshold", "3")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("notes.md line 2: unknown placeholder {threshhold} (did you mean {threshold}?)");
    }

    @Test
    void textWithoutPlaceholdersIsKeptAsWritten() {
        XlsxNotes notes = XlsxNotes.parse("n", List.of("Costs $1,000 { not a name } and 100%."), Map.of());
        assertThat(notes.blocks()).containsExactly(new Block(Kind.PARAGRAPH, 0, "Costs $1,000 { not a name } and 100%."));
    }
}
