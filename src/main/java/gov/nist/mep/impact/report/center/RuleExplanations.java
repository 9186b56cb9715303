package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.TemplateFiles;
import gov.nist.mep.impact.support.Abridged;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each record rule means, in words a center can act on: {@code center-report/rules.md} in the templates folder,
 * one {@code rule-code: explanation} per line (lines starting with {@code #} or {@code <!--} and blank lines are
 * skipped), read at every run so the program office can reword it.
 */
final class RuleExplanations {

    static final String FILE = "rules.md";
    private static final Logger log = LoggerFactory.getLogger(RuleExplanations.class);

    private final Path file;
    private final Map<String, String> byRule;

    private RuleExplanations(Path file, Map<String, String> byRule) {
        this.file = file;
        this.byRule = byRule;
    }

    /** Reads the file; a missing, unreadable or malformed file fails naming it and the line. */
    static RuleExplanations read(Path templatesFolder) {
        Path file = templatesFolder.resolve(CenterScorecardXlsx.FOLDER).resolve(FILE);
        String label = CenterScorecardXlsx.FOLDER + "/" + FILE;
        List<String> lines = TemplateFiles.read(file, label).lines().toList();
        Map<String, String> byRule = new LinkedHashMap<>();
        boolean comment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (comment || line.startsWith("<!--")) {
                comment = !line.contains("-->");
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw TemplateException.at(label, i + 1, "expected 'rule-code: explanation', not '"
                        + Abridged.value(line) + "'. Fix: write the rule's code, a colon and its explanation");
            }
            byRule.put(line.substring(0, colon).strip().replace("`", ""), line.substring(colon + 1).strip());
        }
        return new RuleExplanations(file, byRule);
    }

    /** The rule in words; a rule the file does not explain is named as such (and logged), never left blank. */
    String explain(String rule) {
        String text = byRule.get(rule);
        if (text == null) {
            log.warn("{} does not explain rule '{}'", file, rule);
            return "Rule '" + rule + "': see the message.";
        }
        return text;
    }
}
