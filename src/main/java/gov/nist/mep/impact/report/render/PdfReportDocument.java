package gov.nist.mep.impact.report.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import gov.nist.mep.impact.report.render.PdfText.Line;
import gov.nist.mep.impact.report.render.PdfText.Run;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.Deflater;

/**
 * The page layout of a tagged PDF: every piece of content is drawn inside a marked-content sequence of its structure
 * element (H1-H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure, TOC/TOCI) in reading order, and everything else (running
 * header and footer, rules, fills, repeated table headers, dot leaders) inside an Artifact sequence. OpenPDF's
 * {@code Document.add} does not tag content, so this class places text itself: paragraphs break into lines here,
 * tables split between rows, and headings keep with what follows.
 */
final class PdfReportDocument {

    static final Rectangle PAGE = PageSize.LETTER;
    static final float LEFT = 66;
    static final float RIGHT = PAGE.getWidth() - 66;
    static final float TOP = PAGE.getHeight() - 72;
    static final float BOTTOM = 62;
    static final float WIDTH = RIGHT - LEFT;

    /**
     * How hard the streams of pages, object streams and the cross-reference stream are deflated: zlib's fastest level.
     * Deflating is most of what a one-page fact sheet costs; on the 437 district sheets and their combined PDF this
     * level took a quarter less CPU than zlib's default (6), for 7% more bytes.
     */
    static final int DEFLATE = Deflater.BEST_SPEED;

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color HEADING = new Color(0x1F, 0x38, 0x64);
    static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);
    static final Color RULE = new Color(0x8C, 0x96, 0xA3);
    static final Color HEADER_FILL = new Color(0xDE, 0xE5, 0xEF);
    static final Color TOTAL_FILL = new Color(0xF1, 0xF3, 0xF6);

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName ROW_TAG = new PdfName("TR");
    private static final float CELL_PAD = 3.2f;

    /** A paragraph style. */
    record Style(Fonts.Face face, float size, float leading, Color color, float before, float after) {

        Run run(String text) {
            return new Run(text, face, size, color, 0);
        }

        Style face(Fonts.Face other) {
            return new Style(other, size, leading, color, before, after);
        }
    }

    static final Style H1 = new Style(Fonts.Face.SANS_BOLD, 20, 25, HEADING, 0, 10);
    static final Style H2 = new Style(Fonts.Face.SANS_BOLD, 14, 18, HEADING, 12, 5);
    static final Style H3 = new Style(Fonts.Face.SANS_BOLD, 11.5f, 15, HEADING, 9, 3);
    static final Style BODY = new Style(Fonts.Face.SERIF, 10.5f, 14.5f, TEXT, 0, 7);
    static final Style ITEM = new Style(Fonts.Face.SERIF, 10.5f, 14.5f, TEXT, 0, 3);
    static final Style CELL = new Style(Fonts.Face.SANS, 8.5f, 10.2f, TEXT, 0, 0);
    /** The figures of a headline table: large enough to be read first, at arm's length. */
    static final Style HEADLINE = new Style(Fonts.Face.SANS_BOLD, 21, 25, HEADING, 0, 0);
    static final Style NOTE = new Style(Fonts.Face.SANS, 8, 10.5f, MUTED, 0, 3);
    static final Style COVER_TITLE = new Style(Fonts.Face.SANS_BOLD, 30, 37, HEADING, 0, 14);
    static final Style COVER_SUBTITLE = new Style(Fonts.Face.SANS, 17, 23, HEADING, 4, 18);
    static final Style RUNNING = new Style(Fonts.Face.SANS, 8, 10, MUTED, 0, 0);
    static final Style CONTENTS = new Style(Fonts.Face.SANS, 11, 20, TEXT, 0, 0);

    /** One heading as placed: for the contents page and the tests. */
    record Placed(int level, String title, int page) {
    }

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte cb;
    private final Fonts fonts;
    private final PdfStructureElement root;
    private final String runningHeader;
    private final IntFunction<String> footer;
    private final List<Placed> headings = new ArrayList<>();
    private final LineBreaks lineBreaks;
    private PdfStructureElement section;
    private PdfOutline chapter;
    private float y = TOP;
    private boolean pageUsed;
    private boolean coverPage;
    private String pageTitle = "";
    private String sectionTitle = "";
    private int pages;

    PdfReportDocument(OutputStream out, PdfMetadata metadata, String runningHeader, IntFunction<String> footer,
            LineBreaks lineBreaks) {
        this.fonts = new Fonts();
        this.lineBreaks = lineBreaks;
        this.runningHeader = runningHeader;
        this.footer = footer;
        this.document = new Document(PAGE, LEFT, PAGE.getWidth() - RIGHT, PAGE.getHeight() - TOP, BOTTOM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // objects other than streams are written into deflated object streams, with a cross-reference stream: the
        // structure tree of a tagged PDF is most of its objects (the combined district sheets: 5.3 MB became 1.7 MB)
        writer.setFullCompression();
        writer.setCompressionLevel(DEFLATE);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        document.addTitle(metadata.title());
        if (metadata.subject() != null) {
            document.addSubject(metadata.subject());
        }
        document.addCreator(metadata.creator());
        document.open();
        // after open: OpenPDF stamps the clock's time at open; the as-of date replaces it
        PdfDate date = new PdfDate(metadata.created());
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.setXmpMetadata(metadata.xmp());
        this.cb = writer.getDirectContent();
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.section = root;
    }

    List<Placed> headings() {
        return List.copyOf(headings);
    }

    /** Whether anything has been drawn on the current page (a page break on an empty page is dropped). */
    boolean pageUsed() {
        return pageUsed;
    }

    int pageNumber() {
        return writer.getPageNumber();
    }

    /** Starts a section (a Sect element); the cover has no running header or footer. */
    void beginSection(boolean cover) {
        if (pageUsed) {
            newPage();
        }
        coverPage = cover;
        section = new PdfStructureElement(root, PdfName.SECT);
    }

    void newPage() {
        finishPage();
        writer.setPageEmpty(false);
        document.newPage();
        y = TOP;
        pageUsed = false;
        pageTitle = sectionTitle;
    }

    /** Vertical space, dropped at the top of a page. */
    void space(float points) {
        if (pageUsed) {
            y -= points;
        }
    }

    /** Starts a new page unless {@code height} fits on this one (a block kept together when it can be). */
    void keep(float height) {
        if (height <= TOP - BOTTOM) {
            ensure(height);
        }
    }

    /** Moves down to a height from the top of the page (the cover's title block). */
    void moveTo(float fromTop) {
        y = Math.min(y, PAGE.getHeight() - fromTop);
    }

    private boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    private void ensure(float height) {
        if (!fits(height) && pageUsed) {
            newPage();
        }
    }

    // ---------------------------------------------------------------- measuring

    /** The runs broken into lines no wider than {@code width} (see {@link LineBreaks}). */
    List<Line> lines(List<Run> runs, float width) {
        return lineBreaks.lines(fonts, runs, width);
    }

    float headingHeight(int level, List<Run> runs) {
        Style s = headingStyle(level);
        return s.before() + lines(runs, WIDTH).size() * s.leading() + s.after();
    }

    /** The height of the first lines of a paragraph (what a heading keeps with). */
    float paragraphStart(List<Run> runs, Style style, int lines) {
        return Math.min(lines, lines(runs, WIDTH).size()) * style.leading() + style.before();
    }

    /** The height of a table's header and first rows. */
    float tableStart(PdfTable table, int rows) {
        float[] widths = columnWidths(table);
        float h = headerHeight(table, widths);
        for (int i = 0; i < Math.min(rows, table.rows().size()); i++) {
            h += rowHeight(table, table.rows().get(i), widths);
        }
        return h + 6;
    }

    static Style headingStyle(int level) {
        return switch (level) {
            case 1 -> H1;
            case 2 -> H2;
            default -> H3;
        };
    }

    // ---------------------------------------------------------------- content

    /**
     * A heading H1-H3, with a bookmark for H1 and H2. {@code keep} is the height of what must follow on the same page.
     */
    void heading(int level, List<Run> runs, float keep) {
        Style s = headingStyle(level);
        List<Line> lines = lines(runs, WIDTH);
        float height = s.before() + lines.size() * s.leading() + s.after();
        ensure(height + keep);
        space(s.before());
        String title = plain(lines);
        if (level == 1) {
            sectionTitle = title;
            if (!pageUsed) {
                pageTitle = title;
            }
        }
        PdfName tag = level == 1 ? PdfName.H1 : level == 2 ? PdfName.H2 : PdfName.H3;
        float before = y;
        int beforePage = pageNumber();
        int page = drawLinesAcrossPages(new PdfStructureElement(section, tag), lines, s, LEFT);
        float top = page == beforePage ? before : TOP;
        if (level == 1 || level == 2) {
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, LEFT, top + 4, 0);
            if (level == 1 || chapter == null) {
                chapter = new PdfOutline(writer.getRootOutline(), dest, title, true);
            } else {
                new PdfOutline(chapter, dest, title, false);
            }
        }
        headings.add(new Placed(level, title, page));
        y -= s.after();
    }

    /** The cover's title lines: an H1 in a larger style, no bookmark of its own. */
    void coverHeading(int level, List<Run> runs) {
        Style s = level == 1 ? COVER_TITLE : COVER_SUBTITLE;
        List<Line> lines = lines(runs, WIDTH);
        space(s.before());
        drawLinesAcrossPages(new PdfStructureElement(section, level == 1 ? PdfName.H1 : PdfName.P), lines, s, LEFT);
        y -= s.after();
        if (level == 1) {
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, LEFT, PAGE.getHeight(), 0);
            new PdfOutline(writer.getRootOutline(), dest, plain(lines), true);
            headings.add(new Placed(0, plain(lines), pageNumber()));
        }
    }

    /** A paragraph; it may split between pages, keeping at least two lines on each. */
    void paragraph(List<Run> runs, Style style) {
        paragraph(runs, style, LEFT, WIDTH, PdfName.P, section);
    }

    private void paragraph(List<Run> runs, Style style, float x, float width, PdfName tag, PdfStructureElement parent) {
        List<Line> lines = lines(runs, width);
        if (lines.isEmpty()) {
            return;
        }
        space(style.before());
        PdfStructureElement element = new PdfStructureElement(parent, tag);
        int i = 0;
        while (i < lines.size()) {
            int fit = (int) Math.floor((y - BOTTOM) / style.leading());
            int left = lines.size() - i;
            if (fit < left) {
                // keep two lines together at the foot and at the head of a page
                fit = left - fit < 2 ? left - 2 : fit;
                if (fit < 2) {
                    if (pageUsed) {
                        newPage();
                        continue;
                    }
                    fit = Math.max(1, fit);
                }
            }
            int n = Math.min(left, fit);
            drawLines(element, lines.subList(i, i + n), style, x);
            i += n;
            if (i < lines.size()) {
                newPage();
            }
        }
        y -= style.after();
    }

    /** A bulleted list (L, LI, Lbl, LBody). */
    void bulletList(List<List<Run>> items, Style style) {
        float indent = 14;
        PdfStructureElement list = new PdfStructureElement(section, PdfName.L);
        list.put(PdfName.A, attributes(new PdfName("List"), new PdfName("ListNumbering"), new PdfName("Disc")));
        for (List<Run> item : items) {
            List<Line> lines = lines(item, WIDTH - indent);
            float first = Math.min(2, lines.size()) * style.leading();
            ensure(first);
            PdfStructureElement li = new PdfStructureElement(list, PdfName.LI);
            PdfStructureElement label = new PdfStructureElement(li, PdfName.LBL);
            float top = y;
            cb.beginMarkedContentSequence(label);
            showLine(List.of(style.run("\u2022")), LEFT + 3, baseline(top, style));
            cb.endMarkedContentSequence();
            paragraph(item, new Style(style.face(), style.size(), style.leading(), style.color(), 0, style.after()),
                    LEFT + indent, WIDTH - indent, PdfName.LBODY, li);
        }
        y -= 4;
    }

    /** A block of small notes (footnote texts), each a paragraph led by its marker. */
    void notes(List<List<Run>> notes) {
        if (notes.isEmpty()) {
            return;
        }
        ensure(NOTE.leading() * 2 + 8);
        space(4);
        rule(LEFT, LEFT + 120, y);
        y -= 5;
        for (List<Run> note : notes) {
            paragraph(note, NOTE);
        }
    }

    /** A table: header row tagged TH with column scope, row headers TH with row scope, rows kept whole. */
    void table(PdfTable table, List<List<Run>> notes) {
        float[] widths = columnWidths(table);
        ensure(tableStart(table, 2));
        space(2);
        PdfStructureElement element = new PdfStructureElement(section, PdfName.TABLE);
        drawHeader(table, widths, element);
        List<PdfTable.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            PdfTable.Row row = rows.get(i);
            float h = rowHeight(table, row, widths);
            // the last row never stands alone at the top of a page
            float needed = i == rows.size() - 2 ? h + rowHeight(table, rows.get(i + 1), widths) : h;
            if (!fits(needed) && i > 0) {
                newPage();
                drawHeader(table, widths, null);
            }
            drawRow(table, row, widths, h, element);
        }
        y -= 4;
        for (List<Run> note : notes) {
            paragraph(note, NOTE);
        }
        y -= 6;
    }

    /** A chart: a Figure with alternate text, drawn as vectors, followed by its data table. */
    void figure(PdfChart chart, List<List<Run>> tableNotes) {
        ensure(chart.height() + 8 + (chart.data() == null ? 0 : tableStart(chart.data(), 2)));
        ensure(chart.height() + 8);
        space(4);
        float x = LEFT + (WIDTH - chart.width()) / 2;
        float bottom = y - chart.height();
        PdfStructureElement figure = new PdfStructureElement(section, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(Fonts.printable(chart.alt()), PdfObject.TEXT_UNICODE));
        PdfDictionary layout = attributes(new PdfName("Layout"), new PdfName("Placement"), new PdfName("Block"));
        layout.put(PdfName.BBOX, new PdfArray(new float[] {x, bottom, x + chart.width(), y}));
        figure.put(PdfName.A, layout);
        cb.beginMarkedContentSequence(figure);
        cb.saveState();
        cb.concatCTM(1, 0, 0, 1, x, bottom);
        Graphics2D g = cb.createGraphics(chart.width(), chart.height(), fonts.mapper());
        try {
            chart.painter().accept(g);
        } finally {
            g.dispose();
        }
        cb.restoreState();
        cb.endMarkedContentSequence();
        pageUsed = true;
        y = bottom - 8;
        if (chart.data() != null) {
            table(chart.data(), tableNotes);
        }
    }

    /**
     * The contents: one entry per heading with its page, dot leaders as artifacts. A title too long for its line wraps;
     * the page number and the leaders stand on its last line.
     */
    void contents(List<Placed> entries) {
        PdfStructureElement toc = new PdfStructureElement(section, PdfName.TOC);
        for (Placed e : entries) {
            Style s = e.level() == 1 ? CONTENTS.face(Fonts.Face.SANS_BOLD) : CONTENTS;
            float indent = e.level() == 1 ? 0 : 16;
            String number = Integer.toString(e.page());
            Run page = s.run(number);
            float pageWidth = PdfText.width(fonts, page);
            List<Line> lines = lines(List.of(s.run(e.title())), WIDTH - indent - pageWidth - 24);
            PdfStructureElement item = new PdfStructureElement(toc, PdfName.TOCI);
            for (int i = 0; i < lines.size(); i++) {
                ensure(s.leading());
                boolean last = i == lines.size() - 1;
                float base = baseline(y, s);
                cb.beginMarkedContentSequence(item);
                showLine(lines.get(i).runs(), LEFT + indent, base);
                if (last) {
                    showLine(List.of(page), RIGHT - pageWidth, base);
                }
                cb.endMarkedContentSequence();
                if (last) {
                    float from = LEFT + indent + PdfText.width(fonts, lines.get(i).runs()) + 6;
                    float to = RIGHT - pageWidth - 6;
                    Run dot = new Run(".", Fonts.Face.SANS, s.size(), RULE, 0);
                    float dotWidth = PdfText.width(fonts, dot) + 2.5f;
                    artifact(() -> {
                        for (float dx = to - dotWidth; dx >= from; dx -= dotWidth) {
                            showLine(List.of(dot), dx, base);
                        }
                    });
                }
                pageUsed = true;
                y -= s.leading();
            }
        }
    }

    /** Closes the document: the last page's running header and footer, then OpenPDF's close. */
    void close() {
        finishPage();
        pages = writer.getPageNumber();
        document.close();
    }

    /** The number of pages, once closed. */
    int pages() {
        return pages;
    }

    // ---------------------------------------------------------------- drawing

    /**
     * Lines that are kept together when they fit (a heading), continued on the next page when they are taller than
     * what is left of this one, so that no line is drawn below the bottom margin. Returns the page of the first line.
     */
    private int drawLinesAcrossPages(PdfStructureElement element, List<Line> lines, Style style, float x) {
        int first = -1;
        int i = 0;
        while (i < lines.size()) {
            int fit = (int) Math.floor((y - BOTTOM) / style.leading());
            if (fit < 1) {
                newPage();
                fit = Math.max(1, (int) Math.floor((y - BOTTOM) / style.leading()));
            }
            first = first < 0 ? pageNumber() : first;
            int n = Math.min(fit, lines.size() - i);
            drawLines(element, lines.subList(i, i + n), style, x);
            i += n;
        }
        return first < 0 ? pageNumber() : first;
    }

    /** The text cut at a word (or a character) with an ellipsis so that it fits {@code max} points: one-line places. */
    private Run fitted(Run run, float max) {
        if (PdfText.width(fonts, run) <= max) {
            return run;
        }
        String text = run.text();
        int end = text.length();
        while (end > 0 && PdfText.width(fonts, run.with(text.substring(0, end).stripTrailing() + "…")) > max) {
            int space = text.lastIndexOf(' ', end - 1);
            end = space > end / 2 ? space : end - Math.max(1, (end - 1) / 8);
        }
        return run.with(text.substring(0, Math.max(0, end)).stripTrailing() + "…");
    }

    private void drawLines(PdfStructureElement element, List<Line> lines, Style style, float x) {
        cb.beginMarkedContentSequence(element);
        for (Line line : lines) {
            float base = baseline(y, style);
            showLine(line.runs(), x, base);
            y -= style.leading();
        }
        cb.endMarkedContentSequence();
        pageUsed = true;
    }

    private static float baseline(float top, Style style) {
        return top - style.leading() + (style.leading() - style.size()) / 2 + style.size() * 0.22f;
    }

    private void showLine(List<Run> runs, float x, float baseline) {
        cb.beginText();
        cb.setTextMatrix(x, baseline);
        for (Run r : runs) {
            cb.setFontAndSize(fonts.get(r.face()), r.size());
            cb.setColorFill(r.color());
            if (r.rise() != 0) {
                cb.setTextRise(r.rise());
            }
            cb.showText(r.text());
            if (r.rise() != 0) {
                cb.setTextRise(0);
            }
        }
        cb.endText();
    }

    private void artifact(Runnable drawing) {
        artifact(new PdfName("Layout"), null, drawing);
    }

    private void artifact(PdfName type, PdfName subtype, Runnable drawing) {
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.TYPE, type);
        if (subtype != null) {
            props.put(PdfName.SUBTYPE, subtype);
        }
        cb.beginMarkedContentSequence(ARTIFACT, props, true);
        drawing.run();
        cb.endMarkedContentSequence();
    }

    private void rule(float x1, float x2, float atY) {
        artifact(() -> {
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(x1, atY);
            cb.lineTo(x2, atY);
            cb.stroke();
        });
    }

    private void finishPage() {
        if (coverPage) {
            return;
        }
        int page = pageNumber();
        artifact(new PdfName("Pagination"), new PdfName("Header"), () -> {
            float base = PAGE.getHeight() - 44;
            // both on one line: when they do not fit, the left keeps at least 45% and the chapter title the rest
            Run title = RUNNING.run(pageTitle);
            Run left = fitted(RUNNING.run(runningHeader), Math.max(WIDTH * 0.45f,
                    WIDTH - PdfText.width(fonts, title) - 18));
            showLine(List.of(left), LEFT, base);
            title = fitted(title, WIDTH - PdfText.width(fonts, left) - 18);
            showLine(List.of(title), RIGHT - PdfText.width(fonts, title), base);
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(LEFT, base - 5);
            cb.lineTo(RIGHT, base - 5);
            cb.stroke();
        });
        artifact(new PdfName("Pagination"), new PdfName("Footer"), () -> {
            Run text = fitted(RUNNING.run(footer.apply(page)), WIDTH);
            showLine(List.of(text), LEFT + (WIDTH - PdfText.width(fonts, text)) / 2, 34);
        });
    }

    // ---------------------------------------------------------------- tables

    private static float[] columnWidths(PdfTable table) {
        float total = 0;
        for (PdfTable.Column c : table.columns()) {
            total += c.width();
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * table.columns().get(i).width() / total;
        }
        return widths;
    }

    private List<Line> cellLines(String text, Style style, float width) {
        return lines(List.of(style.run(text)), width - 2 * CELL_PAD);
    }

    private float headerHeight(PdfTable table, float[] widths) {
        int max = 1;
        for (int i = 0; i < widths.length; i++) {
            max = Math.max(max, cellLines(table.columns().get(i).header(), CELL.face(Fonts.Face.SANS_BOLD), widths[i])
                    .size());
        }
        return max * CELL.leading() + 2 * CELL_PAD;
    }

    private float rowHeight(PdfTable table, PdfTable.Row row, float[] widths) {
        float max = CELL.leading();
        for (int i = 0; i < widths.length; i++) {
            Style style = cellStyle(table, row, i);
            max = Math.max(max, cellLines(row.cells().get(i), style, widths[i]).size() * style.leading());
        }
        return max + 2 * CELL_PAD + (table.headline() ? 2 * CELL_PAD : 0);
    }

    private static Style cellStyle(PdfTable table, PdfTable.Row row, int column) {
        if (table.headline()) {
            return HEADLINE;
        }
        return row.total() ? CELL.face(Fonts.Face.SANS_BOLD) : CELL;
    }

    /** The header row: tagged the first time, an artifact when repeated on a following page. */
    private void drawHeader(PdfTable table, float[] widths, PdfStructureElement tableElement) {
        float h = headerHeight(table, widths);
        float top = y;
        artifact(() -> {
            cb.setColorFill(HEADER_FILL);
            cb.rectangle(LEFT, top - h, WIDTH, h);
            cb.fill();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.75f);
            cb.moveTo(LEFT, top - h);
            cb.lineTo(RIGHT, top - h);
            cb.stroke();
        });
        Style style = CELL.face(Fonts.Face.SANS_BOLD);
        PdfStructureElement tr = tableElement == null ? null : new PdfStructureElement(tableElement, ROW_TAG);
        float x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            PdfTable.Column column = table.columns().get(i);
            List<Line> lines = cellLines(column.header(), style, widths[i]);
            float cellX = x;
            float w = widths[i];
            Runnable draw = () -> drawCell(lines, style, cellX, w, top, column.align());
            if (tr == null) {
                artifact(new PdfName("Pagination"), null, draw);
            } else {
                PdfStructureElement th = new PdfStructureElement(tr, PdfName.TH);
                th.put(PdfName.A, attributes(PdfName.TABLE, SCOPE, new PdfName("Column")));
                cb.beginMarkedContentSequence(th);
                draw.run();
                cb.endMarkedContentSequence();
            }
            x += widths[i];
        }
        y = top - h;
        pageUsed = true;
    }

    private void drawRow(PdfTable table, PdfTable.Row row, float[] widths, float h, PdfStructureElement element) {
        float top = y;
        if (row.total() || table.headline()) {
            artifact(() -> {
                cb.setColorFill(TOTAL_FILL);
                cb.rectangle(LEFT, top - h, WIDTH, h);
                cb.fill();
            });
        }
        PdfStructureElement tr = new PdfStructureElement(element, ROW_TAG);
        float x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            String text = row.cells().get(i);
            boolean header = table.rowHeaders() && i == 0;
            PdfStructureElement cell = new PdfStructureElement(tr, header ? PdfName.TH : PdfName.TD);
            if (header) {
                cell.put(PdfName.A, attributes(PdfName.TABLE, SCOPE, new PdfName("Row")));
            }
            if (!text.isEmpty()) {
                Style style = cellStyle(table, row, i);
                List<Line> lines = cellLines(text, style, widths[i]);
                cb.beginMarkedContentSequence(cell);
                drawCell(lines, style, x, widths[i], top, table.columns().get(i).align());
                cb.endMarkedContentSequence();
            }
            x += widths[i];
        }
        rule(LEFT, RIGHT, top - h);
        y = top - h;
        pageUsed = true;
    }

    private void drawCell(List<Line> lines, Style style, float x, float width, float top, PdfTable.Align align) {
        float lineTop = top - CELL_PAD - (style == HEADLINE ? CELL_PAD : 0);
        for (Line line : lines) {
            float lx = switch (align) {
                case RIGHT -> x + width - CELL_PAD - line.width();
                case CENTRE -> x + (width - line.width()) / 2;
                default -> x + CELL_PAD;
            };
            showLine(line.runs(), lx, baseline(lineTop, style));
            lineTop -= style.leading();
        }
    }

    private static PdfDictionary attributes(PdfName owner, PdfName key, PdfName value) {
        PdfDictionary a = new PdfDictionary();
        a.put(PdfName.O, owner);
        a.put(key, value);
        return a;
    }

    private static String plain(List<Line> lines) {
        StringBuilder s = new StringBuilder();
        for (Line l : lines) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(l.plain());
        }
        return s.toString();
    }
}
