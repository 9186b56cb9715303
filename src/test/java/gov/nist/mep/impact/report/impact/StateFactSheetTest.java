package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.report.render.DisplayFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state fact sheets of the worked example: two pages per state, bookmarks, (D), single centers, PDF/UA, same bytes. */
class StateFactSheetTest extends ImpactPdfWorkedExample {

    private static final String FOOTNOTE = "Withheld to avoid disclosing what individual clients reported: fewer than 3";

    @Test
    void writeAllHasOneBookmarkPerStateAndEveryStateTakesTwoPages() throws Exception {
        ImpactMetrics m = metrics();
        byte[] pdf = factSheets(m);
        List<Bookmark> marks = bookmarks(pdf);
        int pages = pageCount(pdf);

        assertThat(marks).extracting(Bookmark::title).containsExactlyElementsOf(m.states().stream()
                .map(s -> StateFactSheetContent.StateNames.name(s.state())).toList());
        assertThat(marks.get(0).page()).isEqualTo(1);
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1).page() : pages + 1;
            assertThat(end - marks.get(i).page()).as("pages of %s", marks.get(i).title()).isEqualTo(2);
        }
        Path target = Path.of("target", "state-fact-sheets-worked-example-FY2014.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, pdf);
    }

    @Test
    void aSuppressedStateIsBlankWithDAndTheFootnoteAndItsSummaryStatesNoImpact() throws Exception {
        ImpactMetrics m = metrics();
        StateFigures s = m.states().stream().filter(StateFigures::suppressed).findFirst().orElseThrow();
        String text = text(factSheet(m, s.state())).replaceAll("\\s+", " ");

        assertThat(text).contains("New sales (D) ", "Jobs created (D) ", "New sales per dollar (D) ", FOOTNOTE,
                "survey is withheld to avoid disclosing individual answers",
                DisplayFormat.count(s.figures().clientsServed()) + " manufacturers");
        assertThat(text).doesNotContain("reported " + DisplayFormat.money(s.figures().newSales()));
        assertThat(text).doesNotContain("New sales " + DisplayFormat.money(s.figures().newSales()));
    }

    @Test
    void aStateWithASingleCenterListsItAndItsFiguresEqualTheModel() throws Exception {
        ImpactMetrics m = metrics();
        StateFigures s = m.states().stream().filter(x -> x.centers() == 1 && !x.suppressed()).findFirst()
                .orElseThrow();
        CenterFigures center = m.centers().stream().filter(c -> c.state().equals(s.state())).findFirst()
                .orElseThrow();
        String text = text(factSheet(m, s.state())).replaceAll("\\s+", " ");

        assertThat(text).contains(center.centerName() + " " + StateFactSheetPageTwo.hostType(center.hostType()) + " "
                + (center.regionalOffices() == null ? "not reported" : DisplayFormat.count(center.regionalOffices()))
                + " " + DisplayFormat.dollars(center.funding().federalFunds()),
                "Clients served " + DisplayFormat.count(s.figures().clientsServed()) + " "
                        + DisplayFormat.count(m.national().figures().clientsServed()),
                "New sales " + DisplayFormat.money(s.figures().newSales()) + " "
                        + DisplayFormat.money(m.national().figures().newSales()),
                "Jobs created " + DisplayFormat.count(s.figures().jobsCreated()),
                "New sales per dollar " + DisplayFormat.perDollar(s.funding().newSalesPerFederalDollar()) + " "
                        + DisplayFormat.perDollar(m.national().funding().newSalesPerFederalDollar()) + " "
                        + DisplayFormat.perDollar(m.national().newSalesPerAppropriationDollar()),
                "over federal funds awarded to its centers", "over the appropriation",
                "reported " + DisplayFormat.money(s.figures().newSales()) + " in new sales");
        assertThat(text).doesNotContain("All centers in the state", FOOTNOTE);
    }

    @Test
    void writeStateHoldsThatStateAlone() throws Exception {
        ImpactMetrics m = metrics();
        StateFigures s = m.states().get(m.states().size() - 1);
        byte[] pdf = factSheet(m, s.state());

        assertThat(bookmarks(pdf)).extracting(Bookmark::title)
                .containsExactly(StateFactSheetContent.StateNames.name(s.state()));
        assertThat(pageCount(pdf)).isEqualTo(2);
        String text = text(pdf);
        for (CenterFigures c : m.centers()) {
            if (c.state().equals(s.state())) {
                assertThat(text).contains(c.centerName());
            } else {
                assertThat(text).doesNotContain(c.centerName());
            }
        }
        for (StateFigures other : m.states()) {
            if (!other.state().equals(s.state())) {
                assertThat(text).doesNotContain(StateFactSheetContent.StateNames.name(other.state()) + "\n");
            }
        }
        assertThatThrownBy(() -> factSheet(m, "XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factSheetsAreDeterministicWithoutContactDataAndPassPdfUa() throws Exception {
        byte[] first = factSheets(metrics());
        assertThat(factSheets(metrics())).isEqualTo(first);
        assertThat(text(first)).doesNotContain("Pat Doe", "@example.com", "555-0100");
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("Pat Doe", "@example.com",
                "555-0100");

        PdfUaValidation.Outcome all = PdfUaValidation.validate(first);
        assertThat(all.failures()).isEmpty();
        assertThat(all.compliant()).isTrue();
        StateFigures one = metrics().states().get(0);
        PdfUaValidation.Outcome single = PdfUaValidation.validate(factSheet(metrics(), one.state()));
        assertThat(single.failures()).isEmpty();
        assertThat(single.compliant()).isTrue();
    }
}
