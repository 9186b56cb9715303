package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.report.render.Placeholder;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.TemplateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-language summary of a fact sheet, from {@code state-fact-sheet/summary.md}: two variants, under the lines
 * {@code ## published} and {@code ## suppressed}. The suppressed variant is used for a state whose impacts are withheld
 * and is given no impact figures, so it cannot state them. Placeholders and comments work as in section files.
 */
record StateFactSheetSummary(String file, Map<String, List<Piece>> variants) {

    static final String FILE = "summary.md";
    static final String PUBLISHED = "published";
    static final String SUPPRESSED = "suppressed";
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("(?s)<!--.*?-->");

    /** Literal text, or a placeholder. */
    record Piece(String text, Placeholder placeholder) {
    }

    static StateFactSheetSummary load(Path folder) {
        Path path = folder.resolve(FILE);
        String label = folder.getFileName() + "/" + FILE;
        String content = TemplateFiles.read(path, label);
        content = COMMENT.matcher(content).replaceAll(m -> "\n".repeat((int) m.group().chars()
                .filter(c -> c == '\n').count()));
        Map<String, List<Piece>> variants = new LinkedHashMap<>();
        String current = null;
        List<Piece> pieces = null;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                current = line.substring(3).strip();
                if (!current.equals(PUBLISHED) && !current.equals(SUPPRESSED)) {
                    throw TemplateException.at(label, i + 1, "unknown variant '## " + current + "'. Fix: use '## "
                            + PUBLISHED + "' or '## " + SUPPRESSED + "'");
                }
                pieces = new ArrayList<>();
                variants.put(current, pieces);
            } else if (!line.isEmpty()) {
                if (pieces == null) {
                    throw TemplateException.at(label, i + 1, "text before '## " + PUBLISHED + "'");
                }
                if (!pieces.isEmpty()) {
                    pieces.add(new Piece(" ", null));
                }
                parse(line, label, i + 1, pieces);
            }
        }
        for (String needed : List.of(PUBLISHED, SUPPRESSED)) {
            if (!variants.containsKey(needed)) {
                throw new TemplateException(label + ": no '## " + needed + "' variant. Fix: add a line '## " + needed
                        + "' and the sentences for that case under it");
            }
        }
        return new StateFactSheetSummary(label, Map.copyOf(variants));
    }

    /** Splits one line of text into literal pieces and placeholders (also the economy-wide chapter's sentences). */
    static void parse(String line, String file, int number, List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                text.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '{') {
                int end = line.indexOf('}', i);
                if (end < 0) {
                    throw TemplateException.at(file, number, "unclosed placeholder " + line.substring(i));
                }
                if (text.length() > 0) {
                    pieces.add(new Piece(text.toString(), null));
                    text.setLength(0);
                }
                pieces.add(new Piece(null, Placeholder.parse(line.substring(i + 1, end), file, number)));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            pieces.add(new Piece(text.toString(), null));
        }
    }

    /** The variant's text with the figures given. */
    String format(boolean suppressed, PlaceholderValues figures) {
        StringBuilder s = new StringBuilder();
        for (Piece p : variants.get(suppressed ? SUPPRESSED : PUBLISHED)) {
            s.append(p.placeholder() == null ? p.text() : figures.format(p.placeholder()));
        }
        return s.toString();
    }
}
