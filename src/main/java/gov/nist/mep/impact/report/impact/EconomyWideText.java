package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.report.impact.StateFactSheetSummary.Piece;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences and labels of the economy-wide outputs that depend on the model's codes (which table year and why,
 * each assumption's name and source, what the data cannot support, the shock's client groups, the scenarios): the
 * economy-wide model gives codes and figures, and {@code impact-report/economy-wide-text.md} words them, one
 * {@code ## key} heading per sentence, so the publications team rewords them without a rebuild. Placeholders and
 * comments work as in section files; every key must be there, and every sentence is formatted once with empty figures
 * when the report starts, so a wrong placeholder fails before anything is written.
 */
final class EconomyWideText {

    static final String FILE = "economy-wide-text.md";
    static final List<String> SETTINGS = List.of("retained-sales-share", "federal-income-tax-rate",
            "household-spending-per-income-dollar", "table-year", "client-sales-as", "jobs-measure");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /** Every key the file must have. */
    static final Set<String> KEYS = keys();

    private final String file;
    private final Map<String, List<Piece>> sentences;

    private EconomyWideText(String file, Map<String, List<Piece>> sentences) {
        this.file = file;
        this.sentences = sentences;
    }

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String basis : List.of("fiscal-year", "latest", "earliest", "setting")) {
            keys.add("table-year." + basis);
        }
        for (String setting : SETTINGS) {
            keys.add("assumption." + setting + ".name");
            keys.add("assumption." + setting + ".source");
        }
        keys.add("assumption.set-by-setting");
        for (String value : List.of("client-sales-as.output", "client-sales-as.final-demand",
                "jobs-measure.full-and-part-time", "jobs-measure.full-time-equivalents", "jobs-measure.persons-engaged",
                "household-spending.pce-gdp", "household-spending.pce-disposable-income", "household-spending.one")) {
            keys.add("value." + value);
        }
        for (String code : List.of("appropriation", "personal-income", "state-multipliers",
                "scenario-estimated", "scenario-lower", "scenario-upper")) {
            keys.add("not-available." + code);
        }
        for (String scenario : List.of("reported", "estimated", "lower", "upper")) {
            keys.add("scenario." + scenario);
        }
        for (String kind : List.of("industry", "naics", "unclassified", "other")) {
            keys.add("group." + kind);
        }
        keys.add("group.withheld-in-other");
        keys.add("benchmark.published");
        keys.add("benchmark.model");
        return Set.copyOf(keys);
    }

    /**
     * Reads {@code economy-wide-text.md} from the templates folder's {@code impact-report/}, or from the folder itself
     * when it is the impact report's folder (as the workbook's notes are found).
     */
    static EconomyWideText locate(Path templatesFolder) {
        Path nested = templatesFolder.resolve(ImpactReportPdf.TEMPLATES);
        return load(Files.isRegularFile(nested.resolve(FILE)) || !Files.isRegularFile(templatesFolder.resolve(FILE))
                ? nested : templatesFolder);
    }

    /** Reads {@code economy-wide-text.md} of the impact report's template folder. */
    static EconomyWideText load(Path reportFolder) {
        Path path = reportFolder.resolve(FILE);
        String label = reportFolder.getFileName() + "/" + FILE;
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TemplateException(label + " does not exist (the economy-wide chapter's sentences)");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TemplateException(label + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = COMMENT.matcher(content).replaceAll(m -> "\n".repeat((int) m.group().chars()
                .filter(c -> c == '\n').count()));
        Map<String, List<Piece>> sentences = new LinkedHashMap<>();
        List<Piece> pieces = null;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                String key = line.substring(3).strip();
                if (!KEYS.contains(key)) {
                    throw TemplateException.at(label, i + 1, "unknown sentence '## " + key + "'"
                            + " (README: report-templates/README.md lists the keys)");
                }
                if (sentences.containsKey(key)) {
                    throw TemplateException.at(label, i + 1, "'## " + key + "' appears twice");
                }
                pieces = new ArrayList<>();
                sentences.put(key, pieces);
            } else if (!line.isEmpty()) {
                if (pieces == null) {
                    throw TemplateException.at(label, i + 1, "text before the first '## key' heading");
                }
                if (!pieces.isEmpty()) {
                    pieces.add(new Piece(" ", null));
                }
                StateFactSheetSummary.parse(line, label, i + 1, pieces);
            }
        }
        for (String key : KEYS.stream().sorted().toList()) {
            if (!sentences.containsKey(key)) {
                throw new TemplateException(label + ": no '## " + key + "' sentence");
            }
        }
        return new EconomyWideText(label, Map.copyOf(sentences));
    }

    /**
     * Every sentence empty: a stand-in when the file cannot be read, so that the check of the report's sections still
     * runs (the file's own problem is reported by itself).
     */
    static EconomyWideText blank() {
        Map<String, List<Piece>> sentences = new LinkedHashMap<>();
        KEYS.forEach(k -> sentences.put(k, List.of()));
        return new EconomyWideText(FILE, Map.copyOf(sentences));
    }

    /** The sentence of {@code key} with these figures. */
    String format(String key, PlaceholderValues figures) {
        List<Piece> pieces = sentences.get(key);
        if (pieces == null) {
            throw new TemplateException(file + ": no '## " + key + "' sentence");
        }
        StringBuilder s = new StringBuilder();
        for (Piece p : pieces) {
            s.append(p.placeholder() == null ? p.text() : figures.format(p.placeholder()));
        }
        return s.toString();
    }
}
