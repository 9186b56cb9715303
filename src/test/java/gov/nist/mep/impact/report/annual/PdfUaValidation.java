package gov.nist.mep.impact.report.annual;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 validation of a PDF: the failed rules, each with its clause, message and place. */
public final class PdfUaValidation {

    /** The result of one validation. */
    public record Outcome(int rulesChecked, boolean compliant, List<String> failures) {
    }

    private PdfUaValidation() {
    }

    public static Outcome validate(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        }
        List<String> failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " at " + a.getLocation().getContext())
                .distinct().limit(40).toList();
        return new Outcome(result.getTotalAssertions(), result.isCompliant(), failures);
    }
}
