package gov.nist.mep.impact.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics of the contract's worked example for FY2014, computed once by the real job, and helpers to render and
 * read back the annual report.
 */
abstract class PdfWorkedExample extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.EXAMPLE_EXTRACT;
    static final Path TEMPLATES = Path.of("report-templates");

    private static ImpactMetrics cached;

    @Autowired
    private MetricsCalculator calculator;

    /** The worked example's FY2014 model, from the real annual-report job (computed once per JVM). */
    protected synchronized ImpactMetrics metrics() throws Exception {
        if (cached == null) {
            Path out = Files.createTempDirectory("pdf-worked-example");
            JobExecution e = run("annual-report", EXAMPLE.toAbsolutePath(), out, 2014);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            cached = calculator.compute(e.getJobInstance().getInstanceId(), 2014);
        }
        return cached;
    }

    static byte[] render(ImpactMetrics m, Path templates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportPdf(templates).write(m, out);
        return out.toByteArray();
    }

    /** The text of every page, pages separated by a form feed. */
    static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder s = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                s.append(extractor.getTextFromPage(page)).append('\f');
            }
            reader.close();
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
