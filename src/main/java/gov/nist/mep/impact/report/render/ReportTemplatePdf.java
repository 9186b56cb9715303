package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.report.render.PdfReportDocument.Placed;
import gov.nist.mep.impact.report.render.PdfReportDocument.Style;
import gov.nist.mep.impact.report.render.PdfText.Run;
import gov.nist.mep.impact.report.render.ReportTemplate.Block;
import gov.nist.mep.impact.report.render.ReportTemplate.BulletList;
import gov.nist.mep.impact.report.render.ReportTemplate.Directive;
import gov.nist.mep.impact.report.render.ReportTemplate.Each;
import gov.nist.mep.impact.report.render.ReportTemplate.Figure;
import gov.nist.mep.impact.report.render.ReportTemplate.Footnote;
import gov.nist.mep.impact.report.render.ReportTemplate.Heading;
import gov.nist.mep.impact.report.render.ReportTemplate.Literal;
import gov.nist.mep.impact.report.render.ReportTemplate.NoteRef;
import gov.nist.mep.impact.report.render.ReportTemplate.Paragraph;
import gov.nist.mep.impact.report.render.ReportTemplate.Section;
import gov.nist.mep.impact.report.render.ReportTemplate.Span;
import gov.nist.mep.impact.report.render.ReportTemplate.Text;
import gov.nist.mep.impact.support.OutputFolder;
import gov.nist.mep.impact.support.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ReportTemplate} with a report's {@link ReportTemplateContent} into an accessible (PDF/UA-1), tagged,
 * deterministic PDF. The template is checked completely before anything is drawn: an unknown figure, table, chart,
 * collection or footnote fails with the template file, line and name. The document is laid out until the page numbers
 * of the contents page are stable (normally twice), and its /ID is a hash of its content.
 */
public final class ReportTemplatePdf {

    private static final int MAX_PASSES = 4;

    private final ReportTemplate template;
    private final ReportTemplateContent content;
    private final LocalDate asOf;
    private final String creator;
    private final LineBreaks lineBreaks;

    /**
     * @param template the report's wording and structure
     * @param content the report's figures, tables, charts and collections
     * @param asOf the date the data is as of: the document's creation and modification date (00:00 UTC)
     * @param creator the program named as the document's creator
     */
    public ReportTemplatePdf(ReportTemplate template, ReportTemplateContent content, LocalDate asOf, String creator) {
        this(template, content, asOf, creator, new LineBreaks());
    }

    /**
     * The same, with line breaks shared with other documents of the same rendering (the district sheets and their
     * combined PDF); see {@link LineBreaks}.
     */
    public ReportTemplatePdf(ReportTemplate template, ReportTemplateContent content, LocalDate asOf, String creator,
            LineBreaks lineBreaks) {
        this.template = template;
        this.content = content;
        this.asOf = asOf;
        this.creator = creator;
        this.lineBreaks = lineBreaks;
    }

    /** Checks the template against the content, then writes the PDF. */
    public void write(OutputStream out) throws IOException {
        check();
        writeChecked(out);
    }

    /** Checks the template against the content: a {@link TemplateException} with every problem, one per line. */
    public void check() {
        List<String> problems = TemplateCheck.problems(template, content);
        if (!problems.isEmpty()) {
            throw new TemplateException(String.join("\n", problems));
        }
    }

