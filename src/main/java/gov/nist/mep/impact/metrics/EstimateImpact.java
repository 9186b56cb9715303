package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/** The six impacts of a survey record, with the scale their estimates are given at. */
enum EstimateImpact {
    NEW_SALES("newSales", true, SurveyObservation::newSales),
    RETAINED_SALES("retainedSales", true, SurveyObservation::retainedSales),
    COST_SAVINGS("costSavings", true, SurveyObservation::costSavings),
    INVESTMENT("investment", true, SurveyObservation::investment),
    JOBS_CREATED("jobsCreated", false, o -> BigDecimal.valueOf(o.jobsCreated())),
    JOBS_RETAINED("jobsRetained", false, o -> BigDecimal.valueOf(o.jobsRetained()));

    private final String key;
    private final boolean money;
    private final Function<SurveyObservation, BigDecimal> value;

    EstimateImpact(String key, boolean money, Function<SurveyObservation, BigDecimal> value) {
        this.key = key;
        this.money = money;
        this.value = value;
    }

    String key() {
        return key;
    }

    String unit() {
        return money ? "USD" : "jobs";
    }

    /** The record's value; a missing money value counts as zero, as a blank impact of a COMPLETE record does. */
    BigDecimal value(SurveyObservation o) {
        BigDecimal v = value.apply(o);
        return v == null ? BigDecimal.ZERO : v;
    }

    /** An estimate at this impact's scale: cents for money, one fraction digit for jobs. */
    BigDecimal round(BigDecimal estimate) {
        return estimate == null ? null : estimate.setScale(money ? 2 : 1, RoundingMode.HALF_EVEN);
    }

    BigDecimal round(double estimate) {
        return Double.isFinite(estimate) ? round(BigDecimal.valueOf(estimate)) : null;
    }
}
