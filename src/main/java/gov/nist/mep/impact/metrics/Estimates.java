package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Survey statistics of the fiscal year, reported <em>beside</em> (never instead of) the reported totals, which are sums
 * over COMPLETE survey records only. Filled in by {@link EstimatesCalculator}, which documents each method.
 *
 * <p>Money is a decimal rounded HALF_EVEN to cents; job figures that are not exact counts have one fraction digit;
 * shares, response rates and weights are unrounded ratios. A figure that is undefined (no respondent, a zero
 * denominator, a variance that cannot be estimated) is {@code null}, never NaN.
 *
 * @param surveysFielded survey records of the year (of eligible clients)
 * @param surveysCompleted those with disposition COMPLETE
 * @param respondingClients distinct clients (center/client) with at least one COMPLETE record
 * @param method how the figures below were computed, for the reports' methodology notes
 * @param impacts one entry per impact, keyed and ordered {@code newSales, retainedSales, costSavings, investment,
 *     jobsCreated, jobsRetained}
 * @param weightingClasses the nonresponse weighting classes after collapsing
 * @param nonresponse respondents compared with non-respondents on what is known of both
 */
public record Estimates(long surveysFielded, long surveysCompleted, long respondingClients, Method method,
        Map<String, ImpactEstimate> impacts, WeightingClasses weightingClasses, NonresponseComparison nonresponse) {

    /**
     * The methods used, in words and parameters.
     *
     * @param percentileDefinition the percentile definition of every median and percentile
     * @param intervalMethod how the confidence intervals are computed
     * @param confidenceLevel the intervals' nominal coverage (0.95)
     * @param bootstrapSeed the fixed seed of the bootstrap
     * @param bootstrapReplicates the number of bootstrap replicates
     * @param minimumClassRespondents a weighting class with fewer respondents is collapsed
     * @param winsorisingPercentile the percentile of COMPLETE records' values at which values are capped
     */
    public record Method(String percentileDefinition, String intervalMethod, double confidenceLevel, long bootstrapSeed,
            int bootstrapReplicates, int minimumClassRespondents, double winsorisingPercentile) {
    }

    /**
     * One impact: reported and estimated total, interval, distribution and sensitivity.
     *
     * @param unit {@code USD} or {@code jobs}
     * @param reportedTotal the exact sum over COMPLETE records: equals the reported national figure
     * @param estimatedTotal the nonresponse-weighted total of all fielded records; null without respondents
     * @param confidenceLower lower bound of the 95% interval of the estimated total; null when not estimable
     * @param confidenceUpper upper bound of the 95% interval of the estimated total; null when not estimable
     * @param standardError the bootstrap standard error of the estimated total; null when not estimable
     * @param perRespondingClient the distribution of the impact over responding clients
     * @param winsorised totals with each record's value capped at the 99th percentile
     */
    public record ImpactEstimate(String unit, BigDecimal reportedTotal, BigDecimal estimatedTotal,
            BigDecimal confidenceLower, BigDecimal confidenceUpper, BigDecimal standardError,
            Distribution perRespondingClient, Winsorised winsorised) {
    }

    /**
     * Distribution of an impact over responding clients (a client's COMPLETE records of the year summed first).
     *
     * @param respondingClients how many clients the figures are built from (for disclosure control)
     * @param mean exact mean, rounded
     * @param median 50th percentile
     * @param percentile90 90th percentile
     * @param percentile99 99th percentile
     * @param shareOfZeros share of responding clients whose impact is zero
     */
    public record Distribution(long respondingClients, BigDecimal mean, BigDecimal median, BigDecimal percentile90,
            BigDecimal percentile99, Double shareOfZeros) {
    }

    /**
     * A sensitivity figure: each COMPLETE record's value above the cap is replaced by the cap.
     *
     * @param cap the 99th percentile of the COMPLETE records' values (records, not clients); null without any
     * @param recordsCapped how many records were above the cap
     * @param reportedTotal the winsorised sum over COMPLETE records
     * @param estimatedTotal the winsorised values, weighted like the estimated total
     */
    public record Winsorised(BigDecimal cap, long recordsCapped, BigDecimal reportedTotal, BigDecimal estimatedTotal) {
    }

    /**
     * The weighting classes actually used.
     *
     * @param cells center x service category cells with at least one fielded record
     * @param classesUsed how many weighting classes remain after collapsing
     * @param cellsCollapsedToCenter cells that lost their own class to a center-level class
     * @param cellsCollapsedToNational cells that lost their own class to the national class
     * @param unrepresentedNonrespondents fielded records of a class without any respondent (spread over all
     *     respondents by {@code adjustment})
     * @param adjustment the factor applied to every weight for unrepresented records (1 when there are none);
     *     null without respondents
     * @param classes the classes, in center then category order, the national class last
     */
    public record WeightingClasses(int cells, int classesUsed, int cellsCollapsedToCenter, int cellsCollapsedToNational,
            long unrepresentedNonrespondents, Double adjustment, List<WeightingClass> classes) {
    }

    /**
     * One weighting class.
     *
     * @param level {@code CELL} (one center x category), {@code CENTER} (categories of one center pooled) or
     *     {@code NATIONAL} (centers with too few respondents pooled)
     * @param centerId the center; null for the national class
     * @param serviceCategories the service categories pooled in the class
     * @param fielded survey records of the class
     * @param completed COMPLETE records of the class
     * @param weight fielded / completed; null when nothing was completed
     */
    public record WeightingClass(String level, String centerId, List<String> serviceCategories, long fielded,
            long completed, Double weight) {
    }

    /**
     * Respondents (COMPLETE records) against non-respondents (other records), record by record.
     *
     * @param respondents COMPLETE records
     * @param nonrespondents other records
     * @param serviceCategories one row per service category seen, sorted
     * @param sizeBands one row per client size band: {@code 0-19, 20-99, 100-249, 250+} employees
     * @param employees client size
     * @param projectHours staff plus third-party hours of the surveyed project (records with hours)
     */
    public record NonresponseComparison(long respondents, long nonrespondents, List<NonresponseShare> serviceCategories,
            List<NonresponseShare> sizeBands, NonresponseMeasure employees, NonresponseMeasure projectHours) {
    }

    /**
     * One row of a composition table.
     *
     * @param group the service category or size band
     * @param respondents respondent records in the group
     * @param respondentShare their share of all respondent records; null when there are none
     * @param nonrespondents non-respondent records in the group
     * @param nonrespondentShare their share of all non-respondent records; null when there are none
     * @param responseRate respondents / (respondents + non-respondents) of the group; null when empty
     */
    public record NonresponseShare(String group, long respondents, Double respondentShare, long nonrespondents,
            Double nonrespondentShare, Double responseRate) {
    }

    /**
     * Mean and median of a measure for each side, with the counts they are built from (one fraction digit).
     */
    public record NonresponseMeasure(long respondents, BigDecimal respondentMean, BigDecimal respondentMedian,
            long nonrespondents, BigDecimal nonrespondentMean, BigDecimal nonrespondentMedian) {
    }
}
