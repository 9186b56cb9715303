package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Running totals of one group while the year's projects and survey records stream past. */
final class GroupTotals {

    private long projectsCompleted;
    private final Set<String> clients = new HashSet<>();
    private long surveysFielded;
    private long surveysCompleted;
    private final Set<String> respondents = new HashSet<>();
    private BigDecimal newSales = BigDecimal.ZERO;
    private BigDecimal retainedSales = BigDecimal.ZERO;
    private BigDecimal costSavings = BigDecimal.ZERO;
    private BigDecimal investment = BigDecimal.ZERO;
    private long jobsCreated;
    private long jobsRetained;
    private long promoters;
    private long detractors;
    private long recommendAnswers;
    private BigDecimal staffHours = BigDecimal.ZERO;

    boolean isEmpty() {
        return projectsCompleted == 0 && surveysFielded == 0;
    }

    void addProject(String clientKey, BigDecimal hours) {
        projectsCompleted++;
        clients.add(clientKey);
        staffHours = staffHours.add(hours);
    }

    void addSurvey(SurveyObservation s) {
        surveysFielded++;
        if (!s.complete()) {
            return;
        }
        surveysCompleted++;
        respondents.add(s.clientKey());
        newSales = newSales.add(s.newSales());
        retainedSales = retainedSales.add(s.retainedSales());
        costSavings = costSavings.add(s.costSavings());
        investment = investment.add(s.investment());
        jobsCreated += s.jobsCreated();
        jobsRetained += s.jobsRetained();
        if (s.recommend() != null) {
            recommendAnswers++;
            if (s.recommend() >= 9) {
                promoters++;
            } else if (s.recommend() <= 6) {
                detractors++;
            }
        }
    }

    /** The distinct clients with a COMPLETE survey record (the disclosure control's count). */
    Set<String> respondents() {
        return respondents;
    }

    GroupFigures toFigures() {
        Double nps = recommendAnswers == 0 ? null
                : Ratios.ratio(BigDecimal.valueOf(100 * (promoters - detractors)), BigDecimal.valueOf(recommendAnswers));
        return new GroupFigures(projectsCompleted, clients.size(), surveysFielded, surveysCompleted,
                Ratios.ratio(surveysCompleted, surveysFielded), newSales, retainedSales, costSavings, investment,
                jobsCreated, jobsRetained, nps, staffHours.stripTrailingZeros(), respondents.size());
    }
}
