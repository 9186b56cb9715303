package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.support.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Notes sheet, read from a plain-text file the publications team edits (a small subset of Markdown):
 * {@code #}, {@code ##}, {@code ###} start a heading; {@code - } or {@code * } starts a list item (indented lines
 * continue it); other lines form paragraphs, ended by a blank line; {@code <!-- ... -->} is a comment for editors and
 * is left out. {@code {name}} is replaced by the value given for that name (an unknown name fails, naming the file and
 * the line, so a typo is never published).
 *
 * @param blocks the headings, paragraphs and items, in file order
 */
public record XlsxNotes(List<Block> blocks) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[-*]\\s+(.*)$");

    /** One block of text: a heading (level 1 to 6), a paragraph or a list item. */
    public record Block(Kind kind, int level, String text) {
    }

    /** The kinds of blocks. */
    public enum Kind {
        HEADING, PARAGRAPH, ITEM
    }

    public XlsxNotes {
        blocks = List.copyOf(blocks);
    }

    /**
     * Where a report's Notes text is: {@code <templates>/<reportFolder>/<fileName>}, or {@code <templates>/<fileName>}
     * when the templates folder given is the report's own folder.
     */
    public static Path locate(Path templatesFolder, String reportFolder, String fileName, String reportName) {
        Path nested = templatesFolder.resolve(reportFolder).resolve(fileName);
        if (Files.isRegularFile(nested)) {
            return nested;
        }
        Path direct = templatesFolder.resolve(fileName);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        throw TemplateFiles.missing(reportFolder + "/" + fileName + " (the " + reportName + "'s Notes text, looked for"
                + " as " + nested + " and " + direct + ")");
    }

    /**
     * Reads the file (UTF-8) and fills in the placeholders.
     *
     * @throws TemplateException naming the file (as {@code folder/file}) and line when it cannot be used
     */
    public static XlsxNotes read(Path file, Map<String, String> values) {
        String label = label(file);
        return parse(label, TemplateFiles.read(file, label).lines().toList(), values);
    }

    /** How messages name a Notes file: its folder and its name, {@code annual-report/xlsx-notes.md}. */
    public static String label(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/") + file.getFileName();
    }

    static XlsxNotes parse(String source, List<String> lines, Map<String, String> values) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder open = null;
        Kind openKind = null;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (inComment || line.strip().startsWith("<!--")) {
                inComment = !line.contains("-->");
                continue;
            }
            String text = fill(line, values, source, i + 1);
            Matcher heading = HEADING.matcher(text.strip());
            Matcher item = ITEM.matcher(text.strip());
            boolean continuation = !text.isBlank() && Character.isWhitespace(text.charAt(0)) && openKind == Kind.ITEM;
            if (text.isBlank()) {
                addOpen(blocks, openKind, open);
                open = null;
                openKind = null;
            } else if (heading.matches() && !continuation) {
                addOpen(blocks, openKind, open);
                open = null;
                openKind = null;
                blocks.add(new Block(Kind.HEADING, heading.group(1).length(), heading.group(2).strip()));
            } else if (item.matches() && !continuation) {
                addOpen(blocks, openKind, open);
                open = new StringBuilder(item.group(1).strip());
                openKind = Kind.ITEM;
            } else if (open == null) {
                open = new StringBuilder(text.strip());
                openKind = Kind.PARAGRAPH;
            } else {
                open.append(' ').append(text.strip());
            }
        }
        addOpen(blocks, openKind, open);
        return new XlsxNotes(blocks);
    }

    private static void addOpen(List<Block> blocks, Kind kind, StringBuilder text) {
        if (text != null) {
            blocks.add(new Block(kind, 0, text.toString()));
        }
    }

    private static String fill(String line, Map<String, String> values, String source, int lineNumber) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                String hint = Suggestions.didYouMean(m.group(1), values.keySet(), "{", "}");
                throw TemplateException.at(source, lineNumber, "unknown placeholder {" + m.group(1) + "}" + (hint.isEmpty()
                        ? " (known: " + String.join(", ", values.keySet().stream().sorted().toList()) + ")" : hint));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
