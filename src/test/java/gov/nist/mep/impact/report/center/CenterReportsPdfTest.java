package gov.nist.mep.impact.report.center;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversightCalculator;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** The center reports of the worked example: two pages and a bookmark per center, its figures, PDF/UA, same bytes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CenterReportsPdfTest extends BatchTestSupport {

    private static final Path TEMPLATES = Path.of("report-templates");

    @Autowired
    private MetricsCalculator calculator;
    @Autowired
    private CenterOversightCalculator oversightCalculator;

    private ImpactMetrics metrics;
    private CenterOversight oversight;

    @BeforeAll
    void computeTheModels() throws Exception {
        Path out = Files.createTempDirectory("center-reports");
        JobExecution e = run("annual-report", Fixtures.EXAMPLE_EXTRACT.toAbsolutePath(), out, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long run = e.getJobInstance().getInstanceId();
        metrics = calculator.compute(run, 2014);
        oversight = oversightCalculator.compute(run, metrics);
    }

    private byte[] all() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CenterReports(TEMPLATES).writeAll(metrics, oversight, out);
        return out.toByteArray();
    }

    private byte[] one(String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CenterReports(TEMPLATES).writeCenter(metrics, oversight, id, out);
        return out.toByteArray();
    }

    @Test
    void everyCenterHasABookmarkAndTwoPages() throws Exception {
        byte[] pdf = all();
        Path target = Path.of("target", "center-reports-worked-example-FY2014.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, pdf);
        PdfReader reader = new PdfReader(pdf);
        List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
        int pages = reader.getNumberOfPages();
        reader.close();
        List<Integer> starts = new ArrayList<>();
        for (Map<String, Object> m : marks) {
            starts.add(Integer.parseInt(String.valueOf(m.get("Page")).split(" ")[0]));
        }
        assertThat(marks).hasSize(oversight.centers().size());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : pages + 1;
            assertThat(end - starts.get(i)).as("pages of %s", marks.get(i).get("Title")).isEqualTo(2);
        }
    }

    @Test
    void aCentersPagesPrintItsFiguresRanksAndStories() throws Exception {
        for (CenterScorecard c : oversight.centers()) {
            String text = text(one(c.centerId())).replaceAll("\\s+", " ");
            assertThat(text).contains(c.centerName() + " (" + c.centerId() + ")", "Five-year trend",
                    "Compliance and data quality");
            metrics.successStories().stream().filter(s -> s.centerId().equals(c.centerId()))
                    .forEach(s -> assertThat(text).contains(s.title().replaceAll("\\s+", " ")));
        }
    }

    /**
     * Every row of the comparison table of three centers, FY2014: the figures, the medians of the host type and of all
     * centers, and the ranks, typed from the independent expected values (fixtures/worked-example-oversight,
     * expected-oversight-FY2014.json) in the documented formats. WA01 is published; RI01 is withheld as a complement
     * (RI02 has 2 responding clients and Rhode Island is published), so its survey rows print (D) and no rank, and the
     * medians leave it out; KS02 is published among the nonprofit centers (RI02 withheld: medians of two).
     */
    @Test
    void theComparisonTablePrintsTheIndependentlyComputedFiguresMediansAndRanks() throws Exception {
        Map<String, List<String>> rows = Map.of(
                "WA01", List.of("Figure WA01 Median, university centers (2) Median, all centers (7) Rank among all"
                        + " Rank, host type ",
                    "Clients served 7 3.5 5 1 of 7 1 of 2 ",
                    "New clients 5 2.5 3 1 of 7 1 of 2 ",
                    "Repeat clients 2 1 1 3 of 7 1 of 2 ",
                    "Projects completed 9 4.5 7 2 of 7 1 of 2 ",
                    "Client fees $206,068 $103,034 $1,816,036 6 of 7 1 of 2 ",
                    "Federal funds $552,311 $601,155 $2,212,827 7 of 7 2 of 2 ",
                    "Non-federal funds $418,566 $559,283 $3,339,425 7 of 7 2 of 2 ",
                    "Response rate 75.0% 75.0% 70.8% 3 of 6 1 of 1 ",
                    "Net promoter score 67 67 83 3 of 4 1 of 1 ",
                    "New sales $1,608,339 $1,608,339 $3,492,342 3 of 4 1 of 1 ",
                    "Retained sales $730,809 $730,809 $7,113,298 4 of 4 1 of 1 ",
                    "Cost savings $90,513 $90,513 $126,685 3 of 4 1 of 1 ",
                    "New client investment $153,419 $153,419 $267,907 4 of 4 1 of 1 ",
                    "Jobs created 6 6 3.5 1 of 4 1 of 1 ",
                    "Jobs retained 82 82 15.5 1 of 4 1 of 1 ",
                    "New sales per federal dollar $2.91 $2.91 $1.88 2 of 4 1 of 1 ",
                    "Federal cost per job $6,276.26 $6,276.26 $285,583.05 4 of 4 1 of 1 "),
                "RI01", List.of("Figure RI01 Median, government centers (2) Median, all centers (7) Rank among all"
                        + " Rank, host type ",
                    "Clients served 5 6 5 3 of 7 2 of 2 ",
                    "New clients 4 3.5 3 2 of 7 1 of 2 ",
                    "Repeat clients 1 2.5 1 4 of 7 2 of 2 ",
                    "Projects completed 7 8.5 7 3 of 7 2 of 2 ",
                    "Client fees $383,621 $1,244,136 $1,816,036 5 of 7 2 of 2 ",
                    "Federal funds $8,473,505 $6,501,078 $2,212,827 1 of 7 1 of 2 ",
                    "Non-federal funds $3,339,425 $4,717,170 $3,339,425 4 of 7 2 of 2 ",
                    "Response rate 57.1% * 68.6% 70.8% 6 of 6 2 of 2 ",
                    "Net promoter score (D) 100 83 ",
                    "New sales (D) $3,785 $3,492,342 ",
                    "Retained sales (D) $1,155,536 $7,113,298 ",
                    "Cost savings (D) $31,069 $126,685 ",
                    "New client investment (D) $602,211 $267,907 ",
                    "Jobs created (D) 2 3.5 ",
                    "Jobs retained (D) 15 15.5 ",
                    "New sales per federal dollar (D) $0.00 $1.88 ",
                    "Federal cost per job (D) $266,391.27 $285,583.05 "),
                "KS02", List.of("Figure KS02 Median, nonprofit centers (3) Median, all centers (7) Rank among all"
                        + " Rank, host type ",
                    "Clients served 5 5 5 3 of 7 1 of 3 ",
                    "New clients 2 3 3 6 of 7 3 of 3 ",
                    "Repeat clients 3 1 1 2 of 7 1 of 3 ",
                    "Projects completed 7 7 7 3 of 7 1 of 3 ",
                    "Client fees $1,925,369 $1,925,369 $1,816,036 3 of 7 2 of 3 ",
                    "Federal funds $1,929,744 $2,212,827 $2,212,827 5 of 7 3 of 3 ",
                    "Non-federal funds $3,020,193 $3,396,002 $3,339,425 5 of 7 3 of 3 ",
                    "Response rate 66.7% * 66.7% 70.8% 4 of 6 2 of 3 ",
                    "Net promoter score -50 25 83 4 of 4 2 of 2 ",
                    "New sales $25,577,683 $15,477,014 $3,492,342 1 of 4 1 of 2 ",
                    "Retained sales $21,387,043 $17,229,052 $7,113,298 1 of 4 1 of 2 ",
                    "Cost savings $233,541 $198,199 $126,685 1 of 4 1 of 2 ",
                    "New client investment $157,329 $267,907 $267,907 3 of 4 2 of 2 ",
                    "Jobs created 0 2.5 3.5 4 of 4 2 of 2 ",
                    "Jobs retained 1 8.5 15.5 4 of 4 2 of 2 ",
                    "New sales per federal dollar $13.25 $7.05 $1.88 1 of 4 1 of 2 ",
                    "Federal cost per job $1,929,744.26 $1,117,259.55 $285,583.05 1 of 4 1 of 2 "));
        for (Map.Entry<String, List<String>> center : rows.entrySet()) {
            String text = text(one(center.getKey())).replaceAll("\\s+", " ");
            for (String row : center.getValue()) {
                assertThat(text).as(center.getKey()).contains(row);
            }
        }
        String ri01 = text(one("RI01")).replaceAll("\\s+", " ");
        assertThat(ri01).contains("(D) Withheld to avoid disclosing what individual clients reported");
    }

    @Test
    void theReportsArePdfUaAndTheSameBytesTwice() throws Exception {
        byte[] pdf = all();
        PdfUaValidation.Outcome outcome = PdfUaValidation.validate(pdf);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.compliant()).isTrue();
        assertThat(all()).isEqualTo(pdf);
        String id = oversight.centers().get(0).centerId();
        assertThat(PdfUaValidation.validate(one(id)).compliant()).isTrue();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\f');
        }
        reader.close();
        return all.toString();
    }
}
