package gov.nist.mep.impact.disclosure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every output of a job's output folder read back as a reader meets it, for the disclosure tests: the tables of every
 * PDF page (from the tagged structure: header cells, rows of cells placed under their column by position) with the
 * text around them and the text drawn in figures, every sheet of every workbook (header row and rows of cells, numbers
 * as numbers), every CSV file and every JSON file. Knows nothing of the production code.
 */
final class OutputWalk {

    /** One cell: its text as shown, and its number when a workbook cell holds one. */
    record Cell(String text, Double number) {
        boolean blank() {
            return number == null && text.isBlank();
        }
    }

    /**
     * A table: where it is ({@code file}, sheet or page), the fiscal year of its file, the heading above it (the
     * document's last first-level heading, which names a center or a state in the per-center and per-state
     * documents), the header cells and the rows, each row's cells placed under the header's columns (a blank cell when
     * the row has none there).
     */
    record Table(String file, String where, int fiscalYear, String heading, List<String> header,
            List<List<Cell>> rows) {

        String describe(int row, int column) {
            return file + " " + where + (heading == null ? "" : " (" + heading + ")") + ", row " + (row + 1)
                    + " '" + rows.get(row).get(0).text() + "', column '" + (column < header.size() ? header.get(column)
                    : "#" + column) + "'";
        }
    }

    /** Free text: a paragraph, heading or list item of a PDF, or the text drawn in a figure (chart). */
    record Text(String file, String where, int fiscalYear, String heading, String kind, String text) {
    }

    final List<Table> tables = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    /** Every JSON file by its path relative to the folder. */
    final java.util.Map<String, JsonNode> json = new java.util.TreeMap<>();
    /** Every file read, relative to the folder. */
    final List<String> files = new ArrayList<>();

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");

    private OutputWalk() {
    }

