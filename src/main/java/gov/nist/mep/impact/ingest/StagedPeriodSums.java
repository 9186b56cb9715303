package gov.nist.mep.impact.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A period's accepted projects and survey records summed by the staging engine, by center and by service category:
 * what the metrics of a year without estimates (a trend year) need, read as a few hundred sums instead of every row.
 * The eligibility and late-report rules are the metrics' ({@link Eligibility} carries their settings); the sums follow
 * the same definitions as the metrics summing the rows one by one (MetricsDefinitionsTest checks the two agree).
 */
@Component
public class StagedPeriodSums {

    private final StagingStore staging;

    StagedPeriodSums(StagingStore staging) {
        this.staging = staging;
    }

    /**
     * The rules' settings: a client is eligible when it has fewer employees than {@code employeeLimit} and its NAICS
     * code starts with one of {@code naicsPrefixes}; a completed project is late when submitted more than
     * {@code lateAfterDays} after the end of its completion's calendar quarter.
     */
    public record Eligibility(long employeeLimit, List<String> naicsPrefixes, int lateAfterDays) {

        public Eligibility {
            naicsPrefixes = List.copyOf(naicsPrefixes);
        }
    }

    /**
     * The completed projects of one center ({@code serviceCategory} null) or one service category ({@code centerId}
     * null): those of eligible clients, their distinct clients (center and client id), their staff and third-party
     * hours (null when none); and, eligible or not, the late ones and the ineligible ones.
     */
    public record ProjectSums(String centerId, String serviceCategory, long projects, long clients, BigDecimal hours,
            long late, long ineligible) {
    }

    /**
     * The survey records of eligible clients of one center ({@code serviceCategory} null) or one service category
     * ({@code centerId} null): fielded, COMPLETE, and the COMPLETE records' answers summed (blank as zero; each sum
     * null when there is no COMPLETE record), promoters (9 or 10), detractors (0 to 6) and answers to recommend.
     */
    public record SurveySums(String centerId, String serviceCategory, long fielded, long completed,
            BigDecimal newSales, BigDecimal retainedSales, BigDecimal costSavings, BigDecimal investment,
            long jobsCreated, long jobsRetained, long promoters, long detractors, long recommendAnswers) {
    }

    /**
     * The eligible clients with a COMPLETE survey record of the period under one center and service category, each
     * as a number that stands for its key (center id, '/', client id, as the metrics key a client) in this period's
     * answer: the same key has the same number in every group; the numbers say nothing else.
     */
    public record Respondents(String centerId, String serviceCategory, List<String> clients) {
    }

    /** The three sets of sums of a period. */
    public record PeriodSums(List<ProjectSums> projects, List<SurveySums> surveys, List<Respondents> respondents) {
    }

    private static final String PROJECT_ROWS = " FROM stg_project p JOIN stg_client c ON c.run_id = p.run_id"
            + " AND c.center_id = p.center_id AND c.client_id = p.client_id AND c.status = 'ACCEPTED'"
            + " WHERE p.run_id = ? AND p.status = 'ACCEPTED' AND p.completion_date BETWEEN ? AND ?";

    private static final String SURVEY_ROWS = " FROM stg_survey s JOIN stg_project p ON p.run_id = s.run_id"
            + " AND p.center_id = s.center_id AND p.project_id = s.project_id AND p.status = 'ACCEPTED'"
            + " JOIN stg_client c ON c.run_id = p.run_id AND c.center_id = p.center_id AND c.client_id = p.client_id"
            + " AND c.status = 'ACCEPTED'"
            + " WHERE s.run_id = ? AND s.status = 'ACCEPTED' AND s.survey_date BETWEEN ? AND ?";

    private static final String MONEY = "DECIMAL(19,2)";

    /** The sums of the accepted projects completed and survey records dated between the two dates (inclusive). */
    public PeriodSums sums(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        return new PeriodSums(projects(runId, from, to, rule), surveys(runId, from, to, rule),
                respondents(runId, from, to, rule));
    }

