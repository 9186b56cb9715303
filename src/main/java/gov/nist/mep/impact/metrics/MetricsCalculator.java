package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.metrics.StagedRecords.Center;
import gov.nist.mep.impact.metrics.StagedRecords.Financials;
import gov.nist.mep.impact.support.ParallelTasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Computes the impact metrics of one fiscal year from a staged run: the single source of every figure the reports
 * print. Which records count, and each figure's definition, follow the metrics contract. Holds no state of a run: the
 * figures a run computes once and reads again (every year of the extract, for the trends) live in the run's
 * {@link RunFigures}.
 */
@Component
public class MetricsCalculator {

    private static final Logger log = LoggerFactory.getLogger(MetricsCalculator.class);

    private final StagedRecords extract;
    private final ProgramRules rules;
    private final EstimatesCalculator estimates;

    public MetricsCalculator(StagedRecords extract, ProgramRules rules, EstimatesCalculator estimates) {
        this.extract = extract;
        this.rules = rules;
        this.estimates = estimates;
    }

    /** The fiscal years of the extract: those with accepted center financials, or else with an appropriation. */
    public List<Integer> fiscalYears(long runId) {
        return FiscalYear.ofExtract(extract.financials(runId).stream().map(Financials::fiscalYear).toList(),
                extract.appropriations(runId).keySet());
    }

    /** A new holder of the figures of one run, empty: the run keeps it as long as it computes (see RunFigures). */
    public RunFigures run(long runId) {
        return new RunFigures(this, runId);
    }

    public ImpactMetrics compute(long runId, int fiscalYear) {
        return compute(runId, List.of(fiscalYear)).get(fiscalYear);
    }

    /** The metrics of several fiscal years of a run, computed afresh (see {@link RunFigures#compute}). */
    public Map<Integer, ImpactMetrics> compute(long runId, Collection<Integer> fiscalYears) {
        return run(runId).compute(fiscalYears);
    }

    /**
     * The metrics of several fiscal years of a run. Every year of the extract is computed once (each model's trend
     * shares them; computing the trend per model made a ten-year run compute a hundred years), the years in parallel
     * on the available cores, and kept in {@code run} for the trends computed after it. A year's survey observations
     * are reduced to its estimates as soon as it is computed, so memory holds the observations of the years in
     * progress only. Same figures in any order of completion.
     */
    Map<Integer, ImpactMetrics> compute(RunFigures run, Collection<Integer> fiscalYears) {
        long runId = run.runId();
        List<Integer> extractYears = fiscalYears(runId);
        TreeSet<Integer> years = new TreeSet<>(extractYears);
        years.addAll(fiscalYears);
        DistrictAssignment districts = DistrictAssignment.of(extract, runId);
        if (!districts.available()) {
            log.info("  no district figures or outputs: {}", districts.absentBecause());
        }
        Map<Integer, YearResult> results = computeYears(runId, years, Set.copyOf(fiscalYears), districts);
        run.keep(extractYears, results);
        List<FileCounts> files = extract.fileCounts(runId);
        Map<String, Long> rejectsByRule = extract.rejectsByRule(runId);
        Map<Integer, BigDecimal> appropriations = extract.appropriations(runId);
        List<StagedRecords.Story> stories = extract.stories(runId);
        Map<Integer, ImpactMetrics> models = new TreeMap<>();
        for (int fiscalYear : new TreeSet<>(fiscalYears)) {
            YearResult year = results.get(fiscalYear);
            TreeSet<Integer> trendYears = new TreeSet<>(extractYears);
            trendYears.add(fiscalYear);
            List<NationalFigures> trend = trendYears.stream().map(y -> results.get(y).national()).toList();
            NationalFigures previous = trend.stream().filter(t -> t.fiscalYear() == fiscalYear - 1).findFirst()
                    .orElse(null);
            DataQuality quality = DataQuality.of(files, year.ineligibleProjects(), year.lateProjectReports(),
                    rejectsByRule);
            models.put(fiscalYear, new ImpactMetrics(fiscalYear, year.national(), year.states(), year.centers(),
                    year.categories(), quality, trend, YearOverYear.of(previous, year.national()), year.estimates(),
                    appropriations, stories.stream().filter(s -> s.fiscalYear() == fiscalYear).map(SuccessStory::of)
                            .toList(), year.salesByClientIndustry(), null, year.districts()));
        }
        return models;
    }

