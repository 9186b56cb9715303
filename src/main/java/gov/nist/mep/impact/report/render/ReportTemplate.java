package gov.nist.mep.impact.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A report's wording and structure, read from a folder of section files ({@code NN-name.md}, in name order) at run time,
 * so that changing a sentence needs no rebuild. The format is described in {@code report-templates/README.md}.
 *
 * @param folder the folder name (used in error messages, e.g. {@code annual-report})
 * @param sections the section files in order
 * @param footnotes footnote texts by id, from every section
 * @param settings document settings ({@code [title: ..]}, {@code [header: ..]}, {@code [footer: ..]}) by name
 */
public record ReportTemplate(String folder, List<Section> sections, Map<String, Footnote> footnotes,
        Map<String, Directive> settings) {

    /** Section files: a number, a dash, a name, {@code .md}. Other files in the folder are not read. */
    static final Pattern SECTION_FILE = Pattern.compile("\\d+-[A-Za-z0-9_-]+\\.md");
    /** Directives that are settings of the whole document, each given once. */
    static final List<String> SETTINGS = List.of("title", "header", "footer", "subject");
    /** Directives that are blocks of a section. */
    static final List<String> BLOCKS = List.of("cover", "contents", "page-break", "table", "chart", "each", "end");

    /** One section file. {@code cover} when the file holds a {@code [cover]} directive. */
    public record Section(String file, boolean cover, List<Block> blocks) {
    }

    /** A block of a section. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Directive, Each {
    }

    /** Text with inline markup, from one place in a template. */
    public record Text(List<Span> spans, String file, int line) {
    }

    /** A piece of text: literal, a figure, or a footnote reference. */
    public sealed interface Span permits Literal, Figure, NoteRef {
    }

    /** Literal text, bold or not. */
    public record Literal(String text, boolean bold) implements Span {
    }

    /** A figure to format. */
    public record Figure(Placeholder placeholder, boolean bold) implements Span {
    }

    /** A footnote reference, {@code [^id]}. */
    public record NoteRef(String id) implements Span {
    }

    /** {@code #}, {@code ##}, {@code ###}. */
    public record Heading(int level, Text text) implements Block {
    }

    /** Consecutive non-blank lines. */
    public record Paragraph(Text text) implements Block {
    }

    /** Consecutive {@code - item} lines. */
    public record BulletList(List<Text> items) implements Block {
    }

    /** {@code [name]}, {@code [name: argument]} or {@code [name: argument | text]}. */
    public record Directive(String name, String argument, Text text, String file, int line) implements Block {
    }

    /** {@code [each: collection]} ... {@code [end]}: the body once per item of the collection. */
    public record Each(String collection, List<Block> body, String file, int line) implements Block {
    }

    /** {@code [^id]: text}. */
    public record Footnote(String id, Text text) {
    }

    /**
     * Reads every section file of {@code folder}.
     *
     * @throws TemplateException naming each file (and line) that cannot be read, one problem a line
     */
    public static ReportTemplate load(Path folder) {
        List<String> problems = new ArrayList<>();
        ReportTemplate template = read(folder, problems);
        if (!problems.isEmpty()) {
            throw new TemplateException(String.join("\n", problems));
        }
        return template;
    }

    /**
     * Reads every section file of {@code folder}, adding the problem of each file that cannot be read or parsed (the
     * first of each file: a parse stops at it) to {@code problems}. Returns the sections that could be read (all of
     * them when no problem was added), so that a check can go on with them; null when the folder has none.
     */
    public static ReportTemplate read(Path folder, List<String> problems) {
        String name = folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            problems.add(TemplateFiles.missing(name + "/").getMessage());
            return null;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> SECTION_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            problems.add(name + "/ has no section files (NN-name.md). Fix: restore them (the built-in report-templates"
                    + " have them)");
            return null;
        }
        int before = problems.size();
        List<Section> sections = new ArrayList<>();
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        Map<String, Directive> settings = new LinkedHashMap<>();
        for (Path file : files) {
            String label = name + "/" + file.getFileName();
            try {
                sections.add(ReportTemplateParser.parse(label, TemplateFiles.read(file, label), footnotes, settings));
            } catch (TemplateException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.size() == before && !settings.containsKey("title")) {
            problems.add(name + ": no [title: ...] directive (the document title shown in the title bar). Fix: add"
                    + " a line [title: ...] to the first section");
        }
        return new ReportTemplate(name, List.copyOf(sections), Map.copyOf(footnotes), Map.copyOf(settings));
    }
}
