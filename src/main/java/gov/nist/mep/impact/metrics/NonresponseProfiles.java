package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares respondents (COMPLETE records) with non-respondents (all other records of the year) on what is known of
 * both: service category, client size and project hours. The unit is the survey record, the unit of response; a
 * client with one answered and one unanswered survey appears on both sides.
 */
final class NonresponseProfiles {

    /** Lower bounds (employees) of the size bands, and their labels. */
    private static final long[] BAND_FLOORS = {0, 20, 100, 250};
    private static final String[] BAND_LABELS = {"0-19", "20-99", "100-249", "250+"};
    private static final int SCALE = 1;

    private NonresponseProfiles() {
    }

    static Estimates.NonresponseComparison compare(List<SurveyObservation> records) {
        Map<String, long[]> byCategory = new TreeMap<>();
        long[][] byBand = new long[BAND_FLOORS.length][2];
        Side[] employees = {new Side(), new Side()};
        Side[] hours = {new Side(), new Side()};
        long[] counts = new long[2];
        for (SurveyObservation o : records) {
            int side = o.complete() ? 0 : 1;
            counts[side]++;
            String category = o.serviceCategory() == null || o.serviceCategory().isBlank() ? "(unknown)"
                    : o.serviceCategory();
            byCategory.computeIfAbsent(category, c -> new long[2])[side]++;
            byBand[band(o.employees())][side]++;
            employees[side].add(BigDecimal.valueOf(o.employees()));
            if (o.projectHours() != null) {
                hours[side].add(o.projectHours());
            }
        }
        List<Estimates.NonresponseShare> categories = new ArrayList<>();
        byCategory.forEach((category, n) -> categories.add(share(category, n, counts)));
        List<Estimates.NonresponseShare> bands = new ArrayList<>();
        for (int b = 0; b < BAND_FLOORS.length; b++) {
            bands.add(share(BAND_LABELS[b], byBand[b], counts));
        }
        return new Estimates.NonresponseComparison(counts[0], counts[1], List.copyOf(categories), List.copyOf(bands),
                measure(employees), measure(hours));
    }

    private static int band(long employees) {
        int band = 0;
        while (band + 1 < BAND_FLOORS.length && employees >= BAND_FLOORS[band + 1]) {
            band++;
        }
        return band;
    }

    private static Estimates.NonresponseShare share(String group, long[] n, long[] counts) {
        return new Estimates.NonresponseShare(group, n[0], Ratios.ratio(n[0], counts[0]), n[1],
                Ratios.ratio(n[1], counts[1]), Ratios.ratio(n[0], n[0] + n[1]));
    }

    private static Estimates.NonresponseMeasure measure(Side[] sides) {
        return new Estimates.NonresponseMeasure(sides[0].values.size(), sides[0].mean(), sides[0].median(),
                sides[1].values.size(), sides[1].mean(), sides[1].median());
    }

    /** The values of one side, summed exactly. */
    private static final class Side {
        private final List<BigDecimal> values = new ArrayList<>();
        private BigDecimal sum = BigDecimal.ZERO;

        void add(BigDecimal value) {
            values.add(value);
            sum = sum.add(value);
        }

        BigDecimal mean() {
            return EstimatePercentiles.mean(sum, values.size(), SCALE);
        }

        BigDecimal median() {
            return EstimatePercentiles.round(EstimatePercentiles.of(values).at(50), SCALE);
        }
    }
}