    /**
     * The years on every core (see {@link ParallelTasks}: a failure is thrown once the other years have ended). The
     * years with estimates start first: they take longest (the bootstrap), and the trend's years fill the other cores
     * meanwhile instead of leaving the report's year to run alone at the end.
     */
    private Map<Integer, YearResult> computeYears(long runId, Collection<Integer> years, Set<Integer> withEstimates,
            DistrictAssignment districts) {
        Map<Integer, Callable<YearResult>> tasks = new LinkedHashMap<>();
        years.stream().distinct().sorted(Comparator.comparing((Integer y) -> !withEstimates.contains(y))
                .thenComparing(Comparator.reverseOrder()))
                .forEach(y -> tasks.put(y, () -> computeYear(runId, y, withEstimates.contains(y),
                        withEstimates.contains(y) ? districts : null)));
        return new TreeMap<>(ParallelTasks.computeAll("metrics", tasks, ParallelTasks.threadsFor(tasks.size())));
    }

    /** A year's figures without estimates, computed now (for a year the run has not computed yet). */
    YearResult yearFigures(long runId, int fiscalYear) {
        return computeYear(runId, fiscalYear, false, null);
    }

    /** What one year of a run gives, before it is assembled into a model. */
    record YearResult(NationalFigures national, List<StateFigures> states, List<CenterFigures> centers,
            List<CategoryFigures> categories, long ineligibleProjects, long lateProjectReports,
            Estimates estimates, Districts districts, List<ClientIndustrySales> salesByClientIndustry) {
    }

