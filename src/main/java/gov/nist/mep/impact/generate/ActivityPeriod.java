package gov.nist.mep.impact.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The stretches of time the generated extract covers, with the calibrated sample's counts for each. Program years
 * are FY2012–FY2014. The projects completed in FY2011 are a lead-in: without them the surveys dated in FY2012, which
 * look back 6–12 months, would be a quarter short of later years'. {@code OPEN} holds projects started in the last
 * half of FY2014 and still open when the extract was cut.
 */
enum ActivityPeriod {
    LEAD_IN(LocalDate.of(2010, 10, 1), LocalDate.of(2011, 9, 30), 27_000, 1_080, 37_300),
    FY2012(LocalDate.of(2011, 10, 1), LocalDate.of(2012, 9, 30), 27_950, 1_118, 38_700),
    FY2013(LocalDate.of(2012, 10, 1), LocalDate.of(2013, 9, 30), 28_850, 1_154, 39_900),
    FY2014(LocalDate.of(2013, 10, 1), LocalDate.of(2014, 9, 30), 30_056, 1_202, 41_600),
    OPEN(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 9, 30), 0, 0, 3_200);

    /** Project and client files exist for these quarters (the reporting quarter of each record). */
    static final FiscalQuarter FIRST_REPORTING_QUARTER = new FiscalQuarter(2011, 1);
    static final FiscalQuarter LAST_REPORTING_QUARTER = new FiscalQuarter(2014, 4);
    /** Survey waves: one file per quarter of survey_date. */
    static final FiscalQuarter FIRST_WAVE = new FiscalQuarter(2012, 1);
    static final FiscalQuarter LAST_WAVE = new FiscalQuarter(2015, 4);

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final int eligibleClients;
    private final int ineligibleClients;
    private final int projects;

    ActivityPeriod(LocalDate firstDay, LocalDate lastDay, int eligibleClients, int ineligibleClients, int projects) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.eligibleClients = eligibleClients;
        this.ineligibleClients = ineligibleClients;
        this.projects = projects;
    }

    /** First day of completions (or, for {@code OPEN}, of starts) in this period. */
    LocalDate firstDay() {
        return firstDay;
    }

    int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    boolean isOpen() {
        return this == OPEN;
    }

    /** Eligible clients served in the calibrated sample: clients with a project completed in the period. */
    int baseEligibleClients() {
        return eligibleClients;
    }

    int baseIneligibleClients() {
        return ineligibleClients;
    }

    int baseProjects() {
        return projects;
    }

    static long totalBaseProjects() {
        long total = 0;
        for (ActivityPeriod period : values()) {
            total += period.projects;
        }
        return total;
    }

    static int reportingQuarters() {
        return LAST_REPORTING_QUARTER.index() - FIRST_REPORTING_QUARTER.index() + 1;
    }

    static int waves() {
        return LAST_WAVE.index() - FIRST_WAVE.index() + 1;
    }
}
