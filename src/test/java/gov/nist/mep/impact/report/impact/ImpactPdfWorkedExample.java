package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gov.nist.mep.impact.economy.EconomyWideModel;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics of the contract's worked example for FY2014, computed once by the real job, and helpers to render and
 * read back the impact report and the state fact sheets.
 */
abstract class ImpactPdfWorkedExample extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;
    static final Path TEMPLATES = Path.of("report-templates");

    private static ImpactMetrics cached;
    private static StateTrends cachedTrends;

    @Autowired
    private MetricsCalculator calculator;

    @Autowired
    private EconomyWideModel economyWide;

    /** A top-level bookmark: its title and the page it points to. */
    record Bookmark(String title, int page) {
    }

    /** The worked example's FY2014 model with its economy-wide impacts, as the report jobs make it (once per JVM). */
    protected synchronized ImpactMetrics metrics() throws Exception {
        if (cached == null) {
            Path out = Files.createTempDirectory("impact-pdf-worked-example");
            JobExecution e = run("annual-report", EXAMPLE.toAbsolutePath(), out, 2014);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long run = e.getJobInstance().getInstanceId();
            cached = economyWide.attach(calculator.compute(run, 2014));
            // read now: the run's staging is kept only until another test starts a job
            cachedTrends = calculator.run(run).stateTrends(2014, StateTrends.YEARS);
        }
        return cached;
    }

    /** Each state's years of the worked example up to FY2014, from the same run. */
    protected synchronized StateTrends trends() throws Exception {
        metrics();
        return cachedTrends;
    }

    static byte[] factSheets(ImpactMetrics m, StateTrends trends) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StateFactSheets(TEMPLATES, trends).writeAll(m, out);
        return out.toByteArray();
    }

    static byte[] report(ImpactMetrics m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImpactReportPdf(TEMPLATES).write(m, out);
        return out.toByteArray();
    }

    static byte[] factSheets(ImpactMetrics m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StateFactSheets(TEMPLATES).writeAll(m, out);
        return out.toByteArray();
    }

    static byte[] factSheet(ImpactMetrics m, String state) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StateFactSheets(TEMPLATES).writeState(m, state, out);
        return out.toByteArray();
    }

    /** The text of every page, pages separated by a form feed. */
    static List<String> pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            reader.close();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\f", pages(pdf));
    }

    /** The top-level bookmarks, in order. */
    static List<Bookmark> bookmarks(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<Map<String, Object>> list = SimpleBookmark.getBookmarkList(reader);
        reader.close();
        List<Bookmark> result = new ArrayList<>();
        if (list != null) {
            for (Map<String, Object> b : list) {
                String page = String.valueOf(b.get("Page"));
                result.add(new Bookmark(String.valueOf(b.get("Title")), Integer.parseInt(page.split(" ")[0])));
            }
        }
        return result;
    }

    static int pageCount(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int n = reader.getNumberOfPages();
        reader.close();
        return n;
    }
}
