package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;

/**
 * One survey record of the year, of an eligible client, with what is known of its project and client: the unit of
 * the reported totals and of the survey statistics. Impacts are zero for records that are not COMPLETE.
 *
 * @param clientKey center_id and client_id, joined by '/'
 * @param employees the client's employees (its size)
 * @param projectHours staff plus third-party hours of the surveyed project
 */
public record SurveyObservation(String centerId, String serviceCategory, String clientKey, boolean complete,
        BigDecimal newSales, BigDecimal retainedSales, BigDecimal costSavings, BigDecimal investment, long jobsCreated,
        long jobsRetained, Integer recommend, long employees, BigDecimal projectHours) {
}
