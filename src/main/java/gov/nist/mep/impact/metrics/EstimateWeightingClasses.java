package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The nonresponse weighting classes of the year's survey records, after collapsing, and the weighted total they give.
 *
 * <p>A class starts as one center x service category cell; its respondents stand in for its non-respondents, with
 * weight fielded / completed. A cell with fewer than {@value #MINIMUM_RESPONDENTS} respondents is collapsed into its
 * center: the center's small cells are pooled into one center class; when that pool itself has fewer than
 * {@value #MINIMUM_RESPONDENTS} respondents, the whole center (all its categories) becomes one class. A center with
 * fewer than {@value #MINIMUM_RESPONDENTS} respondents in all is collapsed into the national class, which pools every
 * such center. The national class is the last resort and is used with however many respondents it has; if it has none,
 * its records are unrepresented and every weight is multiplied by fielded / fielded-in-classes-with-respondents.
 *
 * @param classes in center then category order, the national class last
 * @param cells cells with at least one fielded record
 */
record EstimateWeightingClasses(List<WeightClass> classes, int cells, int collapsedToCenter, int collapsedToNational) {

    static final int MINIMUM_RESPONDENTS = 5;
    static final String CELL = "CELL";
    static final String CENTER = "CENTER";
    static final String NATIONAL = "NATIONAL";
    private static final String UNKNOWN = "(unknown)";

    /** One class; its respondents are in the order the records were given. */
    record WeightClass(String level, String centerId, List<String> serviceCategories, long fielded,
            List<SurveyObservation> respondents) {

        long completed() {
            return respondents.size();
        }
    }

    private static final class Cell {
        private final String category;
        private long fielded;
        private final List<SurveyObservation> respondents = new ArrayList<>();

        Cell(String category) {
            this.category = category;
        }
    }

    static EstimateWeightingClasses of(List<SurveyObservation> records) {
        Map<String, Map<String, Cell>> byCenter = new TreeMap<>();
        for (SurveyObservation o : records) {
            Cell cell = byCenter.computeIfAbsent(name(o.centerId()), c -> new TreeMap<>())
                    .computeIfAbsent(name(o.serviceCategory()), Cell::new);
            cell.fielded++;
            if (o.complete()) {
                cell.respondents.add(o);
            }
        }
        List<WeightClass> classes = new ArrayList<>();
        List<Cell> national = new ArrayList<>();
        int cells = 0;
        int toCenter = 0;
        int toNational = 0;
        for (Map.Entry<String, Map<String, Cell>> center : byCenter.entrySet()) {
            String centerId = center.getKey();
            List<Cell> all = List.copyOf(center.getValue().values());
            List<Cell> kept = all.stream().filter(c -> c.respondents.size() >= MINIMUM_RESPONDENTS).toList();
            List<Cell> small = all.stream().filter(c -> c.respondents.size() < MINIMUM_RESPONDENTS).toList();
            cells += all.size();
            if (small.isEmpty() || respondents(small) >= MINIMUM_RESPONDENTS) {
                kept.forEach(c -> classes.add(pool(CELL, centerId, List.of(c))));
                if (!small.isEmpty()) {
                    classes.add(pool(CENTER, centerId, small));
                    toCenter += small.size();
                }
            } else if (respondents(all) >= MINIMUM_RESPONDENTS) {
                classes.add(pool(CENTER, centerId, all));
                toCenter += all.size();
            } else {
                national.addAll(all);
                toNational += all.size();
            }
        }
        if (!national.isEmpty()) {
            classes.add(pool(NATIONAL, null, national));
        }
        return new EstimateWeightingClasses(List.copyOf(classes), cells, toCenter, toNational);
    }

    private static String name(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static long respondents(List<Cell> cells) {
        return cells.stream().mapToLong(c -> c.respondents.size()).sum();
    }

    private static WeightClass pool(String level, String centerId, List<Cell> cells) {
        TreeSet<String> categories = new TreeSet<>();
        List<SurveyObservation> respondents = new ArrayList<>();
        long fielded = 0;
        for (Cell c : cells) {
            categories.add(c.category);
            respondents.addAll(c.respondents);
            fielded += c.fielded;
        }
        return new WeightClass(level, centerId, List.copyOf(categories), fielded, List.copyOf(respondents));
    }

    long fielded() {
        return classes.stream().mapToLong(WeightClass::fielded).sum();
    }

    /** Fielded records of classes without any respondent. */
    long unrepresented() {
        return classes.stream().filter(c -> c.completed() == 0).mapToLong(WeightClass::fielded).sum();
    }

    /** fielded / fielded-in-classes-with-respondents: 1 unless a class has no respondent; null without respondents. */
    BigDecimal adjustment() {
        long represented = fielded() - unrepresented();
        return represented == 0 ? null
                : BigDecimal.valueOf(fielded()).divide(BigDecimal.valueOf(represented), MathContext.DECIMAL128);
    }

    /**
     * Whether every class's variance can be estimated: a class whose single respondent stands in for others carries
     * weight but shows no spread.
     */
    boolean varianceEstimable() {
        return adjustment() != null && classes.stream().noneMatch(c -> c.completed() == 1 && c.fielded() > 1);
    }

    /** The sum over classes of fielded / completed x the respondents' values, adjusted; unrounded; null if none. */
    BigDecimal weightedTotal(Function<SurveyObservation, BigDecimal> value) {
        BigDecimal adjustment = adjustment();
        if (adjustment == null) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (WeightClass c : classes) {
            if (c.completed() == 0) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (SurveyObservation o : c.respondents()) {
                sum = sum.add(value.apply(o));
            }
            total = total.add(sum.multiply(BigDecimal.valueOf(c.fielded()))
                    .divide(BigDecimal.valueOf(c.completed()), MathContext.DECIMAL128));
        }
        return total.multiply(adjustment, MathContext.DECIMAL128);
    }

    Estimates.WeightingClasses toFigures() {
        BigDecimal adjustment = adjustment();
        List<Estimates.WeightingClass> figures = classes.stream().map(c -> new Estimates.WeightingClass(c.level(),
                c.centerId(), c.serviceCategories(), c.fielded(), c.completed(), Ratios.ratio(c.fielded(),
                        c.completed()))).toList();
        return new Estimates.WeightingClasses(cells, classes.size(), collapsedToCenter, collapsedToNational,
                unrepresented(), adjustment == null ? null : adjustment.doubleValue(), figures);
    }
}