    private List<ProjectSums> projects(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        List<Object> args = new ArrayList<>(eligibilityArguments(rule));
        args.add(rule.lateAfterDays());
        args.addAll(List.of(runId, from, to));
        return staging.jdbc(runId).query("SELECT GROUPING(center_id), center_id, service_category,"
                + " COUNT(*) FILTER (WHERE eligible), COUNT(DISTINCT client_key) FILTER (WHERE eligible),"
                + " SUM(hours) FILTER (WHERE eligible), COUNT(*) FILTER (WHERE late),"
                + " COUNT(*) FILTER (WHERE NOT eligible)"
                + " FROM (SELECT p.center_id, p.service_category, p.center_id || '/' || p.client_id AS client_key,"
                + " COALESCE(p.staff_hours, CAST(0 AS DECIMAL(30,10)))"
                + " + COALESCE(p.third_party_hours, CAST(0 AS DECIMAL(30,10))) AS hours, "
                + eligible(rule) + " AS eligible,"
                + " p.submitted_date > last_day(make_date(year(p.completion_date), quarter(p.completion_date) * 3, 1))"
                + " + CAST(? AS INTEGER) AS late" + PROJECT_ROWS + ") r"
                + " GROUP BY GROUPING SETS ((center_id), (service_category)) ORDER BY 1, 2, 3",
                (rs, i) -> {
                    boolean byCategory = rs.getInt(1) == 1;
                    return new ProjectSums(byCategory ? null : rs.getString(2), byCategory ? rs.getString(3) : null,
                            rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8));
                }, args.toArray());
    }

    private List<SurveySums> surveys(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        return staging.jdbc(runId).query("SELECT GROUPING(center_id), center_id, service_category, COUNT(*),"
                + " COUNT(*) FILTER (WHERE complete), SUM(new_sales) FILTER (WHERE complete),"
                + " SUM(retained_sales) FILTER (WHERE complete), SUM(cost_savings) FILTER (WHERE complete),"
                + " SUM(investment) FILTER (WHERE complete),"
                + " CAST(SUM(jobs_created) FILTER (WHERE complete) AS BIGINT),"
                + " CAST(SUM(jobs_retained) FILTER (WHERE complete) AS BIGINT),"
                + " COUNT(*) FILTER (WHERE complete AND recommend >= 9),"
                + " COUNT(*) FILTER (WHERE complete AND recommend <= 6), COUNT(recommend) FILTER (WHERE complete)"
                + " FROM (SELECT s.center_id, p.service_category, s.disposition = 'COMPLETE' AS complete, "
                + orZero("s.new_sales") + " AS new_sales, " + orZero("s.retained_sales") + " AS retained_sales, "
                + orZero("s.cost_savings") + " AS cost_savings, " + orZero("s.invest_plant_equipment") + " + "
                + orZero("s.invest_it") + " + " + orZero("s.invest_workforce") + " + " + orZero("s.invest_other")
                + " AS investment, COALESCE(s.jobs_created, 0) AS jobs_created,"
                + " COALESCE(s.jobs_retained, 0) AS jobs_retained, s.recommend"
                + SURVEY_ROWS + " AND " + eligible(rule) + ") r"
                + " GROUP BY GROUPING SETS ((center_id), (service_category)) ORDER BY 1, 2, 3",
                (rs, i) -> {
                    boolean byCategory = rs.getInt(1) == 1;
                    return new SurveySums(byCategory ? null : rs.getString(2), byCategory ? rs.getString(3) : null,
                            rs.getLong(4), rs.getLong(5), money(rs.getBigDecimal(6)), money(rs.getBigDecimal(7)),
                            money(rs.getBigDecimal(8)), money(rs.getBigDecimal(9)), rs.getLong(10), rs.getLong(11),
                            rs.getLong(12), rs.getLong(13), rs.getLong(14));
                }, surveyArguments(runId, from, to, rule));
    }

    private List<Respondents> respondents(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        // numbers instead of ids: a few hundred short texts to read instead of one row per responding client
        return staging.jdbc(runId).query("SELECT center_id, service_category,"
                + " string_agg(CAST(client_no AS VARCHAR), ',' ORDER BY client_no)"
                + " FROM (SELECT center_id, service_category,"
                + " DENSE_RANK() OVER (ORDER BY client_key) AS client_no"
                + " FROM (SELECT DISTINCT s.center_id, p.service_category,"
                + " s.center_id || '/' || p.client_id AS client_key"
                + SURVEY_ROWS + " AND s.disposition = 'COMPLETE' AND " + eligible(rule) + ") d) r"
                + " GROUP BY center_id, service_category ORDER BY 1, 2",
                (rs, i) -> new Respondents(rs.getString(1), rs.getString(2), List.of(rs.getString(3).split(","))),
                surveyArguments(runId, from, to, rule));
    }

    /** The eligibility of the client {@code c}, with {@link #eligibilityArguments} for its parameters. */
    private static String eligible(Eligibility rule) {
        String naics = rule.naicsPrefixes().isEmpty() ? "FALSE"
                : String.join(" OR ", Collections.nCopies(rule.naicsPrefixes().size(), "starts_with(c.naics, ?)"));
        return "(c.employees < ? AND (" + naics + "))";
    }

    /** The parameters of a query over {@link #SURVEY_ROWS} {@code AND} {@link #eligible}. */
    private static Object[] surveyArguments(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        List<Object> args = new ArrayList<>(List.of(runId, from, to));
        args.addAll(eligibilityArguments(rule));
        return args.toArray();
    }

    private static List<Object> eligibilityArguments(Eligibility rule) {
        List<Object> args = new ArrayList<>();
        args.add(rule.employeeLimit());
        args.addAll(rule.naicsPrefixes());
        return args;
    }

    private static String orZero(String column) {
        return "COALESCE(" + column + ", CAST(0 AS " + MONEY + "))";
    }

    /** A sum of amounts at the contract's two decimals (null stays null: no COMPLETE record). */
    private static BigDecimal money(BigDecimal sum) {
        return sum == null ? null : sum.setScale(2);
    }
}
