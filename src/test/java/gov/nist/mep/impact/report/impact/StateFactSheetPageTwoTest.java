package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.metrics.SuccessStory;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.report.render.DisplayFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page two of the state fact sheets on the worked example: the five-year trend of the state's clients and impacts
 * (chart and data table, the model's figures of each year), its success story of the year, and its centers with host
 * organisation and regional offices.
 */
class StateFactSheetPageTwoTest extends ImpactPdfWorkedExample {

    @Test
    void pageTwoShowsEachYearOfTheStatesTrendItsStoryAndItsCenters() throws Exception {
        ImpactMetrics m = metrics();
        StateTrends trends = trends();
        byte[] pdf = factSheets(m, trends);
        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(2 * m.states().size());

        for (int i = 0; i < m.states().size(); i++) {
            StateFigures s = m.states().get(i);
            String page = pages.get(2 * i + 1).replaceAll("\\s+", " ");
            assertThat(trends.of(s.state())).as("years of %s", s.state()).isNotEmpty();
            assertThat(trends.of(s.state()).get(trends.of(s.state()).size() - 1).figures()).isEqualTo(s);
            for (StateTrends.Year y : trends.of(s.state())) {
                assertThat(page).contains("FY" + y.fiscalYear() + " "
                        + DisplayFormat.count(y.figures().figures().clientsServed()) + " "
                        + DisplayFormat.count(y.figures().figures().projectsCompleted()));
            }
            for (CenterFigures c : m.centers()) {
                if (c.state().equals(s.state())) {
                    assertThat(page).contains(c.centerName() + " " + StateFactSheetPageTwo.hostType(c.hostType()));
                }
            }
            List<String> centers = m.centers().stream().filter(c -> c.state().equals(s.state()))
                    .map(CenterFigures::centerId).toList();
            List<SuccessStory> stories = m.successStories().stream().filter(st -> centers.contains(st.centerId()))
                    .toList();
            if (stories.isEmpty()) {
                assertThat(page).contains("No success story of a center in the state was released");
            } else {
                assertThat(page).contains(StateFactSheetPageTwo.abridged(stories.get(0).title()), "Challenge",
                        "Solution", "Results");
            }
        }
    }

    @Test
    void longStoriesAreAbridgedAtAWord() {
        String text = "word ".repeat(200);
        String abridged = StateFactSheetPageTwo.abridged(text);
        assertThat(abridged).hasSizeLessThanOrEqualTo(StateFactSheetPageTwo.STORY_PART).endsWith("word\u2026");
        assertThat(StateFactSheetPageTwo.abridged("Short.")).isEqualTo("Short.");
    }

    @Test
    void theTwoPageFactSheetsArePdfUa() throws Exception {
        PdfUaValidation.Outcome outcome = PdfUaValidation.validate(factSheets(metrics(), trends()));
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.compliant()).isTrue();
    }
}
