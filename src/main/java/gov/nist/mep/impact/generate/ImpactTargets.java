package gov.nist.mep.impact.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * National figures one fiscal year of the generated extract must reproduce exactly, computed per the metrics
 * contract over the survey records of that year.
 */
record ImpactTargets(int fiscalYear, BigDecimal newSales, BigDecimal retainedSales, BigDecimal costSavings,
        long jobsCreated, long jobsRetained) {

    /** FY2014 as published (shared/data/published-figures.csv); the earlier years somewhat smaller. */
    static final List<ImpactTargets> CALIBRATED_SAMPLE = List.of(
        new ImpactTargets(2012, new BigDecimal("2200000000.00"), new BigDecimal("3700000000.00"),
                new BigDecimal("950000000.00"), 15_400, 40_100),
        new ImpactTargets(2013, new BigDecimal("2350000000.00"), new BigDecimal("3950000000.00"),
                new BigDecimal("1020000000.00"), 16_700, 43_300),
        new ImpactTargets(2014, new BigDecimal("2500000000.00"), new BigDecimal("4200000000.00"),
                new BigDecimal("1100000000.00"), 17_883, 46_069));

    /**
     * The targets of the timeline's program years: the calibrated sample's for FY2012–FY2014, and for an earlier year
     * FY2012's in proportion to the year's projects ({@link Timeline#counts}).
     */
    static List<ImpactTargets> forYears(Timeline timeline) {
        if (timeline.firstYear() == 2012 && timeline.lastYear() == 2014) {
            return CALIBRATED_SAMPLE;
        }
        List<ImpactTargets> years = new ArrayList<>();
        ImpactTargets first = CALIBRATED_SAMPLE.get(0);
        for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
            if (year >= first.fiscalYear()) {
                years.add(CALIBRATED_SAMPLE.get(year - first.fiscalYear()));
            } else {
                BigDecimal projects = BigDecimal.valueOf(Timeline.counts(year)[2]);
                BigDecimal base = BigDecimal.valueOf(Timeline.counts(first.fiscalYear())[2]);
                ImpactTargets scaled = first.scaled(projects, base);
                years.add(new ImpactTargets(year, scaled.newSales, scaled.retainedSales, scaled.costSavings,
                        scaled.jobsCreated, scaled.jobsRetained));
            }
        }
        return List.copyOf(years);
    }

    /** These targets for an extract of {@code projects} projects instead of {@code baseProjects}. */
    ImpactTargets scaled(long projects, long baseProjects) {
        return scaled(BigDecimal.valueOf(projects), BigDecimal.valueOf(baseProjects));
    }

    private ImpactTargets scaled(BigDecimal factor, BigDecimal base) {
        return new ImpactTargets(fiscalYear, scaleMoney(newSales, factor, base), scaleMoney(retainedSales, factor, base),
                scaleMoney(costSavings, factor, base), scaleCount(jobsCreated, factor, base),
                scaleCount(jobsRetained, factor, base));
    }

    /** In the generator's units: cents for money, jobs for jobs; ordered as {@link ImpactCalibration}'s fields. */
    long[] units() {
        return new long[] {cents(newSales), cents(retainedSales), cents(costSavings), jobsCreated, jobsRetained};
    }

    private static long cents(BigDecimal money) {
        return money.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static BigDecimal scaleMoney(BigDecimal money, BigDecimal factor, BigDecimal base) {
        return money.multiply(factor).divide(base, 2, RoundingMode.HALF_EVEN);
    }

    private static long scaleCount(long count, BigDecimal factor, BigDecimal base) {
        return BigDecimal.valueOf(count).multiply(factor).divide(base, 0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
