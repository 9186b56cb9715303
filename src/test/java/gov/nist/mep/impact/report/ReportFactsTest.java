package gov.nist.mep.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One copy of each report fact in the main sources: the suppression marker, the code-to-label conversion, the impact
 * labels, the scaling to millions and the registry of a report's tables and charts were each written two or three
 * times, and the copies had drifted apart.
 */
class ReportFactsTest {

    private static final Path MAIN = Path.of("src/main/java");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the suppression marker                 | \"(D)\"",
        "the code-to-label conversion           | replace('_', ' ')",
        "the impact labels                      | \"New client investment\"",
        "money scaled to millions               | double millions(",
        "the registry of tables by name         | Supplier<PdfTable>>",
        "the long date of notes and properties  | ofPattern(\"MMMM d, yyyy\"",
        "the workbook notes file                | \"xlsx-notes.md\""})
    void isWrittenOnce(String fact, String code) throws IOException {
        assertThat(occurrences(Pattern.quote(code))).as(fact).hasSize(1);
    }

    @Test
    void noReportSaysNewInvestmentForNewClientInvestment() throws IOException {
        assertThat(occurrences(Pattern.quote("\"New investment\""))).isEmpty();
    }

    /** Where the code stands in the main sources, outside comments: "file:line". */
    private static List<String> occurrences(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean comment = line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
                    if (!comment && pattern.matcher(line).find()) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        return found;
    }
}
