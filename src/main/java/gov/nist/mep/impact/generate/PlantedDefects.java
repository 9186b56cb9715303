package gov.nist.mep.impact.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deliberately invalid records: each turns a copy of a valid row into one that breaks exactly one rule of the
 * extract contract, so that a reader must reject it. Kinds cover the contract's rules for each record kind.
 */
final class PlantedDefects {

    private PlantedDefects() {
    }

    enum ClientDefect {
        BAD_NAICS, BAD_EMPLOYEES, BAD_DATE, MISSING_NAME, BAD_STATE, UNKNOWN_CENTER
    }

    enum ProjectDefect {
        COMPLETION_BEFORE_START, NEGATIVE_FEE, THREE_DECIMAL_FEE, DOLLAR_FEE, BAD_CATEGORY, UNKNOWN_CLIENT,
        MISSING_CLIENT, BAD_DATE, NEGATIVE_HOURS
    }

    enum SurveyDefect {
        BEFORE_COMPLETION, BAD_DISPOSITION, NEGATIVE_MONEY, THREE_DECIMAL_MONEY, RECOMMEND_OUT_OF_RANGE,
        SATISFACTION_OUT_OF_RANGE, FRACTIONAL_JOBS, UNKNOWN_PROJECT, BAD_DATE, MISSING_CENTER
    }

    private static final String[] BAD_DATES = {"2014-02-30", "2013-13-01", "2014/03/15", "03/15/2014"};

    static String[] client(String[] valid, ClientDefect defect, SplittableRandom random) {
        String[] row = valid.clone();
        RecordKind kind = RecordKind.CLIENT;
        switch (defect) {
            case BAD_NAICS -> row[kind.column("naics")] = Draws.pick(random, new String[] {"33A1", "3", "3327101", "N/A"});
            case BAD_EMPLOYEES -> row[kind.column("employees")] = Draws.pick(random, new String[] {"-4", "12.5", "about 40"});
            case BAD_DATE -> row[kind.column("submitted_date")] = Draws.pick(random, BAD_DATES);
            case MISSING_NAME -> row[kind.column("client_name")] = "";
            case BAD_STATE -> row[kind.column("state")] = Draws.pick(random, new String[] {"XX", "Texas", "U.S."});
            case UNKNOWN_CENTER -> row[kind.column("center_id")] = Ids.padded("ZZ", random.nextInt(100), 2);
            default -> throw new IllegalArgumentException(defect.name());
        }
        return row;
    }

    static String[] project(String[] valid, ProjectDefect defect, SplittableRandom random) {
        String[] row = valid.clone();
        RecordKind kind = RecordKind.PROJECT;
        int fee = kind.column("client_fee");
        switch (defect) {
            case COMPLETION_BEFORE_START -> row[kind.column("completion_date")] =
                    LocalDate.parse(row[kind.column("start_date")]).minusDays(1 + random.nextInt(30)).toString();
            case NEGATIVE_FEE -> row[fee] = "-" + (1 + random.nextInt(5_000)) + ".00";
            case THREE_DECIMAL_FEE -> row[fee] = (100 + random.nextInt(50_000)) + threeDecimals(random);
            case DOLLAR_FEE -> row[fee] = "$" + (1 + random.nextInt(40)) + "," + Ids.padded("", random.nextInt(1000), 3) + ".00";
            case BAD_CATEGORY -> row[kind.column("service_category")] =
                    Draws.pick(random, new String[] {"MARKETING", "R&D", "CONSULTING"});
            case UNKNOWN_CLIENT -> row[kind.column("client_id")] = Ids.padded("N", random.nextInt(1_000_000), 6);
            case MISSING_CLIENT -> row[kind.column("client_id")] = "";
            case BAD_DATE -> row[kind.column("start_date")] = Draws.pick(random, BAD_DATES);
            case NEGATIVE_HOURS -> row[kind.column("staff_hours")] = "-" + (1 + random.nextInt(40)) + ".5";
            default -> throw new IllegalArgumentException(defect.name());
        }
        return row;
    }

    /**
     * @param completion completion date of the surveyed project
     */
    static String[] survey(String[] valid, SurveyDefect defect, SplittableRandom random, LocalDate completion) {
        String[] row = valid.clone();
        RecordKind kind = RecordKind.SURVEY;
        String complete = SurveyDisposition.COMPLETE.name();
        switch (defect) {
            case BEFORE_COMPLETION -> row[kind.column("survey_date")] = completion.minusDays(1 + random.nextInt(60)).toString();
            case BAD_DISPOSITION -> row[kind.column("disposition")] =
                    Draws.pick(random, new String[] {"DONE", "PARTIAL", "UNKNOWN"});
            case NEGATIVE_MONEY -> {
                row[kind.column("disposition")] = complete;
                row[kind.column(Draws.pick(random, new String[] {"new_sales", "retained_sales", "invest_it"}))] =
                        "-" + (100 + random.nextInt(90_000)) + ".00";
            }
            case THREE_DECIMAL_MONEY -> {
                row[kind.column("disposition")] = complete;
                row[kind.column("cost_savings")] = (10 + random.nextInt(90_000)) + threeDecimals(random);
            }
            case RECOMMEND_OUT_OF_RANGE -> {
                row[kind.column("disposition")] = complete;
                row[kind.column("recommend")] = Draws.pick(random, new String[] {"11", "-1", "10.5"});
            }
            case SATISFACTION_OUT_OF_RANGE -> {
                row[kind.column("disposition")] = complete;
                row[kind.column("satisfaction")] = Draws.pick(random, new String[] {"0", "6", "4.5"});
            }
            case FRACTIONAL_JOBS -> {
                row[kind.column("disposition")] = complete;
                row[kind.column("jobs_created")] = random.nextInt(20) + ".5";
            }
            case UNKNOWN_PROJECT -> row[kind.column("project_id")] = Ids.padded("Q", random.nextInt(1_000_000), 6);
            case BAD_DATE -> row[kind.column("survey_date")] = Draws.pick(random, BAD_DATES);
            case MISSING_CENTER -> row[kind.column("center_id")] = "";
            default -> throw new IllegalArgumentException(defect.name());
        }
        return row;
    }

    /** A fraction of three digits whose last is not zero, so it cannot be read as two. */
    private static String threeDecimals(SplittableRandom random) {
        return "." + Ids.padded("", random.nextInt(100) * 10L + 1 + random.nextInt(9), 3);
    }
}
