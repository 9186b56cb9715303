package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Running totals of one group while the year's projects and survey records stream past. */
final class GroupTotals {

    private long projectsCompleted;
    private final Set<String> clients = new HashSet<>();
    /** Distinct clients counted by the staging engine (see {@link #addProjects}). */
    private long clientsCounted;
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

    /**
     * Adds a group's projects summed by the staging engine, with their distinct clients counted there: the clients of
     * the groups added to one total must be distinct (a center's key is part of a client's).
     */
    void addProjects(StagedRecords.ProjectSums sums) {
        projectsCompleted += sums.projects();
        clientsCounted += sums.clients();
        if (sums.hours() != null) {
            staffHours = staffHours.add(sums.hours());
        }
    }

    /** Adds a group's survey records summed by the staging engine. */
    void addSurveys(StagedRecords.SurveySums sums) {
        surveysFielded += sums.fielded();
        surveysCompleted += sums.completed();
        if (sums.completed() > 0) {
            newSales = newSales.add(sums.newSales());
            retainedSales = retainedSales.add(sums.retainedSales());
            costSavings = costSavings.add(sums.costSavings());
            investment = investment.add(sums.investment());
        }
        jobsCreated += sums.jobsCreated();
        jobsRetained += sums.jobsRetained();
        promoters += sums.promoters();
        detractors += sums.detractors();
        recommendAnswers += sums.recommendAnswers();
    }

    /**
     * A client with a COMPLETE survey record: its key as in {@link SurveyObservation#clientKey()}, or the staging
     * engine's key of it in a period's sums (one kind of key in all the totals of one year).
     */
    void addRespondent(String clientKey) {
        respondents.add(clientKey);
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
        return new GroupFigures(projectsCompleted, clients.size() + clientsCounted, surveysFielded, surveysCompleted,
                Ratios.ratio(surveysCompleted, surveysFielded), newSales, retainedSales, costSavings, investment,
                jobsCreated, jobsRetained, nps, staffHours.stripTrailingZeros(), respondents.size());
    }
}
