package gov.nist.mep.impact.report.render;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    public static Path locate(Path templatesFolder, String reportFolder, String fileName, String reportName)
            throws NoSuchFileException {
        Path nested = templatesFolder.resolve(reportFolder).resolve(fileName);
        if (Files.isRegularFile(nested)) {
            return nested;
        }
        Path direct = templatesFolder.resolve(fileName);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        throw new NoSuchFileException(nested.toString(), direct.toString(),
                "the " + reportName + "'s Notes text is missing (looked in both places)");
    }

    /** Reads the file (UTF-8) and fills in the placeholders. */
    public static XlsxNotes read(Path file, Map<String, String> values) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (save it as UTF-8)", e);
        }
        return parse(file.toString(), lines, values);
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
                throw new IllegalArgumentException(source + ", line " + lineNumber + ": unknown placeholder {"
                        + m.group(1) + "}; known: " + values.keySet().stream().sorted().toList());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
