package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.report.render.ReportTemplate.Block;
import gov.nist.mep.impact.report.render.ReportTemplate.BulletList;
import gov.nist.mep.impact.report.render.ReportTemplate.Directive;
import gov.nist.mep.impact.report.render.ReportTemplate.Each;
import gov.nist.mep.impact.report.render.ReportTemplate.Figure;
import gov.nist.mep.impact.report.render.ReportTemplate.Footnote;
import gov.nist.mep.impact.report.render.ReportTemplate.Heading;
import gov.nist.mep.impact.report.render.ReportTemplate.NoteRef;
import gov.nist.mep.impact.report.render.ReportTemplate.Paragraph;
import gov.nist.mep.impact.report.render.ReportTemplate.Section;
import gov.nist.mep.impact.report.render.ReportTemplate.Span;
import gov.nist.mep.impact.report.render.ReportTemplate.Text;
import gov.nist.mep.impact.support.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a report's template against what the report offers, without drawing anything: every figure a placeholder
 * names (and the kind it asks for), every table, chart and collection a directive names, every footnote referred to
 * or that the report's tables need. The names are known without data, so this runs with an empty model when a job
 * starts, and again before a report is drawn. Each problem is one line naming the file, the line and the fix.
 */
public final class TemplateCheck {

    private final ReportTemplate template;
    private final ReportTemplateContent content;
    private final boolean complete;
    private final Set<String> problems = new LinkedHashSet<>();

    private TemplateCheck(ReportTemplate template, ReportTemplateContent content, boolean complete) {
        this.template = template;
        this.content = content;
        this.complete = complete;
    }

    /** Every problem of the template for this content, one line each; empty when it can be drawn. */
    public static List<String> problems(ReportTemplate template, ReportTemplateContent content) {
        return problems(template, content, true);
    }

    /**
     * The same, for a template some of whose files could not be read ({@code complete} false): their footnotes are
     * unknown, so footnotes are not checked; everything else of the files that were read is.
     */
    public static List<String> problems(ReportTemplate template, ReportTemplateContent content, boolean complete) {
        TemplateCheck check = new TemplateCheck(template, content, complete);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        for (String note : complete ? content.footnotesNeeded() : Set.<String>of()) {
            if (!template.footnotes().containsKey(note)) {
                problems.add(template.folder() + ": the report needs footnote [^" + note + "] (its tables refer to"
                        + " it), but no section defines it. Fix: add a line [^" + note + "]: ... to a section");
            }
        }
        PlaceholderValues figures = content.figures();
        PlaceholderValues pageFigures = figures.with(new PlaceholderValues().count("page", 1).count("pages", 1));
        for (Directive setting : template.settings().values()) {
            text(setting.text(), pageFigures);
        }
        for (Footnote note : template.footnotes().values()) {
            text(note.text(), figures);
        }
        for (Section section : template.sections()) {
            blocks(section.blocks(), figures);
        }
    }

    private void blocks(List<Block> blocks, PlaceholderValues figures) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                text(h.text(), figures);
            } else if (block instanceof Paragraph p) {
                text(p.text(), figures);
            } else if (block instanceof BulletList l) {
                l.items().forEach(t -> text(t, figures));
            } else if (block instanceof Directive d && d.name().equals("table")) {
                named(d, "table", content.tables());
            } else if (block instanceof Directive d && d.name().equals("chart")) {
                named(d, "chart", content.charts());
                if (d.text() != null) {
                    text(d.text(), figures);
                }
            } else if (block instanceof Each e) {
                if (!content.collections().contains(e.collection())) {
                    problems.add(TemplateException.at(e.file(), e.line(), "unknown collection [each: "
                            + e.collection() + "]" + hint(e.collection(), content.collections(), "each")).getMessage());
                    continue;
                }
                PlaceholderValues item = content.collection(e.collection()).map(PlaceholderCollection::prototype)
                        .orElseGet(PlaceholderValues::new);
                blocks(e.body(), figures.with(item));
            }
        }
    }

    private void named(Directive d, String kind, Set<String> known) {
        if (!known.contains(d.argument())) {
            problems.add(TemplateException.at(d.file(), d.line(), "unknown " + kind + " [" + kind + ": "
                    + d.argument() + "]" + hint(d.argument(), known, kind)).getMessage());
        }
    }

    private static String hint(String wrong, Set<String> known, String kind) {
        String hint = Suggestions.didYouMean(wrong, known, "[" + kind + ": ", "]");
        if (!hint.isEmpty() || known.isEmpty()) {
            return hint;
        }
        List<String> all = new ArrayList<>(known);
        java.util.Collections.sort(all);
        return " (the report has: " + String.join(", ", all) + ")";
    }

    private void text(Text text, PlaceholderValues figures) {
        for (Span span : text.spans()) {
            if (span instanceof Figure f) {
                try {
                    figures.format(f.placeholder());
                } catch (TemplateException e) {
                    problems.add(e.getMessage());
                }
            } else if (span instanceof NoteRef n && complete && !template.footnotes().containsKey(n.id())) {
                problems.add(TemplateException.at(text.file(), text.line(), "footnote [^" + n.id()
                        + "] is not defined. Fix: add a line [^" + n.id() + "]: ... to a section").getMessage());
            }
        }
    }
}
