package gov.nist.mep.impact.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read access to the accepted records of a staged run, for the metrics. Large sets are streamed to a consumer. No
 * personal contact field is ever selected here.
 */
@Component
public class StagedExtract {

    private final StagingStore staging;

    StagedExtract(StagingStore staging) {
        this.staging = staging;
    }

    /** An accepted center of the registry. */
    public record Center(String centerId, String centerName, String state, String hostType, int awardStartFy,
            boolean recompeted, Integer regionalOffices) {
    }

    /** Accepted funds of one center for one fiscal year; blank optional amounts are zero. */
    public record Financials(int fiscalYear, String centerId, BigDecimal federalFunds, BigDecimal stateFunds,
            BigDecimal localFunds, BigDecimal clientFees, BigDecimal otherIncome) {

        public BigDecimal nonFederal() {
            return stateFunds.add(localFunds).add(clientFees).add(otherIncome);
        }
    }

    /**
     * An accepted completed project with its (accepted) client's NAICS code, size and district (null when the client
     * has none: see {@link #ZIP_DISTRICT}).
     */
    public record Project(String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate completionDate, LocalDate submittedDate, BigDecimal hours, String clientNaics,
            long clientEmployees, String clientDistrict) {
    }

    /**
     * An accepted survey record with its project and client (its client's district null when it has none). Response
     * fields are zero unless COMPLETE.
     */
    public record Survey(String surveyId, String centerId, String projectId, String clientId, String serviceCategory,
            LocalDate surveyDate, String disposition, BigDecimal newSales, BigDecimal retainedSales,
            BigDecimal costSavings, BigDecimal investment, long jobsCreated, long jobsRetained, Integer recommend,
            Integer satisfaction, BigDecimal projectHours, String clientNaics, long clientEmployees,
            String clientDistrict) {
    }

    /** An accepted success story. */
    public record Story(String file, String centerId, int fiscalYear, String clientName, String title,
            String challenge, String solution, String results, String impactsJson) {
    }

    /**
     * The extract's ZIP-to-district crosswalk: its Congress (null when it has no row) and its districts, sorted by
     * code.
     */
    public record Crosswalk(Long congress, List<String> districts) {
    }

    /**
     * How the accepted clients' ZIP codes placed them: clients with a ZIP code written; without a district because
     * the ZIP code is blank, is not five digits, or is not in the crosswalk; placed in a district of another state
     * than their {@code state} column.
     */
    public record ClientPlacement(long withZip, long blank, long malformed, long notInCrosswalk, long stateMismatch) {
    }

    /**
     * The district of each ZIP code of the run's crosswalk (the run id its one parameter): the district with the
     * largest business share, ties to the lower district code. A client's district is the one of its ZIP code as
     * written (a LEFT JOIN on {@code zip}): none when the code is blank, malformed or not in the crosswalk.
     */
    static final String ZIP_DISTRICT = "(SELECT zip, district FROM (SELECT zip, district, ROW_NUMBER() OVER"
            + " (PARTITION BY zip ORDER BY business_share DESC, district) AS place FROM stg_crosswalk WHERE run_id = ?"
            + " AND status = 'ACCEPTED') ranked WHERE place = 1)";

    /** The crosswalk, or empty when the extract has none (older extracts). */
    public Optional<Crosswalk> crosswalk(long runId) {
        JdbcTemplate jdbc = staging.jdbc(runId);
        Long files = jdbc.queryForObject("SELECT COUNT(*) FROM stg_file WHERE run_id = ? AND kind = ?", Long.class,
                runId, FileKind.CROSSWALK.name());
        if (files == null || files == 0) {
            return Optional.empty();
        }
        Long congress = jdbc.queryForObject("SELECT MIN(congress) FROM stg_crosswalk WHERE run_id = ?"
                + " AND status = 'ACCEPTED'", Long.class, runId);
        List<String> districts = jdbc.queryForList("SELECT DISTINCT district FROM stg_crosswalk WHERE run_id = ?"
                + " AND status = 'ACCEPTED' ORDER BY district", String.class, runId);
        return Optional.of(new Crosswalk(congress, List.copyOf(districts)));
    }

