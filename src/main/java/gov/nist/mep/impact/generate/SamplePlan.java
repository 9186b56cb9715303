package gov.nist.mep.impact.generate;

import java.util.Arrays;
import java.util.List;

/**
 * How many clients and projects each center has in each {@link ActivityPeriod}, and the impact targets, for an
 * extract of a given size. Everything scales with {@code projects / DEFAULT_PROJECTS}; totals are split among
 * centers by largest remainder, so that the national counts are exact.
 */
final class SamplePlan {

    private final long projects;
    private final Timeline timeline;
    private final List<List<PeriodQuota>> quotas;
    private final List<ImpactTargets> impactTargets;

    private SamplePlan(long projects, Timeline timeline, List<List<PeriodQuota>> quotas,
            List<ImpactTargets> impactTargets) {
        this.projects = projects;
        this.timeline = timeline;
        this.quotas = quotas;
        this.impactTargets = impactTargets;
    }

    /** Clients and projects of one center in one period. Each client served gets at least one project. */
    record PeriodQuota(int eligibleClients, int ineligibleClients, int projects) {
    }

    static SamplePlan create(long projects, List<CenterProfile> centers, Timeline timeline) {
        long baseProjects = timeline.totalBaseProjects();
        ActivityPeriod[] periods = timeline.periods().toArray(ActivityPeriod[]::new);
        double[] periodWeights = new double[periods.length];
        for (int p = 0; p < periods.length; p++) {
            periodWeights[p] = periods[p].baseProjects();
        }
        long[] periodProjects = apportion(projects, periodWeights);
        double[] centerWeights = centers.stream().mapToDouble(CenterProfile::activityWeight).toArray();

        PeriodQuota[][] byCenter = new PeriodQuota[centers.size()][periods.length];
        for (int p = 0; p < periods.length; p++) {
            long eligible = scaleCount(periods[p].baseEligibleClients(), projects, baseProjects);
            long ineligible = scaleCount(periods[p].baseIneligibleClients(), projects, baseProjects);
            long extra = periodProjects[p] - eligible - ineligible;
            if (extra < 0) {
                throw new IllegalStateException(periods[p] + ": fewer projects than clients served");
            }
            long[] eligibleByCenter = apportion(eligible, centerWeights);
            long[] ineligibleByCenter = apportion(ineligible, centerWeights);
            double[] served = new double[centers.size()];
            for (int c = 0; c < centers.size(); c++) {
                served[c] = eligibleByCenter[c] + ineligibleByCenter[c];
            }
            // extra projects go to centers in proportion to the clients they serve: a center with none gets none
            long[] extraByCenter = periods[p].isOpen() ? apportion(extra, centerWeights) : apportion(extra, served);
            for (int c = 0; c < centers.size(); c++) {
                byCenter[c][p] = new PeriodQuota((int) eligibleByCenter[c], (int) ineligibleByCenter[c],
                        (int) (eligibleByCenter[c] + ineligibleByCenter[c] + extraByCenter[c]));
            }
        }
        List<List<PeriodQuota>> quotas = Arrays.stream(byCenter).map(List::of).toList();
        List<ImpactTargets> targets = ImpactTargets.forYears(timeline).stream()
                .map(target -> target.scaled(projects, baseProjects))
                .toList();
        return new SamplePlan(projects, timeline, quotas, targets);
    }

    PeriodQuota quota(int centerIndex, ActivityPeriod period) {
        return quotas.get(centerIndex).get(period.index());
    }

    Timeline timeline() {
        return timeline;
    }

    List<ImpactTargets> impactTargets() {
        return impactTargets;
    }

    /** projects / DEFAULT_PROJECTS, for the figures that are not counts (funds). */
    double scale() {
        return (double) projects / timeline.totalBaseProjects();
    }

    /** round(count * projects / baseProjects), half up. */
    static long scaleCount(long count, long projects, long baseProjects) {
        return Math.floorDiv(2 * count * projects + baseProjects, 2 * baseProjects);
    }

    /** Splits {@code total} in proportion to {@code weights} by largest remainder; ties go to the lower index. */
    static long[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        long[] shares = new long[weights.length];
        if (total == 0 || sum == 0) {
            return shares;
        }
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (long) Math.floor(exact);
            remainders[i] = exact - shares[i];
            assigned += shares[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a])
                : Integer.compare(a, b));
        for (long left = total - assigned, k = 0; left > 0; left--, k++) {
            shares[order[(int) (k % order.length)]]++;
        }
        return shares;
    }
}
