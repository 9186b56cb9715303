package gov.nist.mep.impact.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.disclosure.OutputWalk.Cell;
import gov.nist.mep.impact.disclosure.OutputWalk.Table;
import gov.nist.mep.impact.disclosure.OutputWalk.Text;
import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every output of the three report jobs (Annual Report, Impact Report with the state fact sheets, center oversight),
 * FY2013 and FY2014, walked cell by cell against an independent reading of the extract: no printed figure comes from
 * a group under the suppression threshold, derived figures included, and no withheld figure can be recovered by
 * subtraction. On the contract's worked example, and on the worked example with a small center planted in a
 * published state (one responding client each year, with figures found nowhere else); leaks planted in the walked
 * outputs of that run are all found, so the walk can fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureWalkTest extends BatchTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() / 2);
    static final String ALL_REPORTS = "annual-report,impact-report,center-report";

    private Path example;
    private Path planted;
    private Path plantedExtract;

    @BeforeAll
    void runTheReportJobs() throws Exception {
        example = Files.createTempDirectory("walk-example");
        assertThat(runAll(Fixtures.EXAMPLE_EXTRACT.toAbsolutePath(), example).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        plantedExtract = plant(Files.createTempDirectory("walk-planted-extract"));
        planted = Files.createTempDirectory("walk-planted");
        assertThat(runAll(plantedExtract, planted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /** The annual-report job rendering all three reports of FY2013 and FY2014 into one folder. */
    private JobExecution runAll(Path input, Path output) throws Exception {
        return operator.start(job("annual-report"), new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.FISCAL_YEARS, "2013,2014")
                .addString(JobParameterNames.REPORTS, ALL_REPORTS)
                .addLong(JobParameterNames.SEQUENCE, SEQUENCE.incrementAndGet()).toJobParameters());
    }

    @Test
    void noPrintedFigureOfTheWorkedExampleComesFromAGroupUnderTheThreshold() {
        DisclosureCheck check = DisclosureWalk.check(Fixtures.EXAMPLE_EXTRACT,
                DisclosureWalk.rejected(Fixtures.CONTRACT_EXAMPLE.resolve("expected-rejects.txt")), example);

        assertThat(check.secretGroups()).as("the worked example has groups of 1 or 2 responding clients")
                .hasSizeGreaterThan(10);
        assertThat(check.findings()).isEmpty();
        assertThat(outputs(example)).contains("center-scorecard-FY2014.xlsx", "center-reports/RI02-FY2014.pdf",
                "state-fact-sheets/VT-FY2013.pdf", "impact-report-FY2013.xlsx", "annual-report-FY2014.pdf",
                "center-feedback/WA01-FY2014.xlsx", "rejects.csv", "metrics-FY2013.json");
    }

    @Test
    void aCenterPlantedWithOneRespondingClientIsWithheldEverywhereItsStateIsPublished() {
        DisclosureCheck check = DisclosureWalk.check(plantedExtract,
                DisclosureWalk.rejected(planted.resolve("rejects.csv")), planted);

        assertThat(check.secretGroups()).anyMatch(g -> g.startsWith("center KS03 FY2014: 1 responding"))
                .anyMatch(g -> g.startsWith("center KS03 FY2013: 1 responding"));
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void noPrintedFigureOfTheDistrictExampleComesFromAGroupUnderTheThreshold() throws Exception {
        // the worked example with ZIP codes and a crosswalk: the district fact sheets and workbook are walked too
        Path extract = Fixtures.DISTRICT_EXAMPLE.resolve("extract").toAbsolutePath();
        Path out = Files.createTempDirectory("walk-districts");
        assertThat(runAll(extract, out).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        DisclosureCheck check = DisclosureWalk.check(extract, DisclosureWalk.rejected(out.resolve("rejects.csv")), out);

        assertThat(outputs(out)).contains("districts-FY2014.xlsx", "district-fact-sheets-FY2014.pdf");
        assertThat(check.secretGroups()).anyMatch(g -> g.startsWith("district KS-03 FY2014: 1 responding"));
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void leaksPlantedInTheOutputsAreFound() throws Exception {
        OutputWalk walk = OutputWalk.of(planted);
        // the planted center's new sales printed in a workbook row, and in whole dollars in a paragraph
        walk.tables.add(new Table("impact-report-FY2014.xlsx", "sheet 'Centers'", 2014, null,
                List.of("Center ID", "New sales"), List.of(List.of(new Cell("KS03", null),
                        new Cell("7654321.09", 7654321.09)))));
        walk.texts.add(new Text("impact-report-FY2014.pdf", "page 3", 2014, null, "p",
                "Its smallest center reported $7,654,321 in new sales."));
        // a change from a withheld year, and a center whose withholding protects another one, in the JSON
        ObjectNode json = (ObjectNode) walk.json.get("metrics-FY2014.json");
        for (JsonNode c : json.get("centerOversight").get("centers")) {
            if (c.get("centerId").asString().equals("WA01")) {
                ((ObjectNode) c.get("figures").get("newSalesChange")).put("value", 6.21);
            }
        }
        for (JsonNode c : json.get("centers")) {
            if (!c.get("centerId").asString().equals("KS03") && c.get("state").asString().equals("KS")) {
                ((ObjectNode) c).put("suppressed", false);
            }
        }
        // a tile map that shows the figure of a withheld state
        walk.texts.add(new Text("impact-report-FY2013.pdf", "page 5", 2013, null, "figure", "AK ME VT 1 $0 NH"));

        ExtractGroups groups = ExtractGroups.read(plantedExtract, DisclosureWalk.rejected(planted.resolve(
                "rejects.csv")), DisclosureWalk.INDUSTRIES);
        List<String> findings = new DisclosureCheck(groups, DisclosureWalk.THRESHOLD).check(walk).findings();

        assertThat(findings).anyMatch(f -> f.contains("sheet 'Centers'") && f.contains("center KS03 FY2014"))
                .anyMatch(f -> f.contains("holds 7654321.09, a figure of"))
                .anyMatch(f -> f.contains("'$7,654,321', a figure of"))
                .anyMatch(f -> f.contains("WA01 newSalesChange") && f.contains("comes from a withheld group"))
                .anyMatch(f -> f.contains("the withheld centers of published state KS in FY2014")
                        && f.contains("hold 1 responding client"))
                .anyMatch(f -> f.contains("tile map") && f.contains("state VT FY2013"));
    }

    private static List<String> outputs(Path folder) {
        // the output folder's names are links into the current published generation (under the hidden .mep-publish/)
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .filter(rel -> !rel.startsWith(".")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The worked example with center KS03 planted in Kansas: one eligible client, one project and one COMPLETE survey
     * in each of FY2013 and FY2014 (figures that no other group has), and the center's funds of both years.
     */
    static Path plant(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(Fixtures.EXAMPLE_EXTRACT)) {
            for (Path p : files.toList()) {
                Path target = root.resolve(Fixtures.EXAMPLE_EXTRACT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        append(root.resolve("centers.csv"), "KS03,KS Planted Center 3,KS,NONPROFIT,2010,false,1");
        append(root.resolve("center-financials.csv"), "2013,KS03,400000.00,500000,,10000,",
                "2014,KS03,410000.00,510000,,11000,");
        write(root.resolve("meis/clients/KS03-a.csv"), "center_id,client_id,client_name,state,naics,employees,"
                + "contact_name,contact_email,contact_phone,submitted_date",
                "KS03,K3C1,Planted Works,KS,332710,20,Pat Planted,pat.planted@example.com,555-0142,2012-11-01",
                "KS03,K3C2,Planted Tools,KS,333517,35,Lee Planted,lee.planted@example.com,555-0143,2013-11-01");
        write(root.resolve("meis/projects/KS03-1.csv"), "center_id,project_id,client_id,service_category,"
                + "start_date,completion_date,staff_hours,third_party_hours,client_fee,submitted_date",
                "KS03,K3P1,K3C1,CYBERSECURITY,2012-11-15,2013-01-20,40,0,5000,2013-02-10",
                "KS03,K3P2,K3C2,CYBERSECURITY,2013-11-15,2014-01-20,40,0,5000,2014-02-10");
        write(root.resolve("survey/wave-9-planted.csv"), "survey_id,center_id,project_id,survey_date,disposition,"
                + "new_sales,retained_sales,cost_savings,invest_plant_equipment,invest_it,invest_workforce,"
                + "invest_other,jobs_created,jobs_retained,recommend,satisfaction",
                "SP-1,KS03,K3P1,2013-08-01,COMPLETE,4567890.12,2468013.57,98765.43,45678.91,0,0,0,23,29,10,5",
                "SP-2,KS03,K3P2,2014-08-01,COMPLETE,7654321.09,2345678.91,123456.78,345678.90,0,0,0,37,41,9,5");
        return root;
    }

    private static void append(Path file, String... lines) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String end = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder s = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            s.append(end);
        }
        for (String line : lines) {
            s.append(line).append(end);
        }
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    }

    private static void write(Path file, String... lines) throws Exception {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
