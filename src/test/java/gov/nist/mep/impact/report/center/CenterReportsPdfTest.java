package gov.nist.mep.impact.report.center;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gov.nist.mep.impact.metrics.CenterFigure;
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
            assertThat(text).contains(c.centerName(), "Five-year trend", "Compliance and data quality");
            assertThat(text).contains("Clients served " + CenterReportContent.format(CenterFigure.CLIENTS_SERVED,
                    c.score(CenterFigure.CLIENTS_SERVED).value()));
            assertThat(text).contains(c.score(CenterFigure.CLIENTS_SERVED).rank() + " of "
                    + c.score(CenterFigure.CLIENTS_SERVED).ranked());
            assertThat(text).contains("Federal funds " + CenterReportContent.format(CenterFigure.FEDERAL_FUNDS,
                    c.score(CenterFigure.FEDERAL_FUNDS).value()));
            metrics.successStories().stream().filter(s -> s.centerId().equals(c.centerId()))
                    .forEach(s -> assertThat(text).contains(s.title().replaceAll("\\s+", " ")));
            if (c.suppressed()) {
                assertThat(text).contains("New sales (D)");
            }
        }
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
