package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.report.render.PdfText.Line;
import gov.nist.mep.impact.report.render.PdfText.Run;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text runs broken into lines of a given width, kept for the documents of one rendering. A paragraph or table cell is
 * measured before it is drawn (to keep a heading with the start of what follows, to size a table's row before it is
 * placed), a report is laid out twice when it prints its page numbers, the district sheets are laid out once alone and
 * once in their combined PDF, and every sheet repeats the same labels: each break is computed once. A break depends
 * only on the runs, the width and the fonts (constants of the jar), so which document or thread computes it first does
 * not change a byte; it is safe to share between threads. Made per {@link ReportTemplatePdf} (shared by its passes) or
 * per set of documents rendered together, never a singleton: it holds text of the run's figures.
 */
public final class LineBreaks {

    private final Map<Key, List<Line>> breaks = new ConcurrentHashMap<>();

    List<Line> lines(Fonts fonts, List<Run> runs, float width) {
        return breaks.computeIfAbsent(new Key(List.copyOf(runs), width),
                k -> List.copyOf(PdfText.lines(fonts, k.runs(), k.width())));
    }

    private record Key(List<Run> runs, float width) {
    }
}
