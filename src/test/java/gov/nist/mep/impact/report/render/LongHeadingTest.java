package gov.nist.mep.impact.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz campaign of 2026-12-07: a 2,000-character heading drew outside the page. Every heading (and the contents
 * line and running header that repeat it) must stay inside the page: the heading wraps, and continues on the next
 * page when it is taller than one; the one-line places abridge it.
 */
class LongHeadingTest {

    /** A 2,000-character heading of distinct words, so that each word can be found in the page text. */
    static final String LONG = IntStream.range(0, 286).mapToObj(i -> String.format("word%03d", i))
            .collect(Collectors.joining(" ")).substring(0, 2000);
    private static final Pattern TEXT_MATRIX = Pattern.compile("([-0-9.]+) ([-0-9.]+) Tm");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\\bBT\\b(.*?)\\bET\\b", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f]*>");

    @TempDir
    Path dir;

    @Test
    void aTwoThousandCharacterHeadingStaysInsideThePages() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("report"));
        Files.writeString(folder.resolve("10-a.md"), "[title: T]\n[header: Running header]\n[contents]\n");
        Files.writeString(folder.resolve("20-b.md"), "# " + LONG + "\n\nA paragraph.\n\n## " + LONG
                + "\n\nAnother paragraph.\n");
        ReportTemplate template = ReportTemplate.load(folder);

        byte[] pdf = render(template);
        Files.write(dir.resolve("long-heading.pdf"), pdf);
        Path kept = Path.of("target", "long-heading.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                float width = reader.getPageSize(page).getWidth();
                float height = reader.getPageSize(page).getHeight();
                String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
                Matcher m = TEXT_MATRIX.matcher(content);
                int drawn = 0;
                while (m.find()) {
                    drawn++;
                    float x = Float.parseFloat(m.group(1));
                    float y = Float.parseFloat(m.group(2));
                    assertThat(x).as("page " + page + " text starts inside the page").isBetween(0f, width);
                    assertThat(y).as("page " + page + " text baseline inside the page").isBetween(20f, height);
                }
                assertThat(drawn).as("page " + page + " has text drawn").isPositive();
                Matcher block = TEXT_BLOCK.matcher(content);
                while (block.find()) {
                    // each text block draws one line: its characters must fit the page's width
                    Matcher string = STRING.matcher(block.group(1));
                    StringBuilder shown = new StringBuilder();
                    while (string.find()) {
                        shown.append(string.group());
                    }
                    assertThat(shown.length()).as("page " + page + ": a line drawn fits the page: " + shown)
                            .isLessThan(140);
                }
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        List<String> missing = new ArrayList<>();
        for (String word : LONG.split(" ")) {
            if (!all.toString().contains(word)) {
                missing.add(word);
            }
        }
        assertThat(missing).as("every word of the heading is printed").isEmpty();
    }

    private static byte[] render(ReportTemplate t) throws Exception {
        ReportTemplateContent content = new ReportTemplateContent() {
            @Override
            public PlaceholderValues figures() {
                return new PlaceholderValues();
            }

            @Override
            public Optional<PdfTable> table(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<PdfChart> chart(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<PlaceholderCollection> collection(String name) {
                return Optional.empty();
            }

            @Override
            public Set<String> tables() {
                return Set.of();
            }

            @Override
            public Set<String> charts() {
                return Set.of();
            }

            @Override
            public Set<String> collections() {
                return Set.of();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportTemplatePdf(t, content, LocalDate.of(2014, 9, 30), "test").write(out);
        return out.toByteArray();
    }
}
