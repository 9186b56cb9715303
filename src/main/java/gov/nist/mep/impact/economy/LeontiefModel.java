package gov.nist.mep.impact.economy;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The demand-driven input-output model of one table year: a pure function from final demand by commodity (or output of
 * industries) to output, value added, labor income and jobs by effect (doubles; callers round back to decimals).
 *
 * <p>Type I: industry output x = L d, with L the domestic industry-by-commodity total requirements; the direct effect
 * is d itself, in the industry that makes each commodity; the indirect effect is the rest of L d. Type II closes the
 * model to households: labor income y = h'x (h = compensation per dollar of industry output) is spent on domestic
 * commodities p per dollar (p = PCE shares x domestic shares x spending per dollar of income), which is more final
 * demand: x = L (d + p y). Solving the pair gives y = h'L d / (1 - h'L p) and the induced output L p y; the same
 * solution as inverting the Leontief matrix augmented with a household row h' and column p. Jobs are each industry's
 * employment per dollar of output times its output, summed, for each effect.
 *
 * <p>A change in an industry's output (a client's sales) is not final demand: BEA's RIMS II takes it through the
 * direct-effect multipliers, the final-demand multipliers divided by the industry's own total requirement L_jj, so
 * that the industry's own output rises by exactly the sales ({@link #impactsOfOutput}).
 */
final class LeontiefModel {

    private final RealMatrix requirements;
    private final RealVector laborIncomePerOutput;
    private final RealVector valueAddedPerOutput;
    private final RealVector jobsPerOutput;
    private final RealVector householdSpending;
    private final int[] industryOfCommodity;
    private final double[] ownRequirement;
    private final RealVector inducedOutputPerIncomeDollar;
    private final double householdFeedback;

    /**
     * @param requirements industries x commodities, output per dollar of final demand
     * @param laborIncomePerOutput per industry
     * @param valueAddedPerOutput per industry
     * @param jobsPerOutput per industry, jobs per dollar of output
     * @param householdSpending per commodity: domestic spending per dollar of labor income (zeros give Type I only)
     * @param industryOfCommodity per commodity, the industry row that makes it, or -1
     */
    LeontiefModel(RealMatrix requirements, double[] laborIncomePerOutput, double[] valueAddedPerOutput,
            double[] jobsPerOutput, double[] householdSpending, int[] industryOfCommodity) {
        this.requirements = requirements;
        this.laborIncomePerOutput = new ArrayRealVector(laborIncomePerOutput);
        this.valueAddedPerOutput = new ArrayRealVector(valueAddedPerOutput);
        this.jobsPerOutput = new ArrayRealVector(jobsPerOutput);
        this.householdSpending = new ArrayRealVector(householdSpending);
        this.industryOfCommodity = industryOfCommodity.clone();
        this.ownRequirement = new double[industryOfCommodity.length];
        for (int c = 0; c < industryOfCommodity.length; c++) {
            ownRequirement[c] = industryOfCommodity[c] < 0 ? 0 : requirements.getEntry(industryOfCommodity[c], c);
        }
        this.inducedOutputPerIncomeDollar = requirements.operate(this.householdSpending);
        double leak = this.laborIncomePerOutput.dotProduct(inducedOutputPerIncomeDollar);
        if (leak >= 1) {
            throw new IllegalArgumentException("households re-spend " + leak + " per dollar of income: no solution");
        }
        this.householdFeedback = 1 / (1 - leak);
    }

    static LeontiefModel of(IoTables t, double spendingPerIncomeDollar, EconomyAssumptions.JobsMeasure jobs) {
        int n = t.industries().size();
        double[] labor = new double[n];
        double[] va = new double[n];
        for (int i = 0; i < n; i++) {
            labor[i] = t.industryOutput()[i] == 0 ? 0 : t.compensation()[i] / t.industryOutput()[i];
            va[i] = t.industryOutput()[i] == 0 ? 0 : t.valueAdded()[i] / t.industryOutput()[i];
        }
        // households spend like U.S. personal consumption: the shares of the commodities they buy (BEA's negative
        // entry, the rest-of-the-world adjustment, is no purchase), each at its domestic share
        double totalPce = 0;
        for (double v : t.pce()) {
            totalPce += Math.max(0, v);
        }
        int m = t.codes().size();
        double[] spending = new double[m];
        int[] industryOf = new int[m];
        for (int c = 0; c < m; c++) {
            spending[c] = spendingPerIncomeDollar * Math.max(0, t.pce()[c]) / totalPce * t.domesticShare(c);
            industryOf[c] = t.industryOf(t.codes().get(c));
        }
        return new LeontiefModel(t.requirements(), labor, va, t.jobsPerOutput().get(jobs), spending, industryOf);
    }