    /** Every output of the folder and its sub-folders (the history of replaced outputs and work folders left out). */
    static OutputWalk of(Path folder) {
        OutputWalk walk = new OutputWalk();
        List<Path> paths;
        // the output folder's names are links into the current published generation (under the hidden .mep-publish/)
        try (Stream<Path> all = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            paths = all.filter(Files::isRegularFile).filter(p -> {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                return !rel.startsWith("history/") && !rel.startsWith(".") && !rel.contains("/.");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : paths) {
            String rel = folder.relativize(p).toString().replace('\\', '/');
            walk.files.add(rel);
            Matcher m = YEAR.matcher(rel);
            int year = m.find() ? Integer.parseInt(m.group(1)) : 0;
            try {
                if (rel.endsWith(".pdf")) {
                    walk.readPdf(Files.readAllBytes(p), rel, year);
                } else if (rel.endsWith(".xlsx")) {
                    walk.readXlsx(Files.readAllBytes(p), rel, year);
                } else if (rel.endsWith(".csv")) {
                    walk.readCsv(Files.readString(p, StandardCharsets.UTF_8), rel, year);
                } else if (rel.endsWith(".json")) {
                    walk.json.put(rel, JSON.readTree(p.toFile()));
                    walk.texts.add(new Text(rel, "", year, null, "json", Files.readString(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(rel, e);
            }
        }
        return walk;
    }

    // ------------------------------------------------------------------ workbooks

    private void readXlsx(byte[] bytes, String file, int year) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.US);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                List<String> header = new ArrayList<>();
                List<List<Cell>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Cell> cells = new ArrayList<>();
                    int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                    for (int c = 0; c < Math.max(last, header.size()); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
                        if (cell == null || cell.getCellType() == CellType.BLANK) {
                            cells.add(new Cell("", null));
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            cells.add(new Cell(shown.formatCellValue(cell), cell.getNumericCellValue()));
                        } else {
                            cells.add(new Cell(shown.formatCellValue(cell), null));
                        }
                    }
                    if (r == 0) {
                        cells.forEach(c -> header.add(c.text()));
                    } else {
                        rows.add(cells);
                    }
                }
                tables.add(new Table(file, "sheet '" + sheet.getSheetName() + "'", year, null, List.copyOf(header),
                        rows));
            }
        }
    }

    // ------------------------------------------------------------------ CSV files

    private void readCsv(String text, String file, int year) {
        List<ExtractGroups.Csv.Row> rows = ExtractGroups.Csv.parse(text);
        if (rows.isEmpty()) {
            return;
        }
        List<List<Cell>> body = new ArrayList<>();
        for (ExtractGroups.Csv.Row r : rows.subList(1, rows.size())) {
            body.add(r.fields().stream().map(f -> new Cell(f, null)).toList());
        }
        tables.add(new Table(file, "", year, null, rows.get(0).fields(), body));
    }

    // ------------------------------------------------------------------ PDF files

    /** A word of a page: its text and where it is (percent of the page from the left and from the bottom). */
    private record Word(String text, double left, double right, double bottom) {
    }

    /** A tagged block of a page: its tag (th, td, p, h1, figure, ...) and its words. */
    private record Block(String tag, List<Word> words) {
        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        double left() {
            return words.stream().mapToDouble(Word::left).min().orElse(0);
        }

        double right() {
            return words.stream().mapToDouble(Word::right).max().orElse(0);
        }

        double top() {
            return words.stream().mapToDouble(Word::bottom).max().orElse(0);
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
    private static final Pattern WORD = Pattern.compile("<span class=\"t-word\" style=\"bottom: (-?[0-9.]+)%; left: "
            + "(-?[0-9.]+)%; width: ([0-9.]+)%;[^\"]*\"[^>]*>([^<]*)</span>");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("th", "td", "p", "h1", "h2", "h3", "h4",
            "lbody", "lbl", "figure", "toci", "caption");

    private void readPdf(byte[] bytes, String file, int year) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader, true);
            String heading = null;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                List<Block> blocks = blocks(extractor.getTextFromPage(page, true));
                List<Block> cells = new ArrayList<>();
                for (Block b : blocks) {
                    boolean cell = b.tag().equals("th") || b.tag().equals("td");
                    if (!cell && !cells.isEmpty()) {
                        table(cells, file, page, year, heading);
                        cells.clear();
                    }
                    if (cell) {
                        cells.add(b);
                        continue;
                    }
                    if (b.tag().equals("h1")) {
                        heading = unescape(b.text());
                    }
                    texts.add(new Text(file, "page " + page, year, heading, b.tag(), unescape(b.text())));
                }
                if (!cells.isEmpty()) {
                    table(cells, file, page, year, heading);
                }
            }
        } finally {
            reader.close();
        }
    }

    private static List<Block> blocks(String markup) {
        List<Block> blocks = new ArrayList<>();
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        List<Word> words = new ArrayList<>();
        Matcher tag = TAG.matcher(markup);
        int at = 0;
        while (tag.find(at)) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("span")) {
                Matcher w = WORD.matcher(markup);
                w.region(tag.start(), markup.length());
                if (w.lookingAt()) {
                    double left = Double.parseDouble(w.group(2));
                    words.add(new Word(w.group(4).strip(), left, left + Double.parseDouble(w.group(3)),
                            Double.parseDouble(w.group(1))));
                    at = w.end();
                    continue;
                }
            } else if (BLOCKS.contains(name)) {
                if (tag.group(1).isEmpty()) {
                    if (!open.isEmpty() && !words.isEmpty()) {
                        blocks.add(new Block(open.peek(), List.copyOf(words)));
                    }
                    words.clear();
                    open.push(name);
                } else {
                    if (!open.isEmpty()) {
                        String closed = open.pop();
                        if (!words.isEmpty()) {
                            blocks.add(new Block(closed, List.copyOf(words)));
                        }
                    }
                    words.clear();
                }
            }
            at = tag.end();
        }
        return blocks.stream().filter(b -> !b.words().isEmpty()).toList();
    }

    /**
     * A PDF table from its cells in reading order: the first row (the cells on the first line) is the header; a row
     * starts at every cell whose top line is below the previous cell's; each cell goes under the header column its
     * position overlaps most.
     */
    private void table(List<Block> cells, String file, int page, int year, String heading) {
        List<List<Block>> lines = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        double top = Double.NaN;
        for (Block c : cells) {
            if (!current.isEmpty() && Math.abs(c.top() - top) > 0.2) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                top = c.top();
            }
            current.add(c);
        }
        lines.add(current);
        // a row of header cells only, after rows with data cells, starts another table
        List<List<Block>> table = new ArrayList<>();
        for (List<Block> line : lines) {
            boolean header = line.size() > 1 && line.stream().allMatch(b -> b.tag().equals("th"));
            if (header && !table.isEmpty()) {
                addTable(table, file, page, year, heading);
                table = new ArrayList<>();
            }
            table.add(line);
        }
        addTable(table, file, page, year, heading);
    }

    private void addTable(List<List<Block>> lines, String file, int page, int year, String heading) {
        if (lines.isEmpty()) {
            return;
        }
        List<Block> head = lines.get(0);
        List<String> header = head.stream().map(b -> unescape(b.text())).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Block> line : lines.subList(1, lines.size())) {
            Cell[] row = new Cell[header.size()];
            java.util.Arrays.fill(row, new Cell("", null));
            for (Block b : line) {
                int best = column(head, b);
                row[best] = row[best].blank() ? new Cell(unescape(b.text()), null)
                        : new Cell(row[best].text() + " " + unescape(b.text()), null);
            }
            rows.add(List.of(row));
        }
        tables.add(new Table(file, "page " + page, year, heading, header, rows));
    }

    /** The header column a cell lies under: the most overlap, else the nearest right edge. */
    private static int column(List<Block> head, Block cell) {
        int best = 0;
        double bestOverlap = -1;
        for (int i = 0; i < head.size(); i++) {
            Block h = head.get(i);
            double overlap = Math.min(h.right(), cell.right()) - Math.max(h.left(), cell.left());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        if (bestOverlap > 0) {
            return best;
        }
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < head.size(); i++) {
            double d = Math.abs(head.get(i).right() - cell.right());
            if (d < nearest) {
                nearest = d;
                best = i;
            }
        }
        return best;
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").strip();
    }
}
