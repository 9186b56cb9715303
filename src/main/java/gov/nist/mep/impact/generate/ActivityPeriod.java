package gov.nist.mep.impact.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One stretch of time the generated extract covers, with the calibrated sample's counts for it: the projects completed
 * in one fiscal year (a program year, or the lead-in year before the first), or the open projects, started in the last
 * half of the last program year and still open when the extract was cut. {@link Timeline} lists them.
 *
 * @param index             position in the timeline, from 0
 * @param name              for messages: {@code LEAD_IN}, {@code FY2012}, {@code OPEN}
 * @param firstDay          first day of completions (or, for the open period, of starts)
 * @param eligibleClients   eligible clients served in the calibrated sample: clients with a project completed in the period
 * @param ineligibleClients ineligible clients served likewise
 * @param projects          projects of the period in the calibrated sample
 * @param isOpen            whether this is the period of open projects
 */
record ActivityPeriod(int index, String name, LocalDate firstDay, LocalDate lastDay, int eligibleClients,
        int ineligibleClients, int projects, boolean isOpen) {

    int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    int baseEligibleClients() {
        return eligibleClients;
    }

    int baseIneligibleClients() {
        return ineligibleClients;
    }

    int baseProjects() {
        return projects;
    }

    @Override
    public String toString() {
        return name;
    }
}
