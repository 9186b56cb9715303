package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.disclosure.DisclosureWalk;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import gov.nist.mep.impact.support.PdfText;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The synthetic sample-data/ reproduces the program's published FY2014 national figures
 * (src/test/resources/fixtures/published/, copied from the program data) exactly, through the real job; and no printed
 * figure of its outputs comes from a group under the suppression threshold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataCalibrationTest extends BatchTestSupport {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final Path PUBLISHED = Fixtures.PUBLISHED_FIGURES;

    @Autowired
    MetricsCalculator calculator;

    @TempDir
    static Path dir;

    ImpactMetrics m;
    long runId;

    @BeforeAll
    void runTheAnnualReportJobOnTheSample() throws Exception {
        JobExecution e = run("annual-report", SAMPLE, dir, 2014,
                "annual-report,impact-report,center-report");
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        runId = e.getJobInstance().getInstanceId();
        m = calculator.compute(runId, 2014);
    }

    @Test
    void fy2014SummedByTheStagingEngineHasEveryFigureOfItsRecordsSummedOneByOne() {
        // the trend years' path (no estimates) against the report year's, on 60 centers and every service category
        SummedYear.assertSameFigures(calculator.yearFigures(runId, 2014), m);
    }

    private static Map<String, String> published2014() throws Exception {
        List<String> lines = Files.readAllLines(PUBLISHED);
        String[] header = lines.get(0).split(",");
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(",", -1);
            if (values[0].equals("2014")) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < values.length; i++) {
                    row.put(header[i], values[i]);
                }
                return row;
            }
        }
        throw new AssertionError("no FY2014 row in " + PUBLISHED);
    }

    @Test
    void fy2014NationalFiguresEqualThePublishedOnesExactly() throws Exception {
        Map<String, String> published = published2014();
        GroupFigures n = m.national().figures();

        // README: "The annual-report job on sample-data/ prints exactly these figures"
        assertThat(n.clientsServed()).isEqualTo(Long.parseLong(published.get("clients_served")));
        assertThat(n.newSales()).isEqualByComparingTo(published.get("new_sales"));
        assertThat(n.retainedSales()).isEqualByComparingTo(published.get("retained_sales"));
        assertThat(n.costSavings()).isEqualByComparingTo(published.get("cost_savings"));
        assertThat(n.jobsCreated()).isEqualTo(Long.parseLong(published.get("jobs_created")));
        assertThat(n.jobsRetained()).isEqualTo(Long.parseLong(published.get("jobs_retained")));
        assertThat(m.national().appropriation()).isEqualByComparingTo(published.get("federal_investment"));
        // 2,500,000,000 / 128,000,000 = 19.53125 exactly
        assertThat(m.national().newSalesPerAppropriationDollar()).isEqualTo(19.53125);
        // and the reports print them as the README says: 30,056 clients, $2.50 billion, 82.3%, $19.53, $24.51
        String text = PdfText.of(Files.readAllBytes(dir.resolve("annual-report-FY2014.pdf"))).replaceAll("\\s+", " ");
        assertThat(text).contains("served 30,056 clients", "$2.50 billion in new sales", "$4.20 billion in retained"
                + " sales", "$1.10 billion in cost savings", "17,883 jobs created and 46,069 jobs retained",
                "a response rate of 82.3%", "$19.53 per dollar appropriated", "$24.51 per federal dollar");
    }

    /**
     * Every output of the three report jobs on the sample, walked against an independent reading of the extract
     * (the disclosure walk of DisclosureWalkTest): no printed figure comes from a group under the threshold.
     */
    @Test
    void noPrintedFigureOfTheSampleComesFromAGroupUnderTheThreshold() {
        List<String> findings = DisclosureWalk.findings(SAMPLE, DisclosureWalk.rejected(dir.resolve("rejects.csv")),
                dir);
        assertThat(findings).isEmpty();
    }

    @Test
    void theSampleIsRealisticInShape() {
        assertThat(m.centers()).hasSizeBetween(55, 65);
        assertThat(m.states()).extracting(StateFigures::state).contains("PR", "PA", "IL", "WI").hasSize(51);
        assertThat(m.states().stream().filter(s -> s.state().equals("PA")).findFirst().orElseThrow().centers())
                .isGreaterThan(1);
        assertThat(m.dataQuality().recordsRejected()).isPositive();
        assertThat(m.dataQuality().recordsSuperseded()).isPositive();
        assertThat(m.dataQuality().ineligibleProjects()).isPositive();
        assertThat(m.dataQuality().lateProjectReports()).isPositive();
        assertThat(m.centers()).filteredOn(c -> Boolean.FALSE.equals(c.costShareCompliant())).isNotEmpty();
        assertThat(m.successStories()).isNotEmpty();
        assertThat(m.trend()).extracting(NationalFigures::fiscalYear).containsExactly(2012, 2013, 2014);
        assertThat(m.dataQuality().files()).allSatisfy(f ->
                assertThat(f.read()).isEqualTo(f.accepted() + f.superseded() + f.rejected()));
    }

    @Test
    void theAnnualReportOfTheSampleIsAnAccessiblePdfThatPrintsTheModelsFigures() throws Exception {
        byte[] pdf = Files.readAllBytes(dir.resolve("annual-report-FY2014.pdf"));

        PdfUaValidation.Outcome ua = PdfUaValidation.validate(pdf);
        assertThat(ua.failures()).isEmpty();
        assertThat(ua.compliant()).isTrue();
        String text = PdfText.of(pdf);
        assertThat(text).contains("30,056").contains("$2.50 billion").contains("$19.53")
                .doesNotContain("@example.com").doesNotContainPattern("555-01\\d\\d");
    }

    @Test
    void theImpactReportAndTheFactSheetsOfTheSampleAreAccessiblePdfs() throws Exception {
        byte[] report = Files.readAllBytes(dir.resolve("impact-report-FY2014.pdf"));
        byte[] sheets = Files.readAllBytes(dir.resolve("state-fact-sheets-FY2014.pdf"));

        assertThat(PdfUaValidation.validate(report).failures()).isEmpty();
        assertThat(PdfUaValidation.validate(sheets).failures()).isEmpty();
        assertThat(new com.lowagie.text.pdf.PdfReader(sheets).getNumberOfPages()).as("two pages per state")
                .isEqualTo(2 * m.states().size());
        try (var perState = Files.list(dir.resolve("state-fact-sheets"))) {
            assertThat(perState.count()).isEqualTo(m.states().size());
        }
        String text = PdfText.of(report);
        assertThat(text).contains("30,056").contains("$19.53").doesNotContain("@example.com");
    }

    @Test
    void theSampleHasCenterOutputsForEveryCenterAndTheyAreAccessibleAndFreeOfContactData() throws Exception {
        byte[] reports = Files.readAllBytes(dir.resolve("center-reports-FY2014.pdf"));
        PdfUaValidation.Outcome ua = PdfUaValidation.validate(reports);
        assertThat(ua.failures()).isEmpty();
        assertThat(new com.lowagie.text.pdf.PdfReader(reports).getNumberOfPages()).as("two pages per center")
                .isEqualTo(2 * m.centers().size());
        assertThat(PdfText.of(reports)).doesNotContain("@example.com").doesNotContainPattern("555-01\\d\\d");
        try (var book = XlsxCellDump.open(Files.readAllBytes(dir.resolve("center-scorecard-FY2014.xlsx")))) {
            for (CenterFigures c : m.centers()) {
                assertThat(XlsxCellDump.row(book.getSheet("Scorecard"), 0, c.centerId()).getCell(1)
                        .getStringCellValue()).isEqualTo(c.centerName());
            }
        }
        for (CenterFigures c : m.centers()) {
            assertThat(dir.resolve("center-reports/" + c.centerId() + "-FY2014.pdf")).isNotEmptyFile();
            Path feedback = dir.resolve("center-feedback/" + c.centerId() + "-FY2014.xlsx");
            try (var book = XlsxCellDump.open(Files.readAllBytes(feedback))) {
                assertThat(XlsxCellDump.allText(book)).allSatisfy(t -> assertThat(t)
                        .doesNotContain("@example.com").doesNotContainPattern("555-01\\d\\d"));
            }
        }
    }

    @Test
    void everyDistrictOfTheSampleHasOneAccessiblePageAndARowOfTheWorkbook() throws Exception {
        Districts districts = m.districts();
        assertThat(districts.available()).isTrue();
        assertThat(districts.congress()).isEqualTo(118L);
        assertThat(districts.crosswalkDistricts()).as("435 voting seats, DC and PR delegates").hasSize(437);
        assertThat(districts.districts().get(districts.districts().size() - 1).isUnknown()).isTrue();
        assertThat(districts.districts()).extracting(DistrictFigures::suppression)
                .contains(DistrictSuppression.PRIMARY, DistrictSuppression.COMPLEMENTARY);
        long clients = districts.districts().stream().mapToLong(d -> d.figures().clientsServed()).sum();
        assertThat(clients).as("every client served is in one district or unknown")
                .isEqualTo(m.national().figures().clientsServed());

        byte[] sheets = Files.readAllBytes(dir.resolve("district-fact-sheets-FY2014.pdf"));
        assertThat(new com.lowagie.text.pdf.PdfReader(sheets).getNumberOfPages()).as("one page per district")
                .isEqualTo(437);
        PdfUaValidation.Outcome ua = PdfUaValidation.validate(sheets);
        assertThat(ua.failures()).isEmpty();
        assertThat(ua.compliant()).isTrue();
        assertThat(PdfText.of(sheets)).doesNotContain("@example.com").doesNotContainPattern("555-01\\d\\d");
        DistrictFigures biggest = districts.crosswalkDistricts().stream()
                .max(java.util.Comparator.comparingLong(d -> d.figures().clientsServed())).orElseThrow();
        DistrictFigures withheld = districts.crosswalkDistricts().stream().filter(DistrictFigures::suppressed)
                .findFirst().orElseThrow();
        for (String d : List.of("WY-AL", "DC-DL", "PR-DL", biggest.district(), withheld.district())) {
            byte[] one = Files.readAllBytes(dir.resolve("district-fact-sheets/" + d + "-FY2014.pdf"));
            assertThat(new com.lowagie.text.pdf.PdfReader(one).getNumberOfPages()).as(d).isEqualTo(1);
            assertThat(PdfUaValidation.validate(one).failures()).as(d).isEmpty();
        }
        try (var files = Files.list(dir.resolve("district-fact-sheets"))) {
            assertThat(files.count()).isEqualTo(437);
        }
        try (var book = XlsxCellDump.open(Files.readAllBytes(dir.resolve("districts-FY2014.xlsx")))) {
            var sheet = book.getSheet("Districts");
            for (DistrictFigures d : districts.districts()) {
                assertThat(XlsxCellDump.row(sheet, 0, d.district()).getCell(XlsxCellDump.column(sheet,
                        "Clients served")).getNumericCellValue()).as(d.district())
                        .isEqualTo(d.figures().clientsServed());
            }
            assertThat(XlsxCellDump.allText(book)).allSatisfy(t -> assertThat(t).doesNotContain("@example.com")
                    .doesNotContainPattern("555-01\\d\\d"));
        }
    }

    /**
     * Disclosure control of the districts, checked on what is published (the districts workbook and the impact
     * report workbook's states), not on the code that suppresses: for every state whose total is published, each
     * withheld column is blank in none or at least two of its districts, so that no withheld district cell is the
     * state's total minus the published districts; and nationally (every district and the unknown group add up to
     * the nation) never exactly one.
     */
    @Test
    void noSuppressedDistrictCellCanBeRecoveredBySubtraction() throws Exception {
        List<String> withheld = List.of("Surveys fielded", "Surveys completed", "Responding clients", "Response rate",
                "New sales", "Retained sales", "Cost savings", "New client investment", "Jobs created",
                "Jobs retained", "Net promoter score");
        java.util.Set<String> publishedStates = new java.util.TreeSet<>();
        try (var report = XlsxCellDump.open(Files.readAllBytes(dir.resolve("impact-report-FY2014.xlsx")))) {
            var states = report.getSheet("States");
            int note = XlsxCellDump.column(states, "Note");
            for (var row : states) {
                if (row.getRowNum() > 0 && !XlsxCellDump.isBlank(row.getCell(0))
                        && row.getCell(0).getStringCellValue().length() == 2
                        && XlsxCellDump.isBlank(row.getCell(note))) {
                    publishedStates.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(publishedStates).hasSizeGreaterThan(40);
        Map<String, Map<String, Integer>> blanksByState = new java.util.TreeMap<>();
        Map<String, Integer> blanksInTheNation = new java.util.TreeMap<>();
        int withheldRows = 0;
        try (var book = XlsxCellDump.open(Files.readAllBytes(dir.resolve("districts-FY2014.xlsx")))) {
            var sheet = book.getSheet("Districts");
            int district = XlsxCellDump.column(sheet, "District");
            int state = XlsxCellDump.column(sheet, "State");
            for (var row : sheet) {
                if (row.getRowNum() == 0 || XlsxCellDump.isBlank(row.getCell(district))
                        || XlsxCellDump.isBlank(row.getCell(XlsxCellDump.column(sheet, "Clients served")))) {
                    continue;
                }
                boolean any = false;
                for (String column : withheld) {
                    if (XlsxCellDump.isBlank(row.getCell(XlsxCellDump.column(sheet, column)))
                            && !column.equals("Response rate") && !column.equals("Net promoter score")) {
                        any = true;
                        blanksInTheNation.merge(column, 1, Integer::sum);
                        if (!XlsxCellDump.isBlank(row.getCell(state))) {
                            blanksByState.computeIfAbsent(row.getCell(state).getStringCellValue(),
                                    s -> new java.util.TreeMap<>()).merge(column, 1, Integer::sum);
                        }
                    }
                }
                withheldRows += any ? 1 : 0;
            }
        }
        assertThat(withheldRows).as("the sample has withheld districts to check").isGreaterThan(5);
        blanksByState.forEach((state, blanks) -> blanks.forEach((column, count) -> {
            if (publishedStates.contains(state)) {
                assertThat(count).as("%s: districts with %s withheld", state, column).isNotEqualTo(1);
            }
        }));
        blanksInTheNation.forEach((column, count) -> assertThat(count).as("nation: %s withheld", column)
                .isNotEqualTo(1));
    }

    @Test
    void theAnnualReportWorkbookOfTheSampleHoldsTheModelsFigures() throws Exception {
        try (var book = XlsxCellDump.open(Files.readAllBytes(dir.resolve("annual-report-FY2014.xlsx")))) {
            var glance = book.getSheet("At a glance");
            var clients = XlsxCellDump.row(glance, 0, "Clients served");
            assertThat(clients.getCell(2).getNumericCellValue()).isEqualTo(30_056);
            var funding = book.getSheet("Funding by center");
            int federal = XlsxCellDump.column(funding, "Federal funds");
            for (CenterFigures c : m.centers()) {
                assertThat(BigDecimal.valueOf(XlsxCellDump.row(funding, 0, c.centerId()).getCell(federal)
                        .getNumericCellValue())).isEqualByComparingTo(c.funding().federalFunds());
            }
            assertThat(String.join("\n", XlsxCellDump.allText(book))).doesNotContain("@example.com");
        }
    }
}