    /**
     * One year's figures. A year with estimates or districts reads its projects and survey records one by one (the
     * estimates need each observation); the districts' figures (when {@code assignment} is given and available) are
     * summed in the same pass, each record through its client's district. Any other year (a trend year) is summed by
     * the staging engine, by center and by service category, with the same rules ({@link StagedRecords#periodSums}):
     * the same figures from a few hundred rows instead of every record.
     */
    private YearResult computeYear(long runId, int fiscalYear, boolean keepObservations,
            DistrictAssignment assignment) {
        LocalDate from = FiscalYear.start(fiscalYear);
        LocalDate to = FiscalYear.end(fiscalYear);
        List<Center> centers = extract.centers(runId);
        Map<String, Center> centerById = new TreeMap<>();
        centers.forEach(c -> centerById.put(c.centerId(), c));
        Map<String, Financials> funds = new TreeMap<>();
        extract.financials(runId).stream().filter(f -> f.fiscalYear() == fiscalYear)
                .forEach(f -> funds.put(f.centerId(), f));

        GroupTotals national = new GroupTotals();
        Map<String, GroupTotals> byCenter = new TreeMap<>();
        Map<String, GroupTotals> byState = new TreeMap<>();
        Map<String, GroupTotals> byCategory = new TreeMap<>();
        Map<String, Long> lateByCenter = new TreeMap<>();
        for (Center c : centers) {
            byCenter.put(c.centerId(), new GroupTotals());
            byState.computeIfAbsent(c.state(), s -> new GroupTotals());
        }
        DistrictTotals districts = assignment == null || !assignment.available() ? null
                : new DistrictTotals(assignment);
        long[] ineligible = new long[1];
        long[] late = new long[1];
        List<SurveyObservation> observations = keepObservations ? new ArrayList<>() : null;
        // the economy-wide shock of a year with estimates, in the same pass over its survey records
        ClientIndustryAggregation industries = keepObservations
                ? new ClientIndustryAggregation(rules, id -> centerById.get(id).state()) : null;
        if (!keepObservations && assignment == null) {
            // a year without estimates or districts needs only sums: the staging engine sums its rows
            StagedRecords.PeriodSums sums = extract.periodSums(runId, from, to, rules.eligibility());
            for (StagedRecords.ProjectSums p : sums.projects()) {
                if (p.centerId() == null) {
                    if (p.projects() > 0) {
                        byCategory.computeIfAbsent(p.serviceCategory(), k -> new GroupTotals()).addProjects(p);
                    }
                    continue;
                }
                ineligible[0] += p.ineligible();
                late[0] += p.late();
                if (p.late() > 0) {
                    lateByCenter.put(p.centerId(), p.late());
                }
                national.addProjects(p);
                byCenter.get(p.centerId()).addProjects(p);
                byState.get(centerById.get(p.centerId()).state()).addProjects(p);
            }
            for (StagedRecords.SurveySums v : sums.surveys()) {
                if (v.centerId() == null) {
                    byCategory.computeIfAbsent(v.serviceCategory(), k -> new GroupTotals()).addSurveys(v);
                    continue;
                }
                national.addSurveys(v);
                byCenter.get(v.centerId()).addSurveys(v);
                byState.get(centerById.get(v.centerId()).state()).addSurveys(v);
            }
            for (StagedRecords.Respondents r : sums.respondents()) {
                // keys of their own, but one per client: the disclosure control counts and unites them alike
                GroupTotals center = byCenter.get(r.centerId());
                GroupTotals state = byState.get(centerById.get(r.centerId()).state());
                GroupTotals category = byCategory.get(r.serviceCategory());
                for (String clientKey : r.clients()) {
                    national.addRespondent(clientKey);
                    center.addRespondent(clientKey);
                    state.addRespondent(clientKey);
                    category.addRespondent(clientKey);
                }
            }
        } else {
            // the projects and the survey records read at once, summed on this thread (see ConcurrentReads)
            ConcurrentReads.<StagedRecords.Project, StagedRecords.Survey>run("metrics-read-FY" + fiscalYear,
                    c -> extract.projectsCompleted(runId, from, to, c), p -> {
                if (rules.isLateReport(p.completionDate(), p.submittedDate())) {
                    late[0]++;
                    lateByCenter.merge(p.centerId(), 1L, Long::sum);
                }
                if (!rules.isEligibleClient(p.clientNaics(), p.clientEmployees())) {
                    ineligible[0]++;
                    return;
                }
                String clientKey = p.centerId() + "/" + p.clientId();
                national.addProject(clientKey, p.hours());
                byCenter.get(p.centerId()).addProject(clientKey, p.hours());
                byState.get(centerById.get(p.centerId()).state()).addProject(clientKey, p.hours());
                byCategory.computeIfAbsent(p.serviceCategory(), k -> new GroupTotals()).addProject(clientKey,
                        p.hours());
                if (districts != null) {
                    districts.addProject(p.centerId(), p.clientDistrict(), clientKey, p.serviceCategory(),
                            p.hours());
                }
            }, c -> extract.surveys(runId, from, to, c), s -> {
                if (industries != null) {
                    industries.add(s);
                }
                if (!rules.isEligibleClient(s.clientNaics(), s.clientEmployees())) {
                    return;
                }
                SurveyObservation o = new SurveyObservation(s.centerId(), s.serviceCategory(),
                        s.centerId() + "/" + s.clientId(), "COMPLETE".equals(s.disposition()), s.newSales(),
                        s.retainedSales(), s.costSavings(), s.investment(), s.jobsCreated(), s.jobsRetained(),
                        s.recommend(), s.clientEmployees(), s.projectHours());
                national.addSurvey(o);
                byCenter.get(s.centerId()).addSurvey(o);
                byState.get(centerById.get(s.centerId()).state()).addSurvey(o);
                byCategory.computeIfAbsent(s.serviceCategory(), k -> new GroupTotals()).addSurvey(o);
                if (districts != null) {
                    districts.addSurvey(s.clientDistrict(), o);
                }
                if (observations != null) {
                    observations.add(o);
                }
            });
        }

        Map<String, java.util.Set<String>> centerRespondents = new TreeMap<>();
        Map<String, String> stateOfCenter = new TreeMap<>();
        byCenter.forEach((id, totals) -> centerRespondents.put(id, totals.respondents()));
        centers.forEach(c -> stateOfCenter.put(c.centerId(), c.state()));
        Map<String, java.util.Set<String>> categoryRespondents = new TreeMap<>();
        byCategory.forEach((category, totals) -> categoryRespondents.put(category, totals.respondents()));
        DisclosureControl.Decisions disclosure = DisclosureControl.decide(rules.suppressionThreshold(),
                centerRespondents, stateOfCenter, categoryRespondents);

        List<CenterFigures> centerFigures = new ArrayList<>();
        Map<String, BigDecimal[]> stateFunds = new TreeMap<>();
        Map<String, Integer> stateCenters = new TreeMap<>();
        BigDecimal federal = BigDecimal.ZERO.setScale(2);
        BigDecimal nonFederal = BigDecimal.ZERO.setScale(2);
        long regionalOffices = 0;
        for (Center c : centers) {
            Financials f = funds.get(c.centerId());
            BigDecimal fed = f == null ? BigDecimal.ZERO.setScale(2) : f.federalFunds();
            BigDecimal non = f == null ? BigDecimal.ZERO.setScale(2) : f.nonFederal();
            federal = federal.add(fed);
            nonFederal = nonFederal.add(non);
            BigDecimal[] sf = stateFunds.computeIfAbsent(c.state(),
                    s -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            sf[0] = sf[0].add(fed);
            sf[1] = sf[1].add(non);
            stateCenters.merge(c.state(), 1, Integer::sum);
            regionalOffices += c.regionalOffices() == null ? 0 : c.regionalOffices();
            centerFigures.add(centerFigures(c, fiscalYear, fed, non, byCenter.get(c.centerId()).toFigures(),
                    lateByCenter.getOrDefault(c.centerId(), 0L), disclosure.centers().get(c.centerId())));
        }
        List<StateFigures> stateFigures = new ArrayList<>();
        byState.forEach((state, totals) -> {
            GroupFigures g = totals.toFigures();
            BigDecimal[] sf = stateFunds.get(state);
            stateFigures.add(new StateFigures(state, stateCenters.get(state), g, Funding.of(sf[0], sf[1], g),
                    disclosure.states().get(state)));
        });
        List<CategoryFigures> categoryFigures = new ArrayList<>();
        byCategory.forEach((category, totals) -> {
            GroupFigures g = totals.toFigures();
            categoryFigures.add(new CategoryFigures(category, g, disclosure.categories().get(category)));
        });
        GroupFigures n = national.toFigures();
        BigDecimal appropriation = extract.appropriations(runId).get(fiscalYear);
        NationalFigures nationalFigures = new NationalFigures(fiscalYear, n, Funding.of(federal, nonFederal, n),
                appropriation, Ratios.ratio(n.newSales(), appropriation), Ratios.ratio(n.investment(), appropriation),
                Ratios.ratio(n.costSavings(), appropriation),
                Ratios.ratio(appropriation, BigDecimal.valueOf(n.jobsCreatedOrRetained())), centers.size(),
                regionalOffices);
        return new YearResult(nationalFigures, List.copyOf(stateFigures), List.copyOf(centerFigures),
                List.copyOf(categoryFigures), ineligible[0], late[0],
                observations == null ? null : estimates.estimate(observations),
                districts != null ? districts.toDistricts(rules.suppressionThreshold())
                        : assignment != null ? Districts.absent(assignment.absentBecause()) : null,
                industries == null ? null : industries.rows());
    }

    private CenterFigures centerFigures(Center c, int fiscalYear, BigDecimal federal, BigDecimal nonFederal,
            GroupFigures g, long late, Disclosure disclosure) {
        int awardYear = ProgramRules.awardYear(fiscalYear, c.awardStartFy());
        ProgramRules.Fraction cap = rules.federalShareCap(awardYear, c.recompeted());
        BigDecimal allFunds = federal.add(nonFederal);
        Double share = Ratios.ratio(federal, allFunds);
        Boolean compliant = allFunds.signum() == 0 ? null : cap.admits(federal, allFunds);
        return new CenterFigures(c.centerId(), c.centerName(), c.state(), c.hostType(), c.regionalOffices(),
                awardYear, c.recompeted(), share, cap.toDouble(), compliant, late, g,
                Funding.of(federal, nonFederal, g), disclosure);
    }
}
