package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.DataQuality;
import gov.nist.mep.impact.metrics.FileRecordCounts;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.metrics.SuccessStory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small metrics model built by hand, with the cases the worked example lacks: a compliant center, a center without
 * funds, a suppressed service category, no appropriation for the year, no previous year, contact details in a story.
 */
final class XlsxTestModels {

    static final String STORY_CLIENT = "Quiet Widgets LLC";

    private XlsxTestModels() {
    }

    static GroupFigures figures(long projects, long clients, String newSales, long jobsCreated, long respondingClients) {
        return new GroupFigures(projects, clients, respondingClients + 1, respondingClients, 0.75, new BigDecimal(newSales),
                new BigDecimal("2000.10"), new BigDecimal("300.01"), new BigDecimal("400.40"), jobsCreated, 7, 50.0,
                new BigDecimal("123.5"), respondingClients);
    }

    static Funding funding(String federal, String nonFederal) {
        return new Funding(new BigDecimal(federal), new BigDecimal(nonFederal), 1.2345678, 0.5, 0.25, 98765.4321);
    }

    static ImpactMetrics model() {
        GroupFigures all = figures(30, 25, "1000000.55", 12, 20);
        NationalFigures national = new NationalFigures(2014, all, funding("3000000.00", "6000000.00"), null, null, null,
                null, null, 3, 5);
        List<StateFigures> states = List.of(
                new StateFigures("AA", 1, figures(3, 2, "777777.77", 4, 2), funding("1000000.00", "2000000.00"), true),
                new StateFigures("BB", 2, figures(27, 23, "222222.78", 8, 18), funding("2000000.00", "4000000.00"),
                        false));
        List<CenterFigures> centers = List.of(
                new CenterFigures("AA01", "Alpha Center", "AA", "NONPROFIT", 2, 6, false, 0.3, 1.0 / 3, true, 1,
                        figures(3, 2, "777777.77", 4, 2), funding("1000000.00", "2000000.00"), true),
                new CenterFigures("BB01", "Beta Center", "BB", "UNIVERSITY", null, 1, false, null, 0.5, null, 0,
                        figures(0, 0, "0", 0, 0), funding("0", "0"), true),
                new CenterFigures("BB02", "Gamma Center", "BB", "NONPROFIT", 3, 4, true, 0.4, 1.0 / 3, false, 2,
                        figures(27, 23, "222222.78", 8, 18), funding("2000000.00", "4000000.00"), false));
        List<CategoryFigures> categories = List.of(
                new CategoryFigures("LEAN", figures(20, 18, "900000.00", 10, 17), false),
                new CategoryFigures("QUALITY", figures(10, 9, "100000.55", 2, 2), true));
        DataQuality quality = new DataQuality(List.of(new FileRecordCounts("centers.csv", 4, 3, 0, 1),
                new FileRecordCounts("survey/wave-1.csv", 10, 8, 1, 1)), 14, 11, 1, 2, 1, 3,
                new TreeMap<>(Map.of("state", 1L, "required", 1L)));
        Map<Integer, BigDecimal> appropriations = new TreeMap<>(Map.of(2012, new BigDecimal("120000000"),
                2013, new BigDecimal("128000000")));
        List<SuccessStory> stories = List.of(new SuccessStory("success-stories/AA01.json", "AA01", 2014, STORY_CLIENT,
                "Faster changeovers", "Long setups.", "SMED workshop.",
                "Setup time halved. Contact jo.smith@quietwidgets.example or 555-0100.", "{}"));
        return new ImpactMetrics(2014, national, states, centers, categories, quality, List.of(national), null, null,
                appropriations, stories);
    }
}
