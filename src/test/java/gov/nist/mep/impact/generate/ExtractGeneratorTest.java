package gov.nist.mep.impact.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractGeneratorTest {

    private static final long SMALL = 2_000L;

    /** Columns whose values the contract (shared/contract/extracts.md) requires, so every header must have them. */
    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.of(
            "appropriations.csv", List.of("fiscal_year", "appropriation"),
            "centers.csv", List.of("center_id", "center_name", "state", "host_type", "award_start_fy", "recompeted"),
            "center-financials.csv", List.of("fiscal_year", "center_id", "federal_funds"),
            "meis/clients", List.of("center_id", "client_id", "client_name", "naics", "employees", "submitted_date"),
            "meis/projects", List.of("center_id", "project_id", "client_id", "service_category", "start_date",
                    "submitted_date"),
            "survey", List.of("survey_id", "center_id", "project_id", "survey_date", "disposition"));

    private final ExtractGenerator generator = new ExtractGenerator();

    @TempDir
    Path temp;

    @Test
    void sameSeedAndSizeWriteIdenticalBytes() throws IOException {
        // given two runs with the same options into different folders
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        // when
        GeneratorSummary firstSummary = generator.generate(new GeneratorOptions(first, 42, SMALL));
        GeneratorSummary secondSummary = generator.generate(new GeneratorOptions(second, 42, SMALL));

        // then
        assertThat(secondSummary).isEqualTo(firstSummary);
        Map<String, byte[]> firstFiles = contents(first);
        Map<String, byte[]> secondFiles = contents(second);
        assertThat(secondFiles.keySet()).containsExactlyElementsOf(firstFiles.keySet());
        for (String file : firstFiles.keySet()) {
            assertThat(secondFiles.get(file)).as(file).isEqualTo(firstFiles.get(file));
        }
    }

    @Test
    void differentSeedWritesDifferentRecords() throws IOException {
        // given
        Path first = temp.resolve("seed-1");
        Path second = temp.resolve("seed-2");

        // when
        generator.generate(new GeneratorOptions(first, 1, SMALL));
        generator.generate(new GeneratorOptions(second, 2, SMALL));

        // then
        assertThat(Files.readString(second.resolve("center-financials.csv")))
                .isNotEqualTo(Files.readString(first.resolve("center-financials.csv")));
        assertThat(Files.readAllBytes(second.resolve("survey/wave-2014Q2.csv")))
                .isNotEqualTo(Files.readAllBytes(first.resolve("survey/wave-2014Q2.csv")));
    }

    @Test
    void writesEveryFileAndFolderOfTheContractWithItsRequiredColumns() throws IOException {
        // when
        generator.generate(new GeneratorOptions(temp, ExtractGenerator.DEFAULT_SEED, SMALL));

        // then
        for (String folder : List.of("meis/clients", "meis/projects", "survey", "success-stories")) {
            assertThat(temp.resolve(folder)).isDirectory();
            assertThat(filesIn(temp.resolve(folder))).as(folder).isNotEmpty();
        }
        for (Map.Entry<String, List<String>> entry : REQUIRED_COLUMNS.entrySet()) {
            Path path = temp.resolve(entry.getKey());
            List<Path> files = Files.isDirectory(path) ? filesIn(path) : List.of(path);
            for (Path file : files) {
                assertThat(file.getFileName().toString()).matches(".*\\.(csv|jsonl)");
                String firstLine = firstLine(file);
                if (file.toString().endsWith(".jsonl")) {
                    for (String column : entry.getValue()) {
                        assertThat(firstLine).as(file + " " + column).contains("\"" + column + "\":");
                    }
                } else {
                    assertThat(Arrays.asList(firstLine.split(","))).as(file.toString()).containsAll(entry.getValue());
                }
            }
        }
        assertThat(Files.readAllLines(temp.resolve("appropriations.csv"))).contains("2014,128000000.00");
    }

    @Test
    void summaryCountsWhatIsOnDisk() throws IOException {
        // when
        GeneratorSummary summary = generator.generate(new GeneratorOptions(temp, 7, SMALL));

        // then
        assertThat(summary.files()).isEqualTo(allFiles(temp).size());
        assertThat(summary.centers()).isEqualTo(60);
        assertThat(records(temp.resolve("centers.csv"))).isEqualTo(summary.centers());
        assertThat(summary.clients().records()).isEqualTo(recordsIn(temp.resolve("meis/clients")));
        assertThat(summary.projects().records()).isEqualTo(recordsIn(temp.resolve("meis/projects")));
        assertThat(summary.surveys().records()).isEqualTo(recordsIn(temp.resolve("survey")));
        assertThat(summary.stories()).isEqualTo(filesIn(temp.resolve("success-stories")).size());
        assertThat(summary.projects().accepted()).isEqualTo(SMALL);
        assertThat(summary.invalidRecords()).isEqualTo(summary.clients().rejected() + summary.projects().rejected()
                + summary.surveys().rejected() + 3);
        assertThat(summary.clients().superseded()).isPositive();
        assertThat(summary.projects().superseded()).isPositive();
        assertThat(summary.projects().rejected()).isPositive();
        assertThat(summary.surveys().rejected()).isPositive();
        assertThat(summary.toString()).doesNotContain("\n").contains("projects=" + summary.projects().records());
    }

    @Test
    void rerunIntoTheSameFolderLeavesOnlyTheNewExtract() throws IOException {
        // given a folder holding an earlier extract, and the extract the rerun should produce
        Path reused = temp.resolve("reused");
        Path fresh = temp.resolve("fresh");
        generator.generate(new GeneratorOptions(reused, 1, 3 * SMALL));
        generator.generate(new GeneratorOptions(fresh, 2, SMALL));

        // when
        generator.generate(new GeneratorOptions(reused, 2, SMALL));

        // then
        Map<String, byte[]> expected = contents(fresh);
        Map<String, byte[]> actual = contents(reused);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String file : expected.keySet()) {
            assertThat(actual.get(file)).as(file).isEqualTo(expected.get(file));
        }
    }

    @Test
    void tenFiscalYearsOnRequest() throws IOException {
        // when: FY2005-FY2014 instead of the calibrated sample's FY2012-FY2014
        generator.generate(new GeneratorOptions(temp, 42, 5_000, 2005, 2014));

        // then: a financials row per center and year, client and project files from the lead-in year FY2004,
        // survey waves from FY2005 into FY2015
        List<String> financials = Files.readAllLines(temp.resolve("center-financials.csv"));
        assertThat(financials.stream().skip(1).map(line -> line.substring(0, 4)).distinct().sorted().toList())
                .containsExactly("2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014");
        assertThat(financials.stream().filter(line -> line.startsWith("2005,"))).hasSize(60);
        List<String> waves = fileNames(temp.resolve("survey"));
        assertThat(waves).contains("wave-2005Q1.csv", "wave-2015Q4.csv").doesNotContain("wave-2004Q4.csv");
        assertThat(fileNames(temp.resolve("meis/projects"))).anyMatch(name -> name.endsWith("-2004Q1.csv"))
                .noneMatch(name -> name.endsWith("-2003Q4.csv") || name.endsWith("-2015Q1.csv"));
    }

    @Test
    void refusesFiscalYearsPastTheCalibratedSample() {
        assertThatThrownBy(() -> new GeneratorOptions(temp, 42, SMALL, 2005, 2015))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FY2014 at the latest");
        assertThatThrownBy(() -> GeneratorOptions.fiscalYears("2014-2005"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first before last");
        assertThatThrownBy(() -> GeneratorOptions.fiscalYears("ten"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIRST-LAST");
        assertThat(GeneratorOptions.fiscalYears("2012-2014")).containsExactly(2012, 2014);
        assertThat(GeneratorOptions.baseProjects(2012, 2014)).isEqualTo(ExtractGenerator.DEFAULT_PROJECTS);
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void refusesSizesTooSmallToCalibrate() {
        assertThatThrownBy(() -> new GeneratorOptions(temp, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("projects");
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (Path file : allFiles(root)) {
            contents.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return contents;
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile).sorted().collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static String firstLine(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static long recordsIn(Path folder) throws IOException {
        long records = 0;
        for (Path file : filesIn(folder)) {
            records += records(file);
        }
        return records;
    }

    /** Records in a CSV file (line breaks inside quotes do not end a record; the header is not one) or JSON Lines file. */
    private static long records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.toString().endsWith(".jsonl")) {
            return text.lines().count();
        }
        long lineEnds = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                lineEnds++;
            }
        }
        return lineEnds - 1;
    }
}
