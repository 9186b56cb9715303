package gov.nist.mep.impact.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What one client answered, before calibration: heavy-tailed impacts (most are zero; sizes lognormal with a few
 * very large values), likelihood to recommend, satisfaction. Money is held in exact cents.
 */
final class SurveyAnswers {

    static final int COLUMNS = 11;

    private static final double TAIL_SHARE = 0.0015;
    private static final double LARGEST_DOLLARS = 75_000_000.0;
    /** Cumulative shares of recommend = 10, 9, .., 0; the rest give no answer (net promoter score around +50). */
    private static final double[] RECOMMEND_CUMULATIVE = {0.36, 0.62, 0.77, 0.85, 0.89, 0.93, 0.945, 0.955, 0.96, 0.963, 0.965};
    /** Cumulative shares of satisfaction = 5, 4, .., 1; the rest give no answer. */
    private static final double[] SATISFACTION_CUMULATIVE = {0.48, 0.80, 0.90, 0.93, 0.95};

    private final long newSales;
    private final long retainedSales;
    private final long costSavings;
    private final long[] investments;
    private final long jobsCreated;
    private final long jobsRetained;
    private final int recommend;
    private final int satisfaction;
    /** Whether zero impacts are left blank (the contract reads blank as 0 in COMPLETE records). */
    private final boolean blankZeros;
    /** For non-respondents: 0 nothing written, 1 leftover values (ignored by the contract), 2 an unvalidated oddity. */
    private final int leftovers;
    private final int oddity;

    private SurveyAnswers(SplittableRandom random, ServiceCategory category) {
        newSales = moneyCents(random, 0.36 * category.salesFactor(), 70_000, 1.5);
        retainedSales = moneyCents(random, 0.42, 110_000, 1.4);
        costSavings = moneyCents(random, 0.55 * category.savingsFactor(), 18_000, 1.4);
        investments = new long[] {
            moneyCents(random, 0.30, 70_000, 1.5),
            moneyCents(random, 0.15, 12_000, 1.2),
            moneyCents(random, 0.35, 9_000, 1.1),
            moneyCents(random, 0.10, 15_000, 1.3),
        };
        jobsCreated = jobs(random, 0.27 * StrictMath.sqrt(category.salesFactor()), 1.5, 0.9, 400);
        jobsRetained = jobs(random, 0.45, 3.0, 1.0, 1_500);
        recommend = score(random, RECOMMEND_CUMULATIVE, 10);
        satisfaction = score(random, SATISFACTION_CUMULATIVE, 5);
        blankZeros = random.nextInt(100) < 25;
        int u = random.nextInt(1000);
        leftovers = u < 50 ? 1 : u < 54 ? 2 : 0;
        oddity = random.nextInt(5);
    }

    static SurveyAnswers draw(SplittableRandom random, ServiceCategory category) {
        return new SurveyAnswers(random, category);
    }

    /** Raw values of the calibrated fields, in {@link ImpactCalibration}'s field order. */
    long[] calibratedFields() {
        return new long[] {newSales, retainedSales, costSavings, jobsCreated, jobsRetained};
    }

    /**
     * The 11 answer columns (new_sales .. satisfaction) as written for this disposition.
     *
     * @param calibrated the calibrated fields' values to write, in {@link ImpactCalibration}'s field order
     */
    String[] columns(SurveyDisposition disposition, long[] calibrated) {
        String[] out = new String[COLUMNS];
        Arrays.fill(out, "");
        if (disposition != SurveyDisposition.COMPLETE && leftovers == 0) {
            return out;
        }
        out[0] = money(calibrated[ImpactCalibration.NEW_SALES]);
        out[1] = money(calibrated[ImpactCalibration.RETAINED_SALES]);
        out[2] = money(calibrated[ImpactCalibration.COST_SAVINGS]);
        for (int i = 0; i < investments.length; i++) {
            out[3 + i] = money(investments[i]);
        }
        out[7] = count(calibrated[ImpactCalibration.JOBS_CREATED]);
        out[8] = count(calibrated[ImpactCalibration.JOBS_RETAINED]);
        if (disposition == SurveyDisposition.COMPLETE) {
            out[9] = recommend < 0 ? "" : Integer.toString(recommend);
            out[10] = satisfaction < 0 ? "" : Integer.toString(satisfaction);
        } else if (leftovers == 2) {
            // the contract ignores non-respondents' answers entirely, so not even these make the record invalid
            switch (oddity) {
                case 0 -> out[0] = "-1";
                case 1 -> out[9] = "n/a";
                case 2 -> out[10] = "9";
                case 3 -> out[7] = "2.5";
                default -> out[2] = "12.345";
            }
        }
        return out;
    }

    private String money(long cents) {
        if (cents == 0) {
            return blankZeros ? "" : "0";
        }
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private String count(long value) {
        return value == 0 && blankZeros ? "" : Long.toString(value);
    }

    private static long moneyCents(SplittableRandom random, double share, double medianDollars, double sigma) {
        if (random.nextDouble() >= Math.min(0.95, share)) {
            return 0;
        }
        double dollars = Draws.lognormal(random, medianDollars, sigma);
        if (random.nextDouble() < TAIL_SHARE) {
            dollars *= Draws.uniform(random, 5, 20);
        }
        dollars = Math.min(dollars, LARGEST_DOLLARS);
        // about half the respondents give round dollars
        return random.nextBoolean() ? Math.round(dollars) * 100 : Math.round(dollars * 100);
    }

    private static long jobs(SplittableRandom random, double share, double median, double sigma, int largest) {
        if (random.nextDouble() >= share) {
            return 0;
        }
        double jobs = 1 + Draws.lognormal(random, median, sigma);
        if (random.nextDouble() < TAIL_SHARE * 2) {
            jobs *= Draws.uniform(random, 5, 25);
        }
        return Math.min(largest, (long) Math.floor(jobs));
    }

    /** A score counting down from {@code highest} by the cumulative shares; -1 (no answer) past the last share. */
    private static int score(SplittableRandom random, double[] cumulative, int highest) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return highest - i;
            }
        }
        return -1;
    }
}
