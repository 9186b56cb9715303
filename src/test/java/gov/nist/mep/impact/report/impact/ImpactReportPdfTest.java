package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.report.render.DisplayFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The impact report of the worked example: figures equal the model, both denominators, (D), PDF/UA, same bytes. */
class ImpactReportPdfTest extends ImpactPdfWorkedExample {

    @Test
    void nationalFiguresAndBothDenominatorsEqualTheModelAfterDisplayRounding() throws Exception {
        ImpactMetrics m = metrics();
        String text = text(report(m)).replaceAll("\\s+", " ");
        NationalFigures n = m.national();

        assertThat(text).contains(DisplayFormat.count(n.figures().clientsServed()) + " clients",
                DisplayFormat.money(n.figures().newSales()) + " in new sales",
                DisplayFormat.money(n.figures().retainedSales()) + " in retained sales",
                DisplayFormat.money(n.figures().costSavings()) + " in cost savings",
                DisplayFormat.count(n.figures().jobsCreated()) + " jobs created",
                DisplayFormat.count(n.figures().jobsRetained()) + " jobs",
                DisplayFormat.money(n.appropriation()),
                DisplayFormat.money(n.funding().federalFunds()),
                DisplayFormat.perDollar(n.newSalesPerAppropriationDollar()) + " per dollar appropriated",
                DisplayFormat.perDollar(n.funding().newSalesPerFederalDollar())
                        + " per federal dollar awarded to centers",
                DisplayFormat.perJob(n.appropriationCostPerJob()) + " per job",
                DisplayFormat.perJob(n.funding().federalCostPerJob()) + " per job",
                "Over the appropriation", "Over federal funds awarded to centers",
                DisplayFormat.percent(n.figures().responseRate()));
        for (NationalFigures year : m.trend()) {
            assertThat(text).as("trend year %s", year.fiscalYear()).contains("FY" + year.fiscalYear());
        }
        Estimates.ImpactEstimate sales = m.estimates().impacts().get("newSales");
        assertThat(text).contains("Estimated total (estimate)", DisplayFormat.moneyShort(sales.estimatedTotal()),
                DisplayFormat.moneyShort(sales.confidenceLower()), DisplayFormat.moneyShort(sales.confidenceUpper()),
                DisplayFormat.money(sales.perRespondingClient().median()));
        assertThat(text).contains("6 to 12 months", "independent survey contractor", "Appendix: Definitions");
    }

    @Test
    void suppressedStatesAndCentersPrintDWithTheFootnote() throws Exception {
        ImpactMetrics m = metrics();
        List<StateFigures> suppressed = m.states().stream().filter(StateFigures::suppressed).toList();
        assertThat(suppressed).as("the worked example has suppressed states").isNotEmpty();
        String text = text(report(m)).replaceAll("[ \\t]+", " ");
        // the last occurrences are the headings (the first ones are lines of the contents)
        String byState = text.substring(text.lastIndexOf("Impacts by state"), text.lastIndexOf("Impacts by center"));
        for (StateFigures s : suppressed) {
            assertThat(byState).as("state %s", s.state()).containsPattern(s.state()
                    + "\\s*\\d+\\s*[\\d,]+\\s*(\\(D\\)\\s*){5}");
            assertThat(byState).doesNotContain(DisplayFormat.moneyShort(s.figures().newSales()) + " "
                    + DisplayFormat.moneyShort(s.figures().costSavings()));
        }
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Withheld to avoid disclosing what individual clients reported: fewer than 3");
        long suppressedCenters = m.centers().stream().filter(CenterFigures::suppressed).count();
        assertThat(suppressedCenters).as("the worked example has suppressed centers").isPositive();
        String byCenter = text.substring(text.lastIndexOf("Impacts by center"),
                text.lastIndexOf("Impacts by Service Category"));
        // five impact cells per suppressed center, and the marker of the note under the table
        assertThat(byCenter.split("\\(D\\)", -1).length - 1).isEqualTo(5 * (int) suppressedCenters + 1);
    }

    @Test
    void twoRendersGiveTheSameBytesAndNoContactData() throws Exception {
        byte[] first = report(metrics());
        byte[] second = report(metrics());
        assertThat(second).isEqualTo(first);
        String text = text(first);
        assertThat(text).doesNotContain("Pat Doe", "@example.com", "555-0100");
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Pat Doe", "@example.com", "555-0100");
        Path target = Path.of("target", "impact-report-worked-example-FY2014.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, first);
    }

    @Test
    void theImpactReportHasNoFailedPdfUaRule() throws Exception {
        PdfUaValidation.Outcome outcome = PdfUaValidation.validate(report(metrics()));

        assertThat(outcome.rulesChecked()).as("rules checked").isGreaterThan(1000);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.compliant()).isTrue();
    }
}
