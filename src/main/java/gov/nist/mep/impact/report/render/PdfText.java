package gov.nist.mep.impact.report.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Runs of styled text and the line breaking of a paragraph into lines of a given width. */
final class PdfText {

    /** A piece of text in one style; {@code rise} lifts it (footnote markers). */
    record Run(String text, Fonts.Face face, float size, Color color, float rise) {

        Run {
            text = Fonts.printable(text);
        }

        Run with(String other) {
            return new Run(other, face, size, color, rise);
        }

        boolean sameStyle(Run o) {
            return face == o.face && size == o.size && color.equals(o.color) && rise == o.rise;
        }
    }

    /** A line: its runs and its width in points. */
    record Line(List<Run> runs, float width) {

        String plain() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    private PdfText() {
    }

    static float width(Fonts fonts, Run run) {
        return fonts.get(run.face()).getWidthPoint(run.text(), run.size());
    }

    static float width(Fonts fonts, List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += width(fonts, r);
        }
        return w;
    }

    /** Breaks the runs into lines no wider than {@code max}, at spaces (a word longer than a line is cut). */
    static List<Line> lines(Fonts fonts, List<Run> runs, float max) {
        List<Word> words = words(runs);
        List<Line> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float lineWidth = 0;
        for (Word word : words) {
            float w = width(fonts, word.pieces);
            float space = line.isEmpty() || word.space == null ? 0 : width(fonts, word.space.with(" "));
            if (!line.isEmpty() && lineWidth + space + w > max) {
                lines.add(new Line(merge(line), lineWidth));
                line = new ArrayList<>();
                lineWidth = 0;
                space = 0;
            }
            if (line.isEmpty() && w > max) {
                for (List<Run> part : cut(fonts, word.pieces, max)) {
                    if (!line.isEmpty()) {
                        lines.add(new Line(merge(line), lineWidth));
                        line = new ArrayList<>();
                    }
                    line.addAll(part);
                    lineWidth = width(fonts, part);
                }
                continue;
            }
            if (space > 0) {
                line.add(word.space.with(" "));
            }
            line.addAll(word.pieces);
            lineWidth += space + w;
        }
        if (!line.isEmpty()) {
            lines.add(new Line(merge(line), lineWidth));
        }
        return lines;
    }

    /** A word: pieces without spaces, and the style of the space before it (null at the start). */
    private record Word(List<Run> pieces, Run space) {
    }

    private static List<Word> words(List<Run> runs) {
        List<Word> words = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        Run spaceBefore = null;
        Run pendingSpace = null;
        for (Run run : runs) {
            String[] parts = run.text().split(" ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    if (!current.isEmpty()) {
                        words.add(new Word(current, spaceBefore));
                        current = new ArrayList<>();
                        spaceBefore = null;
                    }
                    pendingSpace = run;
                }
                if (!parts[i].isEmpty()) {
                    if (current.isEmpty()) {
                        spaceBefore = words.isEmpty() ? null : pendingSpace;
                        pendingSpace = null;
                    }
                    current.add(run.with(parts[i]));
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(current, spaceBefore));
        }
        return words;
    }

    private static List<List<Run>> cut(Fonts fonts, List<Run> pieces, float max) {
        List<List<Run>> parts = new ArrayList<>();
        List<Run> part = new ArrayList<>();
        float w = 0;
        for (Run piece : pieces) {
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < piece.text().length(); i++) {
                String c = String.valueOf(piece.text().charAt(i));
                float cw = width(fonts, piece.with(c));
                if (w + cw > max && (w > 0)) {
                    if (!chunk.isEmpty()) {
                        part.add(piece.with(chunk.toString()));
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    chunk.setLength(0);
                    w = 0;
                }
                chunk.append(c);
                w += cw;
            }
            if (!chunk.isEmpty()) {
                part.add(piece.with(chunk.toString()));
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            Run first = runs.get(i);
            int end = i + 1;
            while (end < runs.size() && first.sameStyle(runs.get(end))) {
                end++;
            }
            if (end == i + 1) {
                out.add(first);
            } else {
                // one new run per span of the same style (appending run by run made a line's text again and again)
                StringBuilder text = new StringBuilder();
                runs.subList(i, end).forEach(r -> text.append(r.text()));
                out.add(first.with(text.toString()));
            }
            i = end;
        }
        return out;
    }
}
