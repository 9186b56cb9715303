package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fuzz campaign of 2026-12-07, class "Templates": every template error of the templates a job uses is found when
 * the job starts, before any ingest, and printed as one line with the file, the line and the fix; exit code 2.
 */
class TemplatesFuzzTest {

    static final Path TEMPLATES = Path.of("report-templates");

    @TempDir
    Path dir;

    private Path templates;

    private Path copyTemplates() throws Exception {
        Path target = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(TEMPLATES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Replaces the last {@code from} of a template (the first may be in a comment) by {@code to}; its line. */
    private int replace(String file, String from, String to) throws Exception {
        Path path = templates.resolve(file);
        String text = Files.readString(path);
        int at = text.lastIndexOf(from);
        assertThat(at).as(from + " in " + file).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private Console run(String job) {
        return new Console(dir).run("run", job, "--input", Fixtures.EXAMPLE_EXTRACT.toString(), "--output",
                dir.resolve("out").toString(), "--fiscal-year", "2014", "--templates", templates.toString());
    }

    private static void assertRefusedBeforeIngest(Console c, Path out, String... fragments) throws Exception {
        assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).as(c.toString()).isNotEmpty().allMatch(l -> l.startsWith("error: "));
        assertThat(c.err()).as(c.toString()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(c.out()).as("nothing ran").isEmpty();
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
                        .as("nothing staged or written").isEmpty();
            }
        }
    }

    /**
     * Each case replaces the last {@code from} of a template by {@code to}; the error names the line that holds
     * {@code at} once replaced.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown placeholder | annual-report | annual-report/30-funding.md | {national.federalFunds} "
            + "| {national.federalFundz} | {national.federalFundz} | unknown figure in placeholder "
            + "{national.federalFundz} (did you mean {national.federalFunds}?)",
        "unknown table       | annual-report | annual-report/30-funding.md | [table: funding-by-center] "
            + "| [table: funding-by-centre] | [table: funding-by-centre] | unknown table [table: funding-by-centre] "
            + "(did you mean [table: funding-by-center]?)",
        "unknown chart       | annual-report | annual-report/30-funding.md | [chart: appropriation-history] "
            + "| [chart: appropriation-histroy] | [chart: appropriation-histroy] | unknown chart "
            + "[chart: appropriation-histroy] (did you mean [chart: appropriation-history]?)",
        "unknown directive   | annual-report | annual-report/30-funding.md | [table: funding-by-center] "
            + "| [tabel: funding-by-center] | [tabel: | unknown directive [tabel] (did you mean [table]?)",
        "unknown collection  | annual-report | annual-report/60-success-stories.md | [each: stories] "
            + "| [each: storys] | [each: storys] | unknown collection [each: storys] (did you mean [each: stories]?)",
        "unclosed each       | annual-report | annual-report/60-success-stories.md | [end] "
            + "| '' | [each: stories] | [each: stories] has no [end]",
        "unclosed table      | annual-report | annual-report/30-funding.md | [table: funding-by-center] "
            + "| [table: funding-by-center | [table: funding-by-center | [table: funding-by-center is not closed",
        "text after directive | annual-report | annual-report/30-funding.md | [table: funding-by-center] "
            + "| [table: funding-by-center] and more | [table: funding-by-center] and more "
            + "| a directive must stand alone on its line",
        "format that does not fit | annual-report | annual-report/30-funding.md | {national.federalFunds} "
            + "| {national.federalFunds:count} | {national.federalFunds:count} "
            + "| placeholder {national.federalFunds:count}: figure national.federalFunds is money and cannot be printed"
            + " as count",
        "unknown footnote    | impact-report | impact-report/20-trend.md | {trend.years} "
            + "| {trend.years}[^nothere] | [^nothere] | footnote [^nothere] is not defined",
        "state summary       | impact-report | state-fact-sheet/summary.md | ## suppressed "
            + "| ## supressed | ## supressed | unknown variant '## supressed'",
        "state item figure   | impact-report | state-fact-sheet/10-fact-sheet.md | {state.name} "
            + "| {state.nmae} | {state.nmae} | unknown figure in placeholder {state.nmae} (did you mean {state.name}?)",
        "center table        | center-report | center-report/10-center.md | [table: center-figures] "
            + "| [table: center-figure] | [table: center-figure] | unknown table [table: center-figure] "
            + "(did you mean [table: center-figures]?)",
        "district table      | impact-report | district-fact-sheet/10-district.md | [table: district-impacts] "
            + "| [table: district-impact] | [table: district-impact] | unknown table [table: district-impact] "
            + "(did you mean [table: district-impacts]?)",
        "district notes      | impact-report | district-fact-sheet/xlsx-notes.md | of the {congress} "
            + "| of the {congres} | {congres} | unknown placeholder {congres} (did you mean {congress}?)",
        "notes placeholder   | annual-report | annual-report/xlsx-notes.md | ({fiscalYearStart} to "
            + "| ({fiscalYaerStart} to | {fiscalYaerStart} | unknown placeholder {fiscalYaerStart} "
            + "(did you mean {fiscalYearStart}?)",
        "feedback notes      | center-report | center-report/feedback-notes.md | # Data feedback for {centerName} "
            + "| # Data feedback for {centreName} | {centreName} | unknown placeholder {centreName} "
            + "(did you mean {centerName}?)"})
    void anErrorIsOneLineWithFileLineAndFix(String name, String job, String file, String from, String to, String at,
            String problem) throws Exception {
        templates = copyTemplates();
        replace(file, from, to == null ? "" : to);

        Console c = run(job);

        assertRefusedBeforeIngest(c, dir.resolve("out"), file + " line " + lineOf(file, at) + ": " + problem);
        assertThat(c.errorLines()).as(c.toString()).hasSize(1);
    }

    private int lineOf(String file, String text) throws Exception {
        List<String> lines = Files.readAllLines(templates.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void everyErrorOfTheJobsTemplatesIsFoundAtOnce() throws Exception {
        templates = copyTemplates();
        int table = replace("annual-report/30-funding.md", "[table: funding-by-center]", "[table: nope]");
        int figure = replace("annual-report/10-year-at-a-glance.md", "{fiscalYear}", "{fiscalYr}");
        Files.writeString(templates.resolve("annual-report/xlsx-notes.md"), "# Notes {nope}\n");
        replace("annual-report/60-success-stories.md", "[end]", "");

        Console c = run("annual-report");

        assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).as("a file that cannot be parsed does not hide the others' mistakes").hasSize(4);
        assertThat(c.err()).contains("annual-report/60-success-stories.md line " + lineOf(
                "annual-report/60-success-stories.md", "[each: stories]") + ": [each: stories] has no [end]");
        assertThat(c.err()).contains("annual-report/30-funding.md line " + table + ": unknown table [table: nope]")
                .contains("annual-report/10-year-at-a-glance.md line " + figure + ": unknown figure in placeholder"
                        + " {fiscalYr} (did you mean {fiscalYear}?)")
                .contains("annual-report/xlsx-notes.md line 1: unknown placeholder {nope}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty section   | annual-report | annual-report/20-network.md       | is empty",
        "missing notes   | annual-report | annual-report/xlsx-notes.md       | is missing",
        "missing rules   | center-report | center-report/rules.md            | is missing",
        "missing summary | impact-report | state-fact-sheet/summary.md       | is missing",
        "missing folder  | impact-report | state-fact-sheet                  | is missing",
        "binary section  | annual-report | annual-report/20-network.md       | is not a text file",
        "latin-1 rules   | center-report | center-report/rules.md            | line 7: is not UTF-8 text",
        "latin-1 section | impact-report | impact-report/20-trend.md         | line 3: is not UTF-8 text"})
    void anEmptyMissingBinaryOrNonUtf8FileIsNamed(String name, String job, String file, String problem)
            throws Exception {
        templates = copyTemplates();
        Path path = templates.resolve(file);
        switch (name.split(" ")[0]) {
            case "empty" -> Files.writeString(path, "  \n");
            case "missing" -> {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.list(path)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                }
                Files.delete(path);
            }
            case "binary" -> Files.write(path, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0,
                0, 13, 'I', 'H', 'D', 'R'});
            default -> {
                List<String> lines = Files.readAllLines(path);
                int line = file.endsWith("rules.md") ? 6 : 2;
                lines.set(line, lines.get(line) + " Caf\u00e9.");
                Files.write(path, lines, StandardCharsets.ISO_8859_1);
            }
        }

        Console c = run(job);

        assertRefusedBeforeIngest(c, dir.resolve("out"), file, problem);
        assertThat(c.errorLines()).as(c.toString()).hasSize(1);
    }

    @Test
    void aGoodCopyOfTheTemplatesRunsTheJob() throws Exception {
        templates = copyTemplates();

        Console c = run("annual-report");

        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).contains("annual-report COMPLETED");
    }
}
