package gov.nist.mep.impact.generate;

import java.math.BigInteger;
import java.util.List;

/**
 * Makes the generated survey impacts add up exactly to the {@link ImpactTargets}.
 *
 * <p>The generator runs twice with the same seed. The first, measuring run sums the raw (heavy-tailed) values of
 * the records that count for a year: accepted, winning, {@code COMPLETE} survey records of eligible clients dated
 * in that year. The second, applying run writes each counted value as the step of a cumulative rounding,
 * {@code round(T * prefix_i / S) - round(T * prefix_(i-1) / S)}: every value stays >= 0 and close to its scaled raw
 * value, and the year's total is exactly {@code T} with no remainder to patch. Values that do not count (other
 * years, non-respondents' leftovers, superseded or invalid records) are scaled by the same factor, rounded.
 */
final class ImpactCalibration {

    static final int NEW_SALES = 0;
    static final int RETAINED_SALES = 1;
    static final int COST_SAVINGS = 2;
    static final int JOBS_CREATED = 3;
    static final int JOBS_RETAINED = 4;
    static final int FIELDS = 5;

    private final List<ImpactTargets> years;
    private final int firstYear;
    private final long[][] targets;
    private final long[][] rawTotals;
    private final boolean applying;
    private final long[][] rawSoFar;
    private final long[][] written;

    private ImpactCalibration(List<ImpactTargets> years, long[][] rawTotals, boolean applying) {
        this.years = List.copyOf(years);
        this.firstYear = years.get(0).fiscalYear();
        this.targets = new long[years.size()][];
        for (int y = 0; y < years.size(); y++) {
            if (years.get(y).fiscalYear() != firstYear + y) {
                throw new IllegalArgumentException("calibrated years must be consecutive: " + years);
            }
            targets[y] = years.get(y).units();
        }
        this.rawTotals = rawTotals;
        this.applying = applying;
        this.rawSoFar = new long[years.size()][FIELDS];
        this.written = new long[years.size()][FIELDS];
    }

    static ImpactCalibration measuring(List<ImpactTargets> years) {
        return new ImpactCalibration(years, new long[years.size()][FIELDS], false);
    }

    /** The calibration for the writing run, from the totals this measuring run saw. */
    ImpactCalibration applying() {
        if (applying) {
            throw new IllegalStateException("already applying");
        }
        long[][] totals = new long[rawTotals.length][];
        for (int y = 0; y < rawTotals.length; y++) {
            totals[y] = rawTotals[y].clone();
        }
        return new ImpactCalibration(years, totals, true);
    }

    /**
     * The values to write for one survey record's calibrated fields.
     *
     * @param fiscalYear fiscal year of the survey_date
     * @param counted    whether the record counts in that year's national totals
     * @param raw        raw values: cents for the sales and savings fields, jobs for the job fields
     */
    long[] calibrate(int fiscalYear, boolean counted, long[] raw) {
        int year = Math.max(0, Math.min(targets.length - 1, fiscalYear - firstYear));
        boolean inStream = counted && fiscalYear == firstYear + year;
        long[] values = new long[FIELDS];
        for (int field = 0; field < FIELDS; field++) {
            if (!applying) {
                if (inStream) {
                    rawTotals[year][field] += raw[field];
                }
                values[field] = raw[field];
            } else if (rawTotals[year][field] == 0) {
                values[field] = raw[field];
            } else if (inStream) {
                rawSoFar[year][field] += raw[field];
                long cumulative = share(targets[year][field], rawSoFar[year][field], rawTotals[year][field]);
                values[field] = cumulative - written[year][field];
                written[year][field] = cumulative;
            } else {
                values[field] = share(targets[year][field], raw[field], rawTotals[year][field]);
            }
        }
        return values;
    }

    /** Fails when the writing run did not see what the measuring run saw (the two runs must draw identically). */
    void requireTargetsMet() {
        for (int y = 0; y < targets.length; y++) {
            for (int field = 0; field < FIELDS; field++) {
                if (rawTotals[y][field] != 0 && (written[y][field] != targets[y][field]
                        || rawSoFar[y][field] != rawTotals[y][field])) {
                    throw new IllegalStateException("FY" + (firstYear + y) + " field " + field + " wrote "
                            + written[y][field] + " instead of " + targets[y][field]);
                }
            }
        }
    }

    /** round(target * part / whole), half up, in exact integer arithmetic. */
    private static long share(long target, long part, long whole) {
        BigInteger numerator = BigInteger.valueOf(target).multiply(BigInteger.valueOf(part)).shiftLeft(1)
                .add(BigInteger.valueOf(whole));
        return numerator.divide(BigInteger.valueOf(whole).shiftLeft(1)).longValueExact();
    }
}
