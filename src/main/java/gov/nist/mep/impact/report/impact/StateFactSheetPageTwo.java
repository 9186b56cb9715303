package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.dollars;
import static gov.nist.mep.impact.report.render.DisplayFormat.money;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.metrics.SuccessStory;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.Charts;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second page of a state's fact sheet, like the program's own state reports for Congress: the state's five-year
 * trend of clients and impacts (a small chart and its data table), its success story of the year when one was
 * released (abridged to fit), and its centers with their host organisations and regional offices.
 */
final class StateFactSheetPageTwo {

    /** Characters of each part of the success story; longer ones end at a word with an ellipsis. */
    static final int STORY_PART = 420;
    private static final float CHART_WIDTH = 440;
    private static final float CHART_HEIGHT = 110;

    private final ImpactMetrics metrics;
    private final StateTrends trends;

    StateFactSheetPageTwo(ImpactMetrics metrics, StateTrends trends) {
        this.metrics = metrics;
        this.trends = trends;
    }

    /** The state's story of the year: the first in file order of a center in the state, if any. */
    Optional<SuccessStory> story(String state) {
        List<String> centers = metrics.centers().stream().filter(c -> c.state().equals(state))
                .map(CenterFigures::centerId).toList();
        return metrics.successStories().stream().filter(s -> centers.contains(s.centerId())).findFirst();
    }

    PdfChart trend(StateFigures s) {
        List<StateTrends.Year> years = trends.of(s.state());
        List<Charts.Bar> bars = new ArrayList<>();
        PdfTable.Builder data = PdfTable.builder().text("Fiscal year", 1.0f).number("Clients served", 1.1f)
                .number("Projects completed", 1.1f).number("New sales", 1.4f)
                .number("Jobs created or retained", 1.4f).number("Federal funds", 1.4f);
        for (StateTrends.Year y : years) {
            GroupFigures f = y.figures().figures();
            boolean d = y.figures().suppressed();
            if (d) {
                data.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
            }
            bars.add(new Charts.Bar("FY" + y.fiscalYear(), f.clientsServed()));
            data.row("FY" + y.fiscalYear(), count(f.clientsServed()), count(f.projectsCompleted()),
                    d ? DisplayFormat.SUPPRESSED : money(f.newSales()),
                    d ? DisplayFormat.SUPPRESSED : count(f.jobsCreatedOrRetained()),
                    dollars(y.figures().funding().federalFunds()));
        }
        if (years.isEmpty()) {
            data.row("None", "", "", "", "", "");
        }
        String name = s.state().isEmpty() ? "the state" : StateFactSheetContent.StateNames.name(s.state());
        String alt = years.isEmpty() ? "Bar chart of clients served by fiscal year; no year."
                : "Bar chart of the clients MEP centers served in " + name + " in each fiscal year: " + String.join(
                        ", ", years.stream().map(y -> "FY" + y.fiscalYear() + " "
                                + count(y.figures().figures().clientsServed())).toList())
                        + ". The table that follows gives every year's figures.";
        return new PdfChart(alt, CHART_WIDTH, CHART_HEIGHT, Charts.bars(bars, "Clients served",
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)), false, CHART_WIDTH,
                CHART_HEIGHT), data.build());
    }

    PdfTable storyTable(StateFigures s) {
        PdfTable.Builder t = PdfTable.builder().text("Success story", 1.1f).text("", 5.0f);
        Optional<SuccessStory> story = story(s.state());
        if (story.isEmpty()) {
            t.row("None", "No success story of a center in the state was released for fiscal year "
                    + metrics.fiscalYear() + ".");
        } else {
            SuccessStory st = story.get();
            String center = metrics.centers().stream().filter(c -> c.centerId().equals(st.centerId()))
                    .map(CenterFigures::centerName).findFirst().orElse(st.centerId());
            t.row("Title", abridged(st.title()) + " (" + st.clientName() + ", with " + center + ")");
            t.row("Challenge", abridged(st.challenge()));
            t.row("Solution", abridged(st.solution()));
            t.row("Results", abridged(st.results()));
        }
        return t.build();
    }

    /** The text, or its first words up to {@link #STORY_PART} characters and an ellipsis. */
    static String abridged(String text) {
        return DisplayFormat.abridged(text, STORY_PART);
    }

    PdfTable centers(StateFigures s) {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.0f).text("Host organisation", 1.3f)
                .number("Regional offices", 1.0f).number("Federal funds", 1.3f).number("Clients served", 1.0f)
                .number("Projects completed", 1.0f);
        List<CenterFigures> list = metrics.centers().stream().filter(c -> c.state().equals(s.state())).toList();
        for (CenterFigures c : list) {
            t.row(c.centerName(), hostType(c.hostType()),
                    c.regionalOffices() == null ? "not reported" : count(c.regionalOffices()),
                    dollars(c.funding().federalFunds()), count(c.figures().clientsServed()),
                    count(c.figures().projectsCompleted()));
        }
        if (list.isEmpty()) {
            t.row("No center", "", "", "", "", "");
        } else if (list.size() > 1) {
            t.total("All centers in the state", "", "", dollars(s.funding().federalFunds()),
                    count(s.figures().clientsServed()), count(s.figures().projectsCompleted()));
        }
        return t.build();
    }

    /** NONPROFIT, UNIVERSITY, GOVERNMENT in words. */
    static String hostType(String code) {
        return switch (code) {
            case "NONPROFIT" -> "Nonprofit";
            case "UNIVERSITY" -> "University";
            case "GOVERNMENT" -> "State or local government";
            default -> code;
        };
    }
}