    /**
     * Writes the PDF without checking the template again: for a part of a content whose whole was checked (one
     * district's sheet, once the sheets of every district were), since a part needs no figure, table or footnote that
     * the whole does not.
     */
    public void writeChecked(OutputStream out) throws IOException {
        PlaceholderValues figures = content.figures();
        List<Placed> contents = null;
        byte[] pdf = null;
        int pages = 0;
        boolean oneNeeded = !laysOutPageNumbers();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Pass result = render(figures, contents, pages);
            boolean stable = oneNeeded || contents != null && result.headings().equals(contents)
                    && result.pages() == pages;
            pdf = result.pdf();
            contents = result.headings();
            pages = result.pages();
            if (stable) {
                break;
            }
        }
        FixedId fixed = withFixedId(pdf);
        if (out instanceof OutputFolder.PrefixHashed hashed) {
            hashed.writeHashed(fixed.pdf(), fixed.digestOfFirst(), fixed.first());
        } else {
            out.write(fixed.pdf());
        }
    }

    /**
     * Whether the layout depends on itself: a contents page (the pages of the headings) or a running text that prints
     * the number of pages. Otherwise one pass gives the final document (the fact sheets: hundreds of one-page PDFs).
     */
    private boolean laysOutPageNumbers() {
        for (Section section : template.sections()) {
            if (section.blocks().stream().anyMatch(b -> b instanceof Directive d && d.name().equals("contents"))) {
                return true;
            }
        }
        for (Directive setting : template.settings().values()) {
            if (setting.text().spans().stream().anyMatch(span -> span instanceof Figure f
                    && f.placeholder().name().equals("pages"))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- lookups

    private PdfTable table(Directive d, PlaceholderValues figures) {
        return content.table(d.argument(), figures).orElseThrow(() -> TemplateException.at(d.file(), d.line(),
                "unknown table [table: " + d.argument() + "]"));
    }

    private PdfChart chart(Directive d, PlaceholderValues figures) {
        return content.chart(d.argument(), figures).orElseThrow(() -> TemplateException.at(d.file(), d.line(),
                "unknown chart [chart: " + d.argument() + "]"));
    }

    private PlaceholderCollection collection(Each e) {
        return content.collection(e.collection()).orElseThrow(() -> TemplateException.at(e.file(), e.line(),
                "unknown collection [each: " + e.collection() + "]"));
    }

    private static PlaceholderValues pageFigures(int page, int pages) {
        return new PlaceholderValues().count("page", page).count("pages", pages);
    }

    // ---------------------------------------------------------------- rendering

    private record Pass(byte[] pdf, List<Placed> headings, int pages) {
    }

    /** Footnotes referenced in one section, numbered in order of first reference. */
    private static final class Notes {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        int number(String id) {
            return numbers.computeIfAbsent(id, k -> numbers.size() + 1);
        }
    }

    private Pass render(PlaceholderValues figures, List<Placed> contents, int knownPages) {
        String title = plain(template.settings().get("title").text(), figures);
        Directive subject = template.settings().get("subject");
        Directive header = template.settings().get("header");
        Directive footer = template.settings().get("footer");
        PdfMetadata metadata = new PdfMetadata(title, subject == null ? null : plain(subject.text(), figures), "en-US",
                asOf, creator);
        int pagesForFooter = Math.max(knownPages, 1);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PdfReportDocument doc = new PdfReportDocument(buffer, metadata,
                header == null ? title : plain(header.text(), figures),
                page -> footer == null ? Integer.toString(page)
                        : plain(footer.text(), figures.with(pageFigures(page, pagesForFooter))), lineBreaks);
        int contentsIndex = -1;
        for (Section section : template.sections()) {
            doc.beginSection(section.cover());
            Notes notes = new Notes();
            boolean hasContents = section.blocks().stream()
                    .anyMatch(b -> b instanceof Directive d && d.name().equals("contents"));
            blocks(doc, section, section.blocks(), figures, notes, contents == null ? List.of() : contents);
            if (hasContents) {
                contentsIndex = doc.headings().size();
            }
            if (!notes.numbers.isEmpty()) {
                List<List<Run>> texts = new ArrayList<>();
                notes.numbers.forEach((id, n) -> {
                    List<Run> runs = new ArrayList<>();
                    runs.add(PdfReportDocument.NOTE.face(Fonts.Face.SANS_BOLD).run(n + ". "));
                    runs.addAll(runs(template.footnotes().get(id).text(), figures, Fonts.Face.SANS, null,
                            PdfReportDocument.NOTE));
                    texts.add(runs);
                });
                doc.notes(texts);
            }
        }
        doc.close();
        List<Placed> headings = doc.headings();
        List<Placed> entries = contentsIndex < 0 ? List.of() : after(headings, contentsIndex);
        return new Pass(buffer.toByteArray(), entries, doc.pages());
    }

    private static List<Placed> after(List<Placed> headings, int index) {
        return headings.subList(Math.max(0, index), headings.size()).stream()
                .filter(h -> h.level() == 1 || h.level() == 2).toList();
    }

    private void blocks(PdfReportDocument doc, Section section, List<Block> blocks, PlaceholderValues figures,
            Notes notes, List<Placed> contents) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading h) {
                if (section.cover()) {
                    if (h.level() == 1) {
                        doc.moveTo(230);
                    }
                    doc.coverHeading(h.level(), runs(h.text(), figures, Fonts.Face.SANS, notes,
                            h.level() == 1 ? PdfReportDocument.COVER_TITLE : PdfReportDocument.COVER_SUBTITLE));
                } else {
                    Style style = PdfReportDocument.headingStyle(h.level());
                    float keep = i + 1 < blocks.size() ? startHeight(doc, blocks.get(i + 1), figures) : 0;
                    if (i + 2 < blocks.size() && blocks.get(i + 1) instanceof Paragraph p && isFigure(blocks.get(i + 2))) {
                        List<Run> next = runs(p.text(), figures, Fonts.Face.SERIF, null, PdfReportDocument.BODY);
                        if (doc.lines(next, PdfReportDocument.WIDTH).size() <= 4) {
                            keep = doc.paragraphStart(next, PdfReportDocument.BODY, 4) + PdfReportDocument.BODY.after()
                                    + startHeight(doc, blocks.get(i + 2), figures);
                        }
                    }
                    doc.heading(h.level(), runs(h.text(), figures, Fonts.Face.SANS, notes, style), keep);
                }
            } else if (block instanceof Paragraph p) {
                List<Run> runs = runs(p.text(), figures, Fonts.Face.SERIF, notes, PdfReportDocument.BODY);
                boolean intro = i + 1 < blocks.size() && isFigure(blocks.get(i + 1));
                if (intro && doc.lines(runs, PdfReportDocument.WIDTH).size() <= 4) {
                    // a short paragraph that introduces a table or chart stays with its start
                    doc.keep(doc.paragraphStart(runs, PdfReportDocument.BODY, 4) + startHeight(doc, blocks.get(i + 1),
                            figures));
                }
                doc.paragraph(runs, PdfReportDocument.BODY);
            } else if (block instanceof BulletList l) {
                List<List<Run>> items = new ArrayList<>();
                l.items().forEach(t -> items.add(runs(t, figures, Fonts.Face.SERIF, notes, PdfReportDocument.ITEM)));
                doc.bulletList(items, PdfReportDocument.ITEM);
            } else if (block instanceof Directive d) {
                directive(doc, d, figures, contents);
            } else if (block instanceof Each e) {
                for (PlaceholderValues item : collection(e).items()) {
                    PlaceholderValues itemFigures = figures.with(item);
                    float height = 0;
                    for (Block b : e.body()) {
                        height += fullHeight(doc, b, itemFigures);
                    }
                    doc.keep(height);
                    blocks(doc, section, e.body(), itemFigures, notes, contents);
                }
            }
        }
    }

    private void directive(PdfReportDocument doc, Directive d, PlaceholderValues figures, List<Placed> contents) {
        switch (d.name()) {
            case "contents" -> doc.contents(contents);
            case "page-break" -> {
                if (doc.pageUsed()) {
                    doc.newPage();
                }
            }
            case "table" -> {
                PdfTable table = table(d, figures);
                doc.table(table, tableNotes(d, table, figures));
            }
            case "chart" -> {
                PdfChart chart = chart(d, figures);
                if (d.text() != null) {
                    chart = new PdfChart(plain(d.text(), figures), chart.width(), chart.height(), chart.painter(),
                            chart.data());
                }
                doc.figure(chart, chart.data() == null ? List.of() : tableNotes(d, chart.data(), figures));
            }
            default -> {
                // cover is a flag of its section; settings are read once
            }
        }
    }

    private List<List<Run>> tableNotes(Directive d, PdfTable table, PlaceholderValues figures) {
        List<List<Run>> notes = new ArrayList<>();
        for (PdfTable.Note note : table.notes()) {
            Footnote footnote = template.footnotes().get(note.footnote());
            if (footnote == null) {
                throw TemplateException.at(d.file(), d.line(), "[" + d.name() + ": " + d.argument()
                        + "] needs footnote [^" + note.footnote() + "], which no section defines");
            }
            List<Run> runs = new ArrayList<>();
            runs.add(PdfReportDocument.NOTE.face(Fonts.Face.SANS_BOLD).run(note.marker() + " "));
            runs.addAll(runs(footnote.text(), figures, Fonts.Face.SANS, null, PdfReportDocument.NOTE));
            notes.add(runs);
        }
        return notes;
    }

    private static boolean isFigure(Block block) {
        return block instanceof Directive d && (d.name().equals("table") || d.name().equals("chart"));
    }

    /** The height of a block of text when it is short enough to keep together (an item of [each]). */
    private float fullHeight(PdfReportDocument doc, Block block, PlaceholderValues figures) {
        if (block instanceof Paragraph p) {
            return doc.paragraphStart(runs(p.text(), figures, Fonts.Face.SERIF, null, PdfReportDocument.BODY),
                    PdfReportDocument.BODY, Integer.MAX_VALUE) + PdfReportDocument.BODY.after();
        }
        if (block instanceof Heading h) {
            return doc.headingHeight(h.level(), runs(h.text(), figures, Fonts.Face.SANS, null,
                    PdfReportDocument.headingStyle(h.level())));
        }
        return startHeight(doc, block, figures);
    }

    /** The height a heading must keep with: the start of the block after it. */
    private float startHeight(PdfReportDocument doc, Block next, PlaceholderValues figures) {
        if (next instanceof Paragraph p) {
            return doc.paragraphStart(runs(p.text(), figures, Fonts.Face.SERIF, null, PdfReportDocument.BODY),
                    PdfReportDocument.BODY, 3);
        }
        if (next instanceof BulletList l) {
            return doc.paragraphStart(runs(l.items().get(0), figures, Fonts.Face.SERIF, null, PdfReportDocument.ITEM),
                    PdfReportDocument.ITEM, 2);
        }
        if (next instanceof Heading h) {
            return doc.headingHeight(h.level(), runs(h.text(), figures, Fonts.Face.SANS, null,
                    PdfReportDocument.headingStyle(h.level()))) + 3 * PdfReportDocument.BODY.leading();
        }
        if (next instanceof Directive d && d.name().equals("table")) {
            return doc.tableStart(table(d, figures), 2);
        }
        if (next instanceof Directive d && d.name().equals("chart")) {
            return chart(d, figures).height() + 12;
        }
        if (next instanceof Each) {
            return 4 * PdfReportDocument.BODY.leading();
        }
        return 0;
    }

    // ---------------------------------------------------------------- text

    private List<Run> runs(Text text, PlaceholderValues figures, Fonts.Face face, Notes notes) {
        return runs(text, figures, face, notes, PdfReportDocument.BODY.face(face));
    }

    private List<Run> runs(Text text, PlaceholderValues figures, Fonts.Face face, Notes notes, Style style) {
        List<Run> runs = new ArrayList<>();
        for (Span span : text.spans()) {
            if (span instanceof Literal l) {
                runs.add(styled(style, l.bold()).run(l.text()));
            } else if (span instanceof Figure f) {
                runs.add(styled(style, f.bold()).run(figures.format(f.placeholder())));
            } else if (span instanceof NoteRef n) {
                if (!template.footnotes().containsKey(n.id())) {
                    throw TemplateException.at(text.file(), text.line(), "footnote [^" + n.id()
                            + "] is not defined (add a line [^" + n.id() + "]: ... to a section)");
                }
                if (notes != null) {
                    runs.add(new Run(Integer.toString(notes.number(n.id())), style.face(), style.size() * 0.65f,
                            style.color(), style.size() * 0.38f));
                }
            }
        }
        return runs;
    }

    private static Style styled(Style style, boolean bold) {
        if (!bold) {
            return style;
        }
        if (style.face() == Fonts.Face.SERIF || style.face() == Fonts.Face.SERIF_ITALIC) {
            return style.face(Fonts.Face.SERIF_BOLD);
        }
        return style.face() == Fonts.Face.SANS ? style.face(Fonts.Face.SANS_BOLD) : style;
    }

    private String plain(Text text, PlaceholderValues figures) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs(text, figures, Fonts.Face.SANS, null)) {
            s.append(r.text());
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- identity

    /**
     * Replaces the trailer's random /ID (OpenPDF draws it from the clock) by a hash of the document, same length, so
     * that byte offsets do not move. The ID is found where the last {@code startxref} points: the cross-reference
     * stream (whose dictionary is the trailer and whose data, after it, can be longer than any fixed tail) or the
     * cross-reference table (followed by its trailer).
     */
    static FixedId withFixedId(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length),
                StandardCharsets.ISO_8859_1);
        int startxref = tail.lastIndexOf("startxref");
        int xref = startxref < 0 ? -1 : xrefOffset(tail, startxref + "startxref".length());
        // one char per byte: the offsets of the string are those of the bytes
        int at = xref < 0 || xref >= pdf.length ? -1
                : new String(pdf, xref, pdf.length - xref, StandardCharsets.ISO_8859_1).indexOf("/ID [<");
        if (at < 0) {
            // a random ID would make two renders differ: never written
            throw new IllegalStateException("the PDF has no trailer /ID where its startxref points");
        }
        at += xref;
        int start = at + "/ID [<".length();
        int end = start;
        while (end < pdf.length && pdf[end] != ']') {
            end++;
        }
        byte[] copy = pdf.clone();
        for (int i = start; i < end; i++) {
            if (copy[i] != '<' && copy[i] != '>') {
                copy[i] = '0';
            }
        }
        MessageDigest digest = Sha256.digest();
        digest.update(copy, 0, start);
        MessageDigest digestOfFirst;
        try {
            digestOfFirst = (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        digest.update(copy, start, copy.length - start);
        String hex = HexFormat.of().formatHex(digest.digest()).toUpperCase();
        int h = 0;
        for (int i = start; i < end; i++) {
            if (copy[i] != '<' && copy[i] != '>') {
                copy[i] = (byte) hex.charAt(h % hex.length());
                h++;
            }
        }
        return new FixedId(copy, digestOfFirst, start);
    }

    /** The byte offset written after {@code startxref} (from {@code from} in {@code tail}); -1 when there is none. */
    private static int xrefOffset(String tail, int from) {
        int i = from;
        while (i < tail.length() && Character.isWhitespace(tail.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < tail.length() && Character.isDigit(tail.charAt(i))) {
            i++;
        }
        return i == digits || i - digits > 9 ? -1 : Integer.parseInt(tail.substring(digits, i));
    }

    /**
     * A PDF with its fixed /ID, and SHA-256 of its bytes before the /ID (the same before and after the /ID was set):
     * the output folder hashes only the rest (see {@link OutputFolder.PrefixHashed}).
     */
    record FixedId(byte[] pdf, MessageDigest digestOfFirst, int first) {
    }
}
