package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.ingest.FileCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the metrics read of a staged run (the port the metrics own; the staging side implements it): the accepted
 * records after resolution, and the per-file counts and rejects for data quality. Read only; large sets are streamed
 * to a consumer. No personal contact field is part of it.
 */
public interface StagedRecords {

    /** An accepted center of the registry. */
    record Center(String centerId, String centerName, String state, String hostType, int awardStartFy,
            boolean recompeted, Integer regionalOffices) {
    }

    /** Accepted funds of one center for one fiscal year; blank optional amounts are zero. */
    record Financials(int fiscalYear, String centerId, BigDecimal federalFunds, BigDecimal stateFunds,
            BigDecimal localFunds, BigDecimal clientFees, BigDecimal otherIncome) {

        public BigDecimal nonFederal() {
            return stateFunds.add(localFunds).add(clientFees).add(otherIncome);
        }
    }

    /** An accepted completed project with its (accepted) client's NAICS code and size. */
    record Project(String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate completionDate, LocalDate submittedDate, BigDecimal hours, String clientNaics,
            long clientEmployees) {
    }

    /** An accepted survey record with its project and client. Response fields are zero unless COMPLETE. */
    record Survey(String surveyId, String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate surveyDate, String disposition, BigDecimal newSales, BigDecimal retainedSales,
            BigDecimal costSavings, BigDecimal investment, long jobsCreated, long jobsRetained, Integer recommend,
            Integer satisfaction, BigDecimal projectHours, String clientNaics, long clientEmployees) {
    }

    /** An accepted success story. */
    record Story(String file, String centerId, int fiscalYear, String clientName, String title,
            String challenge, String solution, String results, String impactsJson) {
    }

    /** The ZIP-to-district crosswalk: its Congress (null without a row) and its district codes, sorted. */
    record Crosswalk(Long congress, List<String> districts) {
    }

    /**
     * An accepted client with its ZIP code as written (null when blank), its {@code state} column (null when blank) and
     * its district: the crosswalk district of its ZIP code with the largest business share, ties to the lower code;
     * null when the ZIP code is blank, malformed or not in the crosswalk.
     */
    record ClientDistrict(String centerId, String clientId, String zip, String state, String district) {
    }

    List<Center> centers(long runId);

    /** The extract's crosswalk, or empty when it has none. */
    Optional<Crosswalk> crosswalk(long runId);

    /** Every accepted client (all years) with its district. */
    void clientDistricts(long runId, Consumer<ClientDistrict> consumer);

    /** Appropriation by fiscal year. */
    Map<Integer, BigDecimal> appropriations(long runId);

    List<Financials> financials(long runId);

    /** Accepted projects completed between the two dates (inclusive), in a stable order. */
    void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer);

    /** Accepted survey records dated between the two dates (inclusive), in a stable order. */
    void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer);

    List<Story> stories(long runId);

    /** Per-file counts of the run, in path order. */
    List<FileCounts> fileCounts(long runId);

    /** Rejected records counted by rule. */
    Map<String, Long> rejectsByRule(long runId);
}
