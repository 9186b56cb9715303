package gov.nist.mep.impact.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The program years an extract covers and its {@link ActivityPeriod}s: the projects completed in the lead-in year
 * (the year before the first program year: without them the surveys dated in the first year, which look back 6–12
 * months, would be a quarter short of later years'), those completed in each program year, and the open projects.
 * Project and client files exist for every quarter from the lead-in year's first to the last year's last; survey
 * waves from the first program year's first quarter to the last quarter of the year after the last.
 *
 * <p>The calibrated sample covers FY2012–FY2014. Longer ranges (a benchmark's ten years) add earlier years, each
 * with 3% fewer clients and projects than the year after it; a range may not go past FY2014.
 */
final class Timeline {

    static final int EARLIEST_YEAR = 1990;
    static final int LATEST_YEAR = 2014;

    /** Completions per fiscal year in the calibrated sample (eligible clients, ineligible clients, projects). */
    private static final int FIRST_TABULATED = 2011;
    private static final int[][] TABULATED = {
        {27_000, 1_080, 37_300}, {27_950, 1_118, 38_700}, {28_850, 1_154, 39_900}, {30_056, 1_202, 41_600}};
    private static final int OPEN_PROJECTS = 3_200;
    private static final double EARLIER_YEAR_FACTOR = 0.97;

    /** The calibrated sample's program years (declared after the counts it is built from). */
    static final Timeline CALIBRATED = new Timeline(2012, 2014);

    private final int firstYear;
    private final int lastYear;
    private final List<ActivityPeriod> periods;

    Timeline(int firstYear, int lastYear) {
        if (firstYear < EARLIEST_YEAR || lastYear > LATEST_YEAR || firstYear > lastYear) {
            throw new IllegalArgumentException("fiscal years must run from FY" + EARLIEST_YEAR + " at the earliest to"
                    + " FY" + LATEST_YEAR + " at the latest, first before last, was FY" + firstYear + "-FY" + lastYear);
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        List<ActivityPeriod> list = new ArrayList<>();
        for (int year = firstYear - 1; year <= lastYear; year++) {
            int[] counts = counts(year);
            list.add(new ActivityPeriod(list.size(), year < firstYear ? "LEAD_IN" : "FY" + year,
                    LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), counts[0], counts[1], counts[2], false));
        }
        list.add(new ActivityPeriod(list.size(), "OPEN", LocalDate.of(lastYear, 4, 1), LocalDate.of(lastYear, 9, 30),
                0, 0, OPEN_PROJECTS, true));
        this.periods = List.copyOf(list);
    }

    /** Parses {@code FIRST-LAST} (or one year), e.g. {@code 2005-2014}. */
    static Timeline parse(String text) {
        String[] parts = text.strip().split("-", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("fiscal years must be FIRST-LAST, e.g. 2005-2014, not '" + text + "'");
        }
        try {
            int first = Integer.parseInt(parts[0].strip());
            int last = Integer.parseInt(parts[parts.length - 1].strip());
            return first == CALIBRATED.firstYear && last == CALIBRATED.lastYear ? CALIBRATED : new Timeline(first, last);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fiscal years must be FIRST-LAST, e.g. 2005-2014, not '" + text + "'");
        }
    }

    /** The calibrated sample's completions of a fiscal year; earlier years 3% fewer each. */
    static int[] counts(int year) {
        if (year >= FIRST_TABULATED) {
            return TABULATED[year - FIRST_TABULATED].clone();
        }
        double factor = Math.pow(EARLIER_YEAR_FACTOR, FIRST_TABULATED - year);
        int[] counts = new int[3];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (int) Math.round(TABULATED[0][i] * factor);
        }
        return counts;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    List<ActivityPeriod> periods() {
        return periods;
    }

    long totalBaseProjects() {
        long total = 0;
        for (ActivityPeriod period : periods) {
            total += period.baseProjects();
        }
        return total;
    }

    FiscalQuarter firstReportingQuarter() {
        return new FiscalQuarter(firstYear - 1, 1);
    }

    FiscalQuarter lastReportingQuarter() {
        return new FiscalQuarter(lastYear, 4);
    }

    FiscalQuarter firstWave() {
        return new FiscalQuarter(firstYear, 1);
    }

    FiscalQuarter lastWave() {
        return new FiscalQuarter(lastYear + 1, 4);
    }

    int reportingQuarters() {
        return lastReportingQuarter().index() - firstReportingQuarter().index() + 1;
    }

    int waves() {
        return lastWave().index() - firstWave().index() + 1;
    }

    @Override
    public String toString() {
        return "FY" + firstYear + "-FY" + lastYear;
    }
}