    /** Output, value added, labor income and jobs of one effect. */
    record Effect(double output, double valueAdded, double laborIncome, double jobs) {

        Effect plus(Effect o) {
            return new Effect(output + o.output, valueAdded + o.valueAdded, laborIncome + o.laborIncome,
                    jobs + o.jobs);
        }

        Effect times(double f) {
            return new Effect(output * f, valueAdded * f, laborIncome * f, jobs * f);
        }
    }

    /** The direct, indirect and induced effects of a shock. */
    record Impacts(Effect direct, Effect indirect, Effect induced) {

        static final Impacts NONE = new Impacts(new Effect(0, 0, 0, 0), new Effect(0, 0, 0, 0),
                new Effect(0, 0, 0, 0));

        Effect typeI() {
            return direct.plus(indirect);
        }

        Effect typeII() {
            return typeI().plus(induced);
        }

        Impacts plus(Impacts o) {
            return new Impacts(direct.plus(o.direct), indirect.plus(o.indirect), induced.plus(o.induced));
        }

        Impacts times(double f) {
            return new Impacts(direct.times(f), indirect.times(f), induced.times(f));
        }
    }

    /** The effects of final demand by commodity; the direct effect is the demand in the industry that makes it. */
    Impacts impacts(double[] finalDemand) {
        return solve(finalDemand, direct(finalDemand));
    }

    /**
     * The effects of a change in industries' output (by the commodity code of each industry): the equivalent final
     * demand is the output over the industry's own total requirement, so that its own output rises by exactly the
     * change (the direct effect); the rest is indirect.
     */
    Impacts impactsOfOutput(double[] output) {
        double[] demand = new double[output.length];
        for (int c = 0; c < output.length; c++) {
            if (output[c] != 0) {
                if (ownRequirement[c] <= 0) {
                    throw new IllegalArgumentException("output of commodity " + c + " made by no industry");
                }
                demand[c] = output[c] / ownRequirement[c];
            }
        }
        return solve(demand, direct(output));
    }

    private RealVector direct(double[] byCommodity) {
        RealVector direct = new ArrayRealVector(requirements.getRowDimension());
        for (int c = 0; c < byCommodity.length; c++) {
            if (byCommodity[c] != 0) {
                if (industryOfCommodity[c] < 0) {
                    throw new IllegalArgumentException("final demand for commodity " + c + " made by no industry");
                }
                direct.addToEntry(industryOfCommodity[c], byCommodity[c]);
            }
        }
        return direct;
    }

    private Impacts solve(double[] finalDemand, RealVector direct) {
        RealVector typeI = requirements.operate(new ArrayRealVector(finalDemand));
        double income = laborIncomePerOutput.dotProduct(typeI) * householdFeedback;
        RealVector induced = inducedOutputPerIncomeDollar.mapMultiply(income);
        Effect directEffect = effect(direct);
        return new Impacts(directEffect, minus(effect(typeI), directEffect), effect(induced));
    }

    /** The effects of one dollar of final demand for commodity {@code c}. */
    Impacts perDollar(int c) {
        double[] d = new double[requirements.getColumnDimension()];
        d[c] = 1;
        return impacts(d);
    }

    /** The effects of one dollar more output of the industry that makes commodity {@code c} (direct-effect). */
    Impacts perDollarOfOutput(int c) {
        double[] d = new double[requirements.getColumnDimension()];
        d[c] = 1;
        return impactsOfOutput(d);
    }

    /** The industry's own total requirement L_jj of the commodity it makes (0 when no industry makes it). */
    double ownRequirement(int c) {
        return ownRequirement[c];
    }

    /** Labor income per dollar of income spent, fed back through the household loop: 1 / (1 - h'Lp). */
    double householdFeedback() {
        return householdFeedback;
    }

    int commodities() {
        return requirements.getColumnDimension();
    }

    boolean madeByAnIndustry(int c) {
        return industryOfCommodity[c] >= 0;
    }

    private Effect effect(RealVector output) {
        double total = 0;
        for (int i = 0; i < output.getDimension(); i++) {
            total += output.getEntry(i);
        }
        return new Effect(total, valueAddedPerOutput.dotProduct(output), laborIncomePerOutput.dotProduct(output),
                jobsPerOutput.dotProduct(output));
    }

    private static Effect minus(Effect a, Effect b) {
        return new Effect(a.output() - b.output(), a.valueAdded() - b.valueAdded(),
                a.laborIncome() - b.laborIncome(), a.jobs() - b.jobs());
    }
}