    /**
     * How the accepted clients (all years) were placed in districts, counted by the staging engine in one pass (see
     * {@link #ZIP_DISTRICT}); a ZIP code is malformed when it is not exactly five ASCII digits.
     */
    public ClientPlacement clientPlacement(long runId) {
        return staging.jdbc(runId).queryForObject("SELECT COUNT(c.zip),"
                + " COUNT(*) FILTER (WHERE z.district IS NULL AND c.zip IS NULL),"
                + " COUNT(*) FILTER (WHERE z.district IS NULL AND NOT regexp_full_match(c.zip, '[0-9]{5}')),"
                + " COUNT(*) FILTER (WHERE z.district IS NULL AND regexp_full_match(c.zip, '[0-9]{5}')),"
                + " COUNT(*) FILTER (WHERE z.district IS NOT NULL AND c.state IS NOT NULL"
                + " AND NOT starts_with(z.district, c.state || '-'))"
                + " FROM stg_client c LEFT JOIN " + ZIP_DISTRICT + " z ON z.zip = c.zip"
                + " WHERE c.run_id = ? AND c.status = 'ACCEPTED'",
                (rs, i) -> new ClientPlacement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)), runId, runId);
    }

    public List<Center> centers(long runId) {
        return staging.jdbc(runId).query("SELECT center_id, center_name, state, host_type, award_start_fy, recompeted,"
                + " regional_offices FROM stg_center WHERE run_id = ? AND status = 'ACCEPTED' ORDER BY center_id",
                (rs, i) -> new Center(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6), nullableInt(rs, 7)), runId);
    }

    /** Appropriation by fiscal year. */
    public Map<Integer, BigDecimal> appropriations(long runId) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        staging.jdbc(runId).query("SELECT fiscal_year, appropriation FROM stg_appropriation WHERE run_id = ?"
                + " AND status = 'ACCEPTED'",
                rs -> {
                    byYear.put(rs.getInt(1), rs.getBigDecimal(2));
                }, runId);
        return byYear;
    }

    public List<Financials> financials(long runId) {
        return staging.jdbc(runId).query("SELECT fiscal_year, center_id, federal_funds, state_funds, local_funds, client_fees,"
                + " other_income FROM stg_financial WHERE run_id = ? AND status = 'ACCEPTED'"
                + " ORDER BY fiscal_year, center_id",
                (rs, i) -> new Financials(rs.getInt(1), rs.getString(2), money(rs, 3), money(rs, 4), money(rs, 5),
                        money(rs, 6), money(rs, 7)), runId);
    }

    /** Accepted projects completed between the two dates (inclusive), in a stable order. */
    public void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer) {
        staging.jdbc(runId).query("SELECT p.center_id, p.project_id, p.client_id, p.service_category, "
                + StagingStore.epochDay("p.completion_date") + ", " + StagingStore.epochDay("p.submitted_date")
                + ", p.staff_hours, p.third_party_hours, c.naics, c.employees, z.district"
                + " FROM stg_project p JOIN stg_client c ON c.run_id = p.run_id AND c.center_id = p.center_id"
                + " AND c.client_id = p.client_id AND c.status = 'ACCEPTED'"
                + " LEFT JOIN " + ZIP_DISTRICT + " z ON z.zip = c.zip"
                + " WHERE p.run_id = ? AND p.status = 'ACCEPTED' AND p.completion_date BETWEEN ? AND ?"
                + " ORDER BY p.center_id, p.project_id",
                rs -> {
                    consumer.accept(new Project(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            StagingStore.date(rs, 5), StagingStore.date(rs, 6),
                            decimal(rs, 7).add(decimal(rs, 8)), rs.getString(9), rs.getLong(10), rs.getString(11)));
                }, runId, runId, from, to);
    }

    /** Accepted survey records dated between the two dates (inclusive), in a stable order. */
    public void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer) {
        staging.jdbc(runId).query("SELECT s.survey_id, s.center_id, s.project_id, p.client_id, p.service_category, "
                + StagingStore.epochDay("s.survey_date") + ","
                + " s.disposition, s.new_sales, s.retained_sales, s.cost_savings, s.invest_plant_equipment,"
                + " s.invest_it, s.invest_workforce, s.invest_other, s.jobs_created, s.jobs_retained, s.recommend,"
                + " s.satisfaction, p.staff_hours, p.third_party_hours, c.naics, c.employees, z.district"
                + " FROM stg_survey s JOIN stg_project p ON p.run_id = s.run_id AND p.center_id = s.center_id"
                + " AND p.project_id = s.project_id AND p.status = 'ACCEPTED'"
                + " JOIN stg_client c ON c.run_id = p.run_id AND c.center_id = p.center_id"
                + " AND c.client_id = p.client_id AND c.status = 'ACCEPTED'"
                + " LEFT JOIN " + ZIP_DISTRICT + " z ON z.zip = c.zip"
                + " WHERE s.run_id = ? AND s.status = 'ACCEPTED' AND s.survey_date BETWEEN ? AND ?"
                + " ORDER BY s.survey_id",
                rs -> {
                    consumer.accept(survey(rs));
                }, runId, runId, from, to);
    }

    private static Survey survey(ResultSet rs) throws SQLException {
        boolean complete = "COMPLETE".equals(rs.getString(7));
        BigDecimal investment = money(rs, 11).add(money(rs, 12)).add(money(rs, 13)).add(money(rs, 14));
        return new Survey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                StagingStore.date(rs, 6), rs.getString(7),
                complete ? money(rs, 8) : BigDecimal.ZERO.setScale(2),
                complete ? money(rs, 9) : BigDecimal.ZERO.setScale(2),
                complete ? money(rs, 10) : BigDecimal.ZERO.setScale(2),
                complete ? investment : BigDecimal.ZERO.setScale(2),
                complete ? rs.getLong(15) : 0, complete ? rs.getLong(16) : 0,
                complete ? nullableInt(rs, 17) : null,
                complete ? nullableInt(rs, 18) : null,
                decimal(rs, 19).add(decimal(rs, 20)), rs.getString(21), rs.getLong(22), rs.getString(23));
    }

    public List<Story> stories(long runId) {
        List<Story> stories = new ArrayList<>();
        staging.jdbc(runId).query("SELECT f.path, s.center_id, s.fiscal_year, s.client_name, s.title, s.challenge, s.solution,"
                + " s.results, s.impacts FROM stg_story s JOIN stg_file f ON f.run_id = s.run_id"
                + " AND f.file_ord = s.file_ord WHERE s.run_id = ? AND s.status = 'ACCEPTED' ORDER BY s.file_ord, s.line",
                rs -> {
                    stories.add(new Story(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }, runId);
        return stories;
    }

    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Math.toIntExact(value);
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
