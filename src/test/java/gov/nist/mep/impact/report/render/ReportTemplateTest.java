package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.report.render.ReportTemplate.BulletList;
import gov.nist.mep.impact.report.render.ReportTemplate.Directive;
import gov.nist.mep.impact.report.render.ReportTemplate.Each;
import gov.nist.mep.impact.report.render.ReportTemplate.Figure;
import gov.nist.mep.impact.report.render.ReportTemplate.Heading;
import gov.nist.mep.impact.report.render.ReportTemplate.Literal;
import gov.nist.mep.impact.report.render.ReportTemplate.NoteRef;
import gov.nist.mep.impact.report.render.ReportTemplate.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template format: blocks, inline markup, and errors that name the file, the line and what is wrong. */
class ReportTemplateTest {

    @TempDir
    Path dir;

    private ReportTemplate load(String... files) throws Exception {
        Path folder = dir.resolve("report");
        Files.createDirectories(folder);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(folder.resolve(files[i]), files[i + 1]);
        }
        return ReportTemplate.load(folder);
    }

    @Test
    void sectionFilesAreReadInNameOrderAndOtherFilesAreIgnored() throws Exception {
        ReportTemplate t = load("20-b.md", "# B\n", "10-a.md", "[title: T]\n# A\n", "xlsx-notes.md", "[nonsense\n",
                "README.md", "# not a section\n");

        assertThat(t.sections()).extracting(ReportTemplate.Section::file).containsExactly("report/10-a.md",
                "report/20-b.md");
    }

    @Test
    void blocksHeadingsParagraphsListsDirectivesLoopsAndFootnotes() throws Exception {
        ReportTemplate t = load("10-a.md", """
                [title: Report {fiscalYear}]
                <!-- a comment
                     over two lines -->
                # Title

                First line
                second line with **{national.newSales} bold**[^note].

                - item one
                  continued
                - item \\{two\\}

                [table: funding-by-center]
                [chart: appropriation-history | Alt text {fiscalYear}]
                [each: stories]
                ## {story.title}
                [end]

                [^note]: The note.
                """);

        List<ReportTemplate.Block> blocks = t.sections().get(0).blocks();
        assertThat(blocks).hasSize(6);
        assertThat(((Heading) blocks.get(0)).text().line()).isEqualTo(4);
        Paragraph p = (Paragraph) blocks.get(1);
        assertThat(p.text().line()).isEqualTo(6);
        assertThat(p.text().spans()).containsExactly(new Literal("First line second line with ", false),
                new Figure(new Placeholder("national.newSales", Optional.empty(), "report/10-a.md", 6), true),
                new Literal(" bold", true), new NoteRef("note"), new Literal(".", false));
        BulletList list = (BulletList) blocks.get(2);
        assertThat(list.items()).extracting(i -> i.spans().get(0)).containsExactly(
                new Literal("item one continued", false), new Literal("item {two}", false));
        assertThat(((Directive) blocks.get(3)).argument()).isEqualTo("funding-by-center");
        Directive chart = (Directive) blocks.get(4);
        assertThat(chart.argument()).isEqualTo("appropriation-history");
        assertThat(chart.text().spans()).hasSize(2);
        assertThat(((Each) blocks.get(5)).body()).hasSize(1);
        assertThat(t.footnotes()).containsKey("note");
        assertThat(t.settings()).containsKey("title");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'[title: T]\n\nText {national.newSales\n' | line 3 | has no closing }",
        "'[title: T]\n[tabel: x]\n' | line 2 | unknown directive [tabel]",
        "'[title: T]\n[table]\n' | line 2 | [table] needs an argument",
        "'[title: T]\n\n**bold\n' | line 3 | never closed",
        "'[title: T]\n[each: stories]\n# x\n' | line 2 | has no [end]",
        "'[title: T]\n[end]\n' | line 2 | [end] without [each",
        "'[title: T]\nText {national.newSales:money-ish}\n' | line 2 | unknown kind 'money-ish'",
        "'[title: T]\n[title: U]\n' | line 2 | [title] is already set",
        "'[title: T]\n<!-- open\n' | line 2 | never closed"})
    void syntaxErrorsNameTheFileAndLine(String content, String line, String problem) {
        assertThatThrownBy(() -> load("10-a.md", content)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("report/10-a.md " + line).hasMessageContaining(problem);
    }

    @Test
    void aTemplateWithoutATitleFails() {
        assertThatThrownBy(() -> load("10-a.md", "# A\n")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("[title: ...]");
    }

    @Test
    void unknownFiguresTablesAndFootnotesFailBeforeAnythingIsDrawn() throws Exception {
        ReportTemplate t = load("10-a.md", "[title: T]\n# A\n\nSales {sales} and {salez}.\n");
        assertThatThrownBy(() -> render(t)).isInstanceOf(TemplateException.class)
                .hasMessage("report/10-a.md line 4: unknown figure in placeholder {salez} (did you mean {sales}?)");

        ReportTemplate kind = load("10-a.md", "[title: T]\n# A\n\n{sales:count}\n");
        assertThatThrownBy(() -> render(kind)).hasMessageContaining("line 4")
                .hasMessageContaining("{sales:count}").hasMessageContaining("money");

        ReportTemplate note = load("10-a.md", "[title: T]\n# A\n\nText[^nope].\n");
        assertThatThrownBy(() -> render(note)).hasMessageContaining("line 4").hasMessageContaining("[^nope]");

        ReportTemplate table = load("10-a.md", "[title: T]\n# A\n\n[table: nope]\n");
        assertThatThrownBy(() -> render(table)).hasMessageContaining("line 4").hasMessageContaining("[table: nope]");
    }

    @Test
    void aSimpleTemplateRendersItsHeadingSentenceFigureAndTableAsTaggedText() throws Exception {
        ReportTemplate t = load("10-a.md", "[title: Title {sales}]\n# Chapter A\n\nSales were {sales}.\n\n"
                + "[table: t]\n");
        byte[] pdf = render(t);

        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        // 1,234,567.89 as money: millions to one decimal (report-templates/README.md)
        assertThat(reader.getInfo().get("Title")).isEqualTo("Title $1.2 million");
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String tagged = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader, true).getTextFromPage(1, true)
                .replaceAll("<span[^>]*>", "").replaceAll("</span>|<br[^>]*>", "").replaceAll("\\s+", " ");
        reader.close();
        assertThat(tagged).contains("<h1>Chapter A </h1>", "<p>Sales were $1.2 million. </p>", "<th>A </th>",
                "<th>B </th>", "<th>x </th>", "<td>1 </td>");
    }

    private static byte[] render(ReportTemplate t) throws Exception {
        ReportTemplateContent content = new ReportTemplateContent() {
            @Override
            public PlaceholderValues figures() {
                return new PlaceholderValues().money("sales", new java.math.BigDecimal("1234567.89"));
            }

            @Override
            public Optional<PdfTable> table(String name) {
                return name.equals("t") ? Optional.of(PdfTable.builder().text("A", 1).number("B", 1).row("x", "1")
                        .build()) : Optional.empty();
            }

            @Override
            public Optional<PdfChart> chart(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<PlaceholderCollection> collection(String name) {
                return Optional.empty();
            }

            @Override
            public Set<String> tables() {
                return Set.of("t");
            }

            @Override
            public Set<String> charts() {
                return Set.of();
            }

            @Override
            public Set<String> collections() {
                return Set.of();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportTemplatePdf(t, content, LocalDate.of(2014, 9, 30), "test").write(out);
        return out.toByteArray();
    }
}
