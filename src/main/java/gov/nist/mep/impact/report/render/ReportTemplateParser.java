package gov.nist.mep.impact.report.render;

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
import gov.nist.mep.impact.support.Abridged;
import gov.nist.mep.impact.support.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one section file into blocks; line numbers are 1-based lines of the file as written. */
final class ReportTemplateParser {

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.+)");
    private static final Pattern DIRECTIVE = Pattern.compile("\\[([a-z][a-z-]*)(?::\\s*([^|\\]]*?)\\s*(?:\\|\\s*(.*?))?)?\\s*]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([A-Za-z0-9_-]+)]:\\s*(.*)");
    private static final Pattern NOTE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    /** The start of what can only be meant as a directive: {@code [name:}, {@code [name]} or {@code [name} alone. */
    private static final Pattern DIRECTIVE_START = Pattern.compile("\\[([a-z][a-z-]*)(?=[:\\]]|$)");

    private final String file;
    private final Map<String, Footnote> footnotes;
    private final Map<String, Directive> settings;
    private final Deque<List<Block>> open = new ArrayDeque<>();
    private final Deque<Directive> openEach = new ArrayDeque<>();
    private boolean cover;

    private StringBuilder paragraph;
    private int paragraphLine;
    private List<StringBuilder> items;
    private List<Integer> itemLines;
    private String footnoteId;
    private StringBuilder footnote;
    private int footnoteLine;

    private ReportTemplateParser(String file, Map<String, Footnote> footnotes, Map<String, Directive> settings) {
        this.file = file;
        this.footnotes = footnotes;
        this.settings = settings;
        open.push(new ArrayList<>());
    }

    static Section parse(String file, String content, Map<String, Footnote> footnotes, Map<String, Directive> settings) {
        ReportTemplateParser p = new ReportTemplateParser(file, footnotes, settings);
        String[] lines = stripComments(file, content.startsWith("\uFEFF") ? content.substring(1) : content)
                .split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            p.line(lines[i], i + 1);
        }
        p.flush();
        if (!p.openEach.isEmpty()) {
            Directive d = p.openEach.peek();
            throw TemplateException.at(file, d.line(), "[each: " + d.argument() + "] has no [end]. Fix: add a line"
                    + " [end] where the repeated blocks end");
        }
        return new Section(file, p.cover, List.copyOf(p.open.pop()));
    }

    /** Blanks out {@code <!-- ... -->} comments, keeping line breaks so that line numbers stay right. */
    private static String stripComments(String file, String content) {
        StringBuilder out = new StringBuilder(content.length());
        int i = 0;
        while (i < content.length()) {
            int start = content.indexOf("<!--", i);
            if (start < 0) {
                out.append(content, i, content.length());
                break;
            }
            int end = content.indexOf("-->", start + 4);
            if (end < 0) {
                int line = (int) content.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
                throw TemplateException.at(file, line, "comment <!-- is never closed with -->");
            }
            out.append(content, i, start);
            content.substring(start, end + 3).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            i = end + 3;
        }
        return out.toString();
    }

    private void line(String raw, int number) {
        String line = raw.strip();
        if (line.isEmpty()) {
            flush();
            return;
        }
        Matcher footnoteMatch = FOOTNOTE.matcher(line);
        if (footnoteMatch.matches()) {
            flush();
            footnoteId = footnoteMatch.group(1);
            footnote = new StringBuilder(footnoteMatch.group(2));
            footnoteLine = number;
            return;
        }
        if (footnote != null) {
            footnote.append(' ').append(line);
            return;
        }
        Matcher directive = DIRECTIVE.matcher(line);
        if (directive.matches()) {
            flush();
            directive(directive.group(1), directive.group(2), directive.group(3), number);
            return;
        }
        if (DIRECTIVE_START.matcher(line).lookingAt()) {
            // a directive that is not closed, or has text after it, would otherwise be printed as it is written
            if (line.indexOf(']') < 0) {
                throw TemplateException.at(file, number, Abridged.value(line) + " is not closed. Fix: end the"
                        + " directive with ] on the same line, e.g. [table: name]");
            }
            throw TemplateException.at(file, number, "a directive must stand alone on its line: '"
                    + Abridged.value(line) + "'. Fix: put the text after ] on a line of its own (write \\[ for a"
                    + " literal bracket)");
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            flush();
            add(new Heading(heading.group(1).length(), inline(heading.group(2), number)));
            return;
        }
        if (line.startsWith("- ") || line.equals("-")) {
            flushParagraph();
            if (items == null) {
                items = new ArrayList<>();
                itemLines = new ArrayList<>();
            }
            items.add(new StringBuilder(line.substring(1).strip()));
            itemLines.add(number);
            return;
        }
        if (items != null) {
            items.get(items.size() - 1).append(' ').append(line);
            return;
        }
        if (paragraph == null) {
            paragraph = new StringBuilder(line);
            paragraphLine = number;
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private void directive(String name, String argument, String text, int line) {
        if (!ReportTemplate.SETTINGS.contains(name) && !ReportTemplate.BLOCKS.contains(name)) {
            List<String> known = new ArrayList<>(ReportTemplate.SETTINGS);
            known.addAll(ReportTemplate.BLOCKS);
            String hint = Suggestions.didYouMean(name, known, "[", "]");
            throw TemplateException.at(file, line, "unknown directive [" + name + "]" + (hint.isEmpty()
                    ? " (known: " + String.join(", ", known) + ")" : hint));
        }
        String arg = argument == null ? "" : argument.strip();
        boolean needsArgument = List.of("table", "chart", "each").contains(name) || ReportTemplate.SETTINGS.contains(name);
        if (needsArgument && arg.isEmpty()) {
            throw TemplateException.at(file, line, "[" + name + "] needs an argument: [" + name + ": ...]");
        }
        Text attached = text == null ? null : inline(text, line);
        if (ReportTemplate.SETTINGS.contains(name)) {
            // a setting's argument is itself text with figures: [title: Annual Report, FY{fiscalYear:year}]
            String whole = text == null ? arg : arg + " | " + text;
            Directive setting = new Directive(name, whole, inline(whole, line), file, line);
            Directive before = settings.putIfAbsent(name, setting);
            if (before != null) {
                throw TemplateException.at(file, line, "[" + name + "] is already set in " + before.file() + " line "
                        + before.line());
            }
            return;
        }
        switch (name) {
            case "cover" -> cover = true;
            case "each" -> {
                Directive each = new Directive(name, arg, attached, file, line);
                openEach.push(each);
                open.push(new ArrayList<>());
            }
            case "end" -> {
                if (openEach.isEmpty()) {
                    throw TemplateException.at(file, line, "[end] without [each: ...]");
                }
                Directive each = openEach.pop();
                List<Block> body = open.pop();
                add(new Each(each.argument(), List.copyOf(body), file, each.line()));
            }
            default -> add(new Directive(name, arg, attached, file, line));
        }
    }

    private void add(Block block) {
        open.peek().add(block);
    }

    private void flush() {
        flushParagraph();
        if (items != null) {
            List<Text> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                texts.add(inline(items.get(i).toString(), itemLines.get(i)));
            }
            add(new BulletList(List.copyOf(texts)));
            items = null;
            itemLines = null;
        }
        if (footnote != null) {
            Footnote note = new Footnote(footnoteId, inline(footnote.toString(), footnoteLine));
            Footnote before = footnotes.putIfAbsent(footnoteId, note);
            if (before != null) {
                throw TemplateException.at(file, footnoteLine, "footnote [^" + footnoteId + "] is already defined in "
                        + before.text().file() + " line " + before.text().line());
            }
            footnote = null;
        }
    }

    private void flushParagraph() {
        if (paragraph != null) {
            add(new Paragraph(inline(paragraph.toString(), paragraphLine)));
            paragraph = null;
        }
    }

    /** Splits text into literal runs, figures and footnote references; {@code **} toggles bold. */
    Text inline(String text, int line) {
        List<Span> spans = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean bold = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "{}*[]\\".indexOf(text.charAt(i + 1)) >= 0) {
                literal.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '*' && text.startsWith("**", i)) {
                flushLiteral(spans, literal, bold);
                bold = !bold;
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw TemplateException.at(file, line, "placeholder starting at \"" + excerpt(text, i)
                            + "\" has no closing }");
                }
                flushLiteral(spans, literal, bold);
                spans.add(new Figure(Placeholder.parse(text.substring(i + 1, close), file, line), bold));
                i = close + 1;
            } else if (c == '}') {
                throw TemplateException.at(file, line, "} without { at \"" + excerpt(text, i) + "\" (write \\} for a "
                        + "literal brace)");
            } else if (c == '[' && text.startsWith("[^", i)) {
                int close = text.indexOf(']', i);
                String id = close < 0 ? "" : text.substring(i + 2, close);
                if (!NOTE_ID.matcher(id).matches()) {
                    throw TemplateException.at(file, line, "footnote reference at \"" + excerpt(text, i)
                            + "\" is not of the form [^id]");
                }
                flushLiteral(spans, literal, bold);
                spans.add(new NoteRef(id));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (bold) {
            throw TemplateException.at(file, line, "** opens bold text that is never closed");
        }
        flushLiteral(spans, literal, false);
        return new Text(List.copyOf(spans), file, line);
    }

    private static void flushLiteral(List<Span> spans, StringBuilder literal, boolean bold) {
        if (!literal.isEmpty()) {
            spans.add(new Literal(literal.toString(), bold));
            literal.setLength(0);
        }
    }

    private static String excerpt(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 30));
    }
}
