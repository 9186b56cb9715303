package gov.nist.mep.impact.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The annual report passes veraPDF's PDF/UA-1 validation (the machine-checkable part of PDF/UA). */
class AnnualReportPdfUaTest extends PdfWorkedExample {

    @Test
    void theAnnualReportHasNoFailedPdfUaRule() throws Exception {
        PdfUaValidation.Outcome outcome = PdfUaValidation.validate(render(metrics(), TEMPLATES));

        assertThat(outcome.rulesChecked()).as("rules checked").isGreaterThan(1000);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.compliant()).isTrue();
    }
}
