package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.metrics.CenterOversight.CenterFeedback;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversight.Flag;
import gov.nist.mep.impact.metrics.CenterOversight.FlagRule;
import gov.nist.mep.impact.metrics.CenterOversight.LateReport;
import gov.nist.mep.impact.metrics.CenterOversight.PeerGroup;
import gov.nist.mep.impact.metrics.CenterOversight.RejectedRecord;
import gov.nist.mep.impact.metrics.CenterOversight.Score;
import gov.nist.mep.impact.metrics.CenterOversight.ServiceMix;
import gov.nist.mep.impact.metrics.CenterOversight.SupersededRecord;
import gov.nist.mep.impact.metrics.CenterOversight.TrendYear;
import gov.nist.mep.impact.metrics.StagedRecords.CenterReject;
import gov.nist.mep.impact.metrics.StagedRecords.CompletedProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Computes the center oversight model of a fiscal year from its metrics model and the staged run: the scorecard
 * figures the metrics model lacks (new and repeat clients, staff and third-party hours, client fees, late share,
 * records submitted, rejected and superseded, year-over-year changes), every ranked figure's rank and percentile among
 * all centers and among its host type, the peer medians, the outliers, each center's five-year trend and services,
 * and its feedback records.
 */
@Component
public class CenterOversightCalculator {

    /** Years of a center's trend, ending with the year reported. */
    static final int TREND_YEARS = 5;

    private final MetricsCalculator calculator;
    private final StagedRecords extract;
    private final ProgramRules rules;
    private final OversightThresholds thresholds;

    public CenterOversightCalculator(MetricsCalculator calculator, StagedRecords extract, ProgramRules rules,
            OversightThresholds thresholds) {
        this.calculator = calculator;
        this.extract = extract;
        this.rules = rules;
        this.thresholds = thresholds;
    }

    /** The oversight model of {@code metrics}' fiscal year, the earlier years' figures computed afresh. */
    public CenterOversight compute(long runId, ImpactMetrics metrics) {
        return compute(calculator.run(runId), metrics);
    }

    /** The oversight model of {@code metrics}' fiscal year, the earlier years' figures those of {@code run}. */
    public CenterOversight compute(RunFigures run, ImpactMetrics metrics) {
        return compute(run, metrics, read(run, metrics.fiscalYear()));
    }

