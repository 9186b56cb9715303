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

    /**
     * An accepted completed project with its (accepted) client's NAICS code, size and district: the crosswalk district
     * of the client's ZIP code with the largest business share, ties to the lower code; null when the ZIP code is
     * blank, malformed or not in the crosswalk, or the extract has no crosswalk.
     */
    record Project(String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate completionDate, LocalDate submittedDate, BigDecimal hours, String clientNaics,
            long clientEmployees, String clientDistrict) {
    }

    /**
     * An accepted survey record with its project and client (the client's district as in {@link Project}). Response
     * fields are zero unless COMPLETE.
     */
    record Survey(String surveyId, String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate surveyDate, String disposition, BigDecimal newSales, BigDecimal retainedSales,
            BigDecimal costSavings, BigDecimal investment, long jobsCreated, long jobsRetained, Integer recommend,
            Integer satisfaction, BigDecimal projectHours, String clientNaics, long clientEmployees,
            String clientDistrict) {
    }

    /** An accepted success story. */
    record Story(String file, String centerId, int fiscalYear, String clientName, String title,
            String challenge, String solution, String results, String impactsJson) {
    }

    /**
     * A rejected record with the center written on it ({@code null} when it names none, e.g. an appropriation or a
     * blank center_id): file, line, column, rule, value and message as in rejects.csv; never a contact value.
     */
    record CenterReject(String centerId, String file, long line, String column, String rule, String value,
            String message) {
    }

    /**
     * A valid record that lost its key to a later one: its file and line, its kind, its key, its submitted date
     * (clients and projects), and the file and line of the record that won (null when the winner was itself rejected
     * later).
     */
    record SupersededRecord(String centerId, String kind, String key, String file, long line,
            LocalDate submittedDate, String winnerFile, Long winnerLine) {
    }

    /**
     * An accepted completed project with its position in the extract, its hours, its client's eligibility data, and
     * whether its client has an accepted project completed before the period asked for (a repeat client).
     */
    record CompletedProject(String centerId, String projectId, String clientId, String serviceCategory,
            String file, long line, LocalDate completionDate, LocalDate submittedDate, BigDecimal staffHours,
            BigDecimal thirdPartyHours, String clientNaics, long clientEmployees, boolean servedBefore) {
    }

    /**
     * The settings of the eligibility and late-report rules (see {@link ProgramRules}) for the staging side to apply
     * when it sums a period ({@link #periodSums}).
     */
    record Eligibility(long employeeLimit, List<String> naicsPrefixes, int lateAfterDays) {

        public Eligibility {
            naicsPrefixes = List.copyOf(naicsPrefixes);
        }
    }

    /**
     * A period's completed projects of one center ({@code serviceCategory} null) or one service category
     * ({@code centerId} null): those of eligible clients, their distinct clients, their staff and third-party hours
     * (null when none); and, eligible or not, the late ones and the ineligible ones.
     */
    record ProjectSums(String centerId, String serviceCategory, long projects, long clients, BigDecimal hours,
            long late, long ineligible) {
    }

    /**
     * A period's survey records of eligible clients of one center ({@code serviceCategory} null) or one service
     * category ({@code centerId} null): fielded, COMPLETE, and the COMPLETE records' answers summed (each sum null when
     * there is none), promoters, detractors and answers to recommend.
     */
    record SurveySums(String centerId, String serviceCategory, long fielded, long completed, BigDecimal newSales,
            BigDecimal retainedSales, BigDecimal costSavings, BigDecimal investment, long jobsCreated,
            long jobsRetained, long promoters, long detractors, long recommendAnswers) {
    }

    /**
     * A period's eligible clients with a COMPLETE survey record under one center and service category, each as a key
     * that stands for its center and client in this period's sums (the same client has the same key in every group).
     */
    record Respondents(String centerId, String serviceCategory, List<String> clients) {
    }

    /** A period's sums (see {@link #periodSums}). */
    record PeriodSums(List<ProjectSums> projects, List<SurveySums> surveys, List<Respondents> respondents) {
    }

    /** The ZIP-to-district crosswalk: its Congress (null without a row) and its district codes, sorted. */
    record Crosswalk(Long congress, List<String> districts) {
    }

    /**
     * How the accepted clients (all years) were placed in districts: those with a ZIP code written (blank is none);
     * those without a district because their ZIP code is blank, is not five digits, or is not in the crosswalk; and
     * those placed in a district of another state than their {@code state} column.
     */
    record ClientPlacement(long withZip, long blank, long malformed, long notInCrosswalk, long stateMismatch) {
    }

    List<Center> centers(long runId);

    /** The extract's crosswalk, or empty when it has none. */
    Optional<Crosswalk> crosswalk(long runId);

    /** How the accepted clients (all years) were placed in districts (meaningful when the extract has a crosswalk). */
    ClientPlacement clientPlacement(long runId);

    /** Appropriation by fiscal year. */
    Map<Integer, BigDecimal> appropriations(long runId);

    List<Financials> financials(long runId);

    /** Accepted projects completed between the two dates (inclusive), in a stable order. */
    void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer);

    /** Accepted survey records dated between the two dates (inclusive), in a stable order. */
    void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer);

    /**
     * The accepted projects completed and survey records dated between the two dates (inclusive) summed by center and
     * by service category, as {@link #projectsCompleted} and {@link #surveys} would give them one by one: the figures
     * of a year without estimates.
     */
    PeriodSums periodSums(long runId, LocalDate from, LocalDate to, Eligibility rule);

    List<Story> stories(long runId);

    /** Per-file counts of the run, in path order. */
    List<FileCounts> fileCounts(long runId);

    /** Rejected records counted by rule. */
    Map<String, Long> rejectsByRule(long runId);

    /** Every rejected record of the run with its center, in file and line order (center oversight). */
    List<CenterReject> centerRejects(long runId);

    /** Records submitted by each center: every status, every year, those a record rule rejected included. */
    Map<String, Long> recordsByCenter(long runId);

    /** Superseded records of each center, the whole extract. */
    Map<String, Long> supersededByCenter(long runId);

    /** One center's superseded records, by kind then file and line. */
    List<SupersededRecord> superseded(long runId, String centerId);

    /**
     * Accepted projects completed between the two dates (inclusive), eligible clients or not, in a stable order, each
     * saying whether its client is a repeat client.
     */
    void completedProjects(long runId, LocalDate from, LocalDate to, Consumer<CompletedProject> consumer);
}