    /**
     * What the oversight of a year reads from staging: the year's completed projects (hours, services, late reports,
     * repeat clients), the centers' client fees, and the rejected, submitted and superseded records of the whole
     * extract. It needs no metrics, so a run reads it while the metrics are computed; {@link #compute(RunFigures,
     * ImpactMetrics, StagingFigures)} then assembles the model.
     */
    public StagingFigures read(RunFigures run, int year) {
        long runId = run.runId();
        LocalDate from = FiscalYear.start(year);

        // projects of the year (hours, services, late reports) and of earlier years (repeat clients)
        Map<String, BigDecimal[]> hours = new HashMap<>();
        Map<String, Map<String, ServiceMix>> services = new HashMap<>();
        Map<String, Set<String>> clientsOfYear = new HashMap<>();
        Map<String, Long> completedAll = new HashMap<>();
        Map<String, List<LateReport>> late = new HashMap<>();
        // eligible clients of the year with an accepted project completed before it (eligibility is the client's)
        Set<String> repeatClients = new HashSet<>();
        extract.completedProjects(runId, from, FiscalYear.end(year), p -> {
            completedAll.merge(p.centerId(), 1L, Long::sum);
            if (rules.isLateReport(p.completionDate(), p.submittedDate())) {
                late.computeIfAbsent(p.centerId(), c -> new ArrayList<>()).add(lateReport(p));
            }
            if (!rules.isEligibleClient(p.clientNaics(), p.clientEmployees())) {
                return;
            }
            BigDecimal[] h = hours.computeIfAbsent(p.centerId(), c -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            h[0] = h[0].add(p.staffHours());
            h[1] = h[1].add(p.thirdPartyHours());
            services.computeIfAbsent(p.centerId(), c -> new TreeMap<>()).merge(p.serviceCategory(),
                    new ServiceMix(p.serviceCategory(), 1, p.staffHours().add(p.thirdPartyHours())),
                    (a, b) -> new ServiceMix(a.serviceCategory(), a.projectsCompleted() + b.projectsCompleted(),
                            a.hours().add(b.hours())));
            clientsOfYear.computeIfAbsent(p.centerId(), c -> new HashSet<>()).add(p.clientId());
            if (p.servedBefore()) {
                repeatClients.add(p.centerId() + "\n" + p.clientId());
            }
        });
        Map<String, BigDecimal> clientFees = new HashMap<>();
        extract.financials(runId).stream().filter(f -> f.fiscalYear() == year)
                .forEach(f -> clientFees.put(f.centerId(), f.clientFees()));

        // rejected and superseded records (whole extract): read once per run, shared by its years
        ExtractRecordCounts whole = run.extractRecordCounts(() -> new ExtractRecordCounts(
                Collections.unmodifiableList(extract.centerRejects(runId)),
                Collections.unmodifiableMap(extract.recordsByCenter(runId)),
                Collections.unmodifiableMap(extract.supersededByCenter(runId))));
        List<CenterReject> rejects = whole.rejects();
        Map<String, Long> submitted = whole.submitted();
        Map<String, List<RejectedRecord>> rejectedBy = new HashMap<>();
        Map<String, Map<String, Long>> rejectsByRule = new HashMap<>();
        for (CenterReject r : rejects) {
            if (r.centerId() != null) {
                rejectedBy.computeIfAbsent(r.centerId(), c -> new ArrayList<>()).add(new RejectedRecord(r.file(),
                        r.line(), r.column(), r.rule(), r.value(), r.message()));
                rejectsByRule.computeIfAbsent(r.centerId(), c -> new TreeMap<>()).merge(r.rule(), 1L, Long::sum);
            }
        }
        Map<String, Long> supersededCounts = whole.superseded();
        return new StagingFigures(year, hours, services, clientsOfYear, completedAll, late, repeatClients, clientFees,
                submitted, rejectedBy, rejectsByRule, supersededCounts);
    }

    /**
     * The staging reads of one year's oversight (see {@link #read}); the maps are the calculator's own, read by the
     * assembly only.
     */
    public record StagingFigures(int year, Map<String, BigDecimal[]> hours, Map<String, Map<String, ServiceMix>> services,
            Map<String, Set<String>> clientsOfYear, Map<String, Long> completedAll, Map<String, List<LateReport>> late,
            Set<String> repeatClients, Map<String, BigDecimal> clientFees, Map<String, Long> submitted,
            Map<String, List<RejectedRecord>> rejectedBy, Map<String, Map<String, Long>> rejectsByRule,
            Map<String, Long> supersededCounts) {
    }

    /** The oversight model of {@code metrics}' fiscal year from what {@link #read} read for it. */
    public CenterOversight compute(RunFigures run, ImpactMetrics metrics, StagingFigures read) {
        long runId = run.runId();
        int year = metrics.fiscalYear();
        if (read.year() != year) {
            throw new IllegalArgumentException("staging figures of FY" + read.year() + " for the oversight of FY"
                    + year);
        }
        Map<String, BigDecimal[]> hours = read.hours();
        Map<String, Map<String, ServiceMix>> services = read.services();
        Map<String, Set<String>> clientsOfYear = read.clientsOfYear();
        Map<String, Long> completedAll = read.completedAll();
        Map<String, List<LateReport>> late = read.late();
        Set<String> repeatClients = read.repeatClients();
        Map<String, BigDecimal> clientFees = read.clientFees();
        Map<String, Long> submitted = read.submitted();
        Map<String, List<RejectedRecord>> rejectedBy = read.rejectedBy();
        Map<String, Map<String, Long>> rejectsByRule = read.rejectsByRule();
        Map<String, Long> supersededCounts = read.supersededCounts();

        // the centers' figures of the previous years (trend, year-over-year)
        List<Integer> years = run.fiscalYears().stream().filter(y -> y < year).toList();
        Map<Integer, Map<String, CenterFigures>> byYear = new TreeMap<>();
        for (int y : years.subList(Math.max(0, years.size() - (TREND_YEARS - 1)), years.size())) {
            Map<String, CenterFigures> centers = new HashMap<>();
            run.centersOf(y).forEach(c -> centers.put(c.centerId(), c));
            byYear.put(y, centers);
        }
        Map<String, CenterFigures> current = new HashMap<>();
        metrics.centers().forEach(c -> current.put(c.centerId(), c));
        byYear.put(year, current);
        Map<String, CenterFigures> previous = byYear.getOrDefault(year - 1, Map.of());

        // values of every figure, then ranks
        Map<String, Map<CenterFigure, Number>> values = new LinkedHashMap<>();
        Map<String, Set<CenterFigure>> withheld = new HashMap<>();
        for (CenterFigures c : metrics.centers()) {
            String id = c.centerId();
            Set<String> clients = clientsOfYear.getOrDefault(id, Set.of());
            long repeat = clients.stream().filter(k -> repeatClients.contains(id + "\n" + k)).count();
            BigDecimal[] h = hours.getOrDefault(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            long rejected = rejectedBy.getOrDefault(id, List.of()).size();
            long records = submitted.getOrDefault(id, 0L);
            CenterFigures before = previous.get(id);
            GroupFigures f = c.figures();
            Map<CenterFigure, Number> v = new EnumMap<>(CenterFigure.class);
            v.put(CenterFigure.CLIENTS_SERVED, f.clientsServed());
            v.put(CenterFigure.NEW_CLIENTS, f.clientsServed() - repeat);
            v.put(CenterFigure.REPEAT_CLIENTS, repeat);
            v.put(CenterFigure.PROJECTS_COMPLETED, f.projectsCompleted());
            v.put(CenterFigure.CENTER_STAFF_HOURS, h[0]);
            v.put(CenterFigure.THIRD_PARTY_HOURS, h[1]);
            v.put(CenterFigure.CLIENT_FEES, clientFees.getOrDefault(id, BigDecimal.ZERO.setScale(2)));
            v.put(CenterFigure.FEDERAL_FUNDS, c.funding().federalFunds());
            v.put(CenterFigure.NON_FEDERAL_FUNDS, c.funding().nonFederalFunds());
            v.put(CenterFigure.AWARD_YEAR, (long) c.awardYear());
            v.put(CenterFigure.FEDERAL_SHARE, c.federalShare());
            v.put(CenterFigure.FEDERAL_SHARE_CAP, c.federalShareCap());
            v.put(CenterFigure.LATE_REPORTS, c.lateProjectReports());
            v.put(CenterFigure.LATE_SHARE, Ratios.ratio(c.lateProjectReports(), completedAll.getOrDefault(id, 0L)));
            v.put(CenterFigure.RECORDS_SUBMITTED, records);
            v.put(CenterFigure.REJECTED_RECORDS, rejected);
            v.put(CenterFigure.REJECTED_SHARE, Ratios.ratio(rejected, records));
            v.put(CenterFigure.SUPERSEDED_RECORDS, supersededCounts.getOrDefault(id, 0L));
            v.put(CenterFigure.SURVEYS_FIELDED, f.surveysFielded());
            v.put(CenterFigure.SURVEYS_COMPLETED, f.surveysCompleted());
            v.put(CenterFigure.RESPONSE_RATE, f.responseRate());
            v.put(CenterFigure.RESPONSE_RATE_CHANGE, before == null || before.figures().responseRate() == null
                    || f.responseRate() == null ? null : f.responseRate() - before.figures().responseRate());
            v.put(CenterFigure.NET_PROMOTER_SCORE, f.netPromoterScore());
            v.put(CenterFigure.NEW_SALES, f.newSales());
            v.put(CenterFigure.RETAINED_SALES, f.retainedSales());
            v.put(CenterFigure.COST_SAVINGS, f.costSavings());
            v.put(CenterFigure.INVESTMENT, f.investment());
            v.put(CenterFigure.JOBS_CREATED, f.jobsCreated());
            v.put(CenterFigure.JOBS_RETAINED, f.jobsRetained());
            v.put(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR, c.funding().newSalesPerFederalDollar());
            v.put(CenterFigure.FEDERAL_COST_PER_JOB, c.funding().federalCostPerJob());
            v.put(CenterFigure.CLIENTS_SERVED_CHANGE, before == null ? null
                    : Ratios.ratio(f.clientsServed() - before.figures().clientsServed(),
                            before.figures().clientsServed()));
            v.put(CenterFigure.NEW_SALES_CHANGE, before == null ? null
                    : Ratios.ratio(f.newSales().subtract(before.figures().newSales()), before.figures().newSales()));
            v.put(CenterFigure.JOBS_CHANGE, before == null ? null
                    : Ratios.ratio(f.jobsCreatedOrRetained() - before.figures().jobsCreatedOrRetained(),
                            before.figures().jobsCreatedOrRetained()));
            Set<CenterFigure> hidden = EnumSet.noneOf(CenterFigure.class);
            if (c.suppressed()) {
                // survey figures of a withheld center (too few responding clients, or a complement) are not printed,
                // and it is not ranked on them
                for (CenterFigure figure : CenterFigure.values()) {
                    if (figure.fromResponses()) {
                        hidden.add(figure);
                    }
                }
            }
            if (before != null && before.suppressed()) {
                // a change from a withheld year would give its figure back: previous = current / (1 + change)
                hidden.add(CenterFigure.NEW_SALES_CHANGE);
                hidden.add(CenterFigure.JOBS_CHANGE);
            }
            hidden.forEach(figure -> v.put(figure, null));
            values.put(id, v);
            withheld.put(id, hidden);
        }

        Map<String, String> hostTypes = new HashMap<>();
        metrics.centers().forEach(c -> hostTypes.put(c.centerId(), c.hostType()));
        List<PeerGroup> groups = new ArrayList<>();
        groups.add(peerGroup(CenterOversight.ALL_CENTERS, values));
        new TreeMap<>(groupBy(values, hostTypes)).forEach((type, members) -> groups.add(peerGroup(type, members)));
        Map<String, Map<String, Map<CenterFigure, Number>>> byHostType = groupBy(values, hostTypes);

        List<CenterScorecard> scorecards = new ArrayList<>();
        Map<String, CenterFeedback> feedback = new LinkedHashMap<>();
        for (CenterFigures c : metrics.centers()) {
            String id = c.centerId();
            Map<String, Map<CenterFigure, Number>> peers = byHostType.get(c.hostType());
            List<Score> scores = new ArrayList<>();
            for (CenterFigure figure : CenterFigure.values()) {
                Number value = values.get(id).get(figure);
                scores.add(score(figure, value, values, peers, withheld.get(id).contains(figure)));
            }
            List<Flag> flags = flags(c, scores, peers);
            List<TrendYear> trend = new ArrayList<>();
            byYear.forEach((y, centers) -> {
                CenterFigures t = centers.get(id);
                if (t != null) {
                    trend.add(new TrendYear(y, t.figures().clientsServed(), t.figures().projectsCompleted(),
                            t.suppressed() ? null : t.figures().newSales(),
                            t.suppressed() ? null : t.figures().jobsCreatedOrRetained(), t.funding().federalFunds(),
                            t.disclosure()));
                }
            });
            scorecards.add(new CenterScorecard(id, c.centerName(), c.state(), c.hostType(), c.regionalOffices(),
                    c.recompeted(), c.costShareCompliant(), c.disclosure(), List.copyOf(scores), List.copyOf(flags),
                    new TreeMap<>(rejectsByRule.getOrDefault(id, Map.of())),
                    List.copyOf(trend), List.copyOf(services.getOrDefault(id, Map.of()).values())));
            feedback.put(id, new CenterFeedback(id, List.copyOf(rejectedBy.getOrDefault(id, List.of())),
                    List.copyOf(late.getOrDefault(id, List.of())), () -> superseded(runId, id)));
        }
        return new CenterOversight(year, thresholds, List.copyOf(scorecards), List.copyOf(groups), feedback);
    }

    private LateReport lateReport(CompletedProject p) {
        LocalDate due = FiscalYear.quarterEnd(p.completionDate()).plusDays(rules.lateAfterDays());
        return new LateReport(p.file(), p.line(), p.projectId(), p.completionDate(), due, p.submittedDate(),
                ChronoUnit.DAYS.between(due, p.submittedDate()));
    }

    private static Map<String, Map<String, Map<CenterFigure, Number>>> groupBy(
            Map<String, Map<CenterFigure, Number>> values, Map<String, String> hostTypes) {
        Map<String, Map<String, Map<CenterFigure, Number>>> groups = new HashMap<>();
        values.forEach((id, v) -> groups.computeIfAbsent(hostTypes.get(id), t -> new LinkedHashMap<>()).put(id, v));
        return groups;
    }

    private static PeerGroup peerGroup(String name, Map<String, Map<CenterFigure, Number>> members) {
        Map<CenterFigure, BigDecimal> medians = new EnumMap<>(CenterFigure.class);
        for (CenterFigure figure : CenterFigure.values()) {
            List<BigDecimal> sorted = members.values().stream().map(v -> decimal(v.get(figure)))
                    .filter(d -> d != null).sorted().toList();
            medians.put(figure, median(sorted));
        }
        return new PeerGroup(name, members.size(), medians);
    }

    /** The median of sorted values: the middle one, or the exact mean of the two middle ones; null when none. */
    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static Score score(CenterFigure figure, Number value, Map<String, Map<CenterFigure, Number>> all,
            Map<String, Map<CenterFigure, Number>> peers, boolean withheld) {
        List<BigDecimal> allValues = present(figure, all);
        List<BigDecimal> peerValues = present(figure, peers);
        BigDecimal v = decimal(value);
        if (!figure.ranked() || v == null) {
            return new Score(figure, value, null, null, figure.ranked() ? allValues.size() : 0, null, null,
                    figure.ranked() ? peerValues.size() : 0, withheld);
        }
        return new Score(figure, value, rank(v, allValues), percentile(v, allValues), allValues.size(),
                rank(v, peerValues), percentile(v, peerValues), peerValues.size(), withheld);
    }

    private static List<BigDecimal> present(CenterFigure figure, Map<String, Map<CenterFigure, Number>> centers) {
        return centers.values().stream().map(v -> decimal(v.get(figure))).filter(d -> d != null).toList();
    }

    /** 1 + the number of values larger than this one: ties share the best rank. */
    static int rank(BigDecimal value, List<BigDecimal> values) {
        return 1 + (int) values.stream().filter(x -> x.compareTo(value) > 0).count();
    }

    /** 100 × the share of the other values that are smaller than this one; null when there is no other value. */
    static Double percentile(BigDecimal value, List<BigDecimal> values) {
        if (values.size() < 2) {
            return null;
        }
        long smaller = values.stream().filter(x -> x.compareTo(value) < 0).count();
        return 100.0 * smaller / (values.size() - 1);
    }

    private List<Flag> flags(CenterFigures c, List<Score> scores, Map<String, Map<CenterFigure, Number>> peers) {
        List<Flag> flags = new ArrayList<>();
        Map<CenterFigure, Score> by = new EnumMap<>(CenterFigure.class);
        scores.forEach(s -> by.put(s.figure(), s));
        if (Boolean.FALSE.equals(c.costShareCompliant())) {
            flags.add(new Flag(CenterFigure.FEDERAL_SHARE, FlagRule.ABOVE_CAP, c.federalShareCap()));
        }
        above(flags, by.get(CenterFigure.LATE_SHARE), thresholds.lateShareAbove());
        above(flags, by.get(CenterFigure.REJECTED_SHARE), thresholds.rejectedShareAbove());
        below(flags, by.get(CenterFigure.RESPONSE_RATE), thresholds.responseRateBelow());
        below(flags, by.get(CenterFigure.RESPONSE_RATE_CHANGE), thresholds.responseRateDropBelow());
        for (CenterFigure f : List.of(CenterFigure.NEW_SALES_PER_FEDERAL_DOLLAR, CenterFigure.FEDERAL_COST_PER_JOB)) {
            Flag flag = peerFlag(thresholds, by.get(f), present(f, peers).stream().sorted().toList());
            if (flag != null) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /**
     * The peer rule of an impact ratio: by percentile in a host type of at least {@code peerPercentileMinCenters}
     * centers with the figure; in a smaller one (where the lowest and the highest center are at percentile 0 and 100
     * whatever the spread) by distance from the peers' median, beyond {@code peerMedianDistanceIqr} interquartile
     * ranges (quartiles of Hyndman and Fan's type 7). Null when the center is not flagged or has no value.
     */
    static Flag peerFlag(OversightThresholds thresholds, Score s, List<BigDecimal> sortedPeers) {
        BigDecimal v = decimal(s.value());
        if (v == null || sortedPeers.isEmpty()) {
            return null;
        }
        if (sortedPeers.size() >= thresholds.peerPercentileMinCenters()) {
            Double p = percentile(v, sortedPeers);
            if (p != null && p <= thresholds.peerPercentileLow()) {
                return new Flag(s.figure(), FlagRule.LOW_AMONG_PEERS, thresholds.peerPercentileLow());
            }
            if (p != null && p >= thresholds.peerPercentileHigh()) {
                return new Flag(s.figure(), FlagRule.HIGH_AMONG_PEERS, thresholds.peerPercentileHigh());
            }
            return null;
        }
        BigDecimal median = median(sortedPeers);
        BigDecimal iqr = quartile(sortedPeers, 3).subtract(quartile(sortedPeers, 1));
        BigDecimal limit = iqr.multiply(BigDecimal.valueOf(thresholds.peerMedianDistanceIqr()));
        if (v.compareTo(median.subtract(limit)) < 0) {
            return new Flag(s.figure(), FlagRule.FAR_BELOW_PEERS, thresholds.peerMedianDistanceIqr());
        }
        if (v.compareTo(median.add(limit)) > 0) {
            return new Flag(s.figure(), FlagRule.FAR_ABOVE_PEERS, thresholds.peerMedianDistanceIqr());
        }
        return null;
    }

    /** The first or third quartile of sorted values, Hyndman and Fan's type 7 (R's default), exact. */
    static BigDecimal quartile(List<BigDecimal> sorted, int quarter) {
        int n = sorted.size();
        BigDecimal h = BigDecimal.valueOf(n - 1).multiply(BigDecimal.valueOf(quarter))
                .divide(BigDecimal.valueOf(4));
        int lo = h.intValue();
        int hi = Math.min(lo + 1, n - 1);
        return sorted.get(lo).add(h.subtract(BigDecimal.valueOf(lo))
                .multiply(sorted.get(hi).subtract(sorted.get(lo))));
    }

    private static void above(List<Flag> flags, Score s, double threshold) {
        if (s.value() != null && s.value().doubleValue() > threshold) {
            flags.add(new Flag(s.figure(), FlagRule.ABOVE_THRESHOLD, threshold));
        }
    }

    private static void below(List<Flag> flags, Score s, double threshold) {
        if (s.value() != null && s.value().doubleValue() < threshold) {
            flags.add(new Flag(s.figure(), FlagRule.BELOW_THRESHOLD, threshold));
        }
    }

    private static BigDecimal decimal(Number n) {
        if (n == null) {
            return null;
        }
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /**
     * One center's superseded records, as the feedback shows them, read from staging when the feedback is rendered
     * (a run's superseded records can be hundreds of thousands): a read after the run's staging is gone fails
     * (StagingMissingException), it never finds none.
     */
    private List<SupersededRecord> superseded(long runId, String centerId) {
        return extract.superseded(runId, centerId).stream().map(s -> new SupersededRecord(s.kind(), s.key(), s.file(),
                s.line(), s.submittedDate(), s.winnerFile(), s.winnerLine())).toList();
    }

    /**
     * What center oversight reads of the whole extract, the same for every fiscal year: the rejected records, and the
     * records submitted and superseded by center.
     */
    record ExtractRecordCounts(List<CenterReject> rejects, Map<String, Long> submitted, Map<String, Long> superseded) {
    }
}
