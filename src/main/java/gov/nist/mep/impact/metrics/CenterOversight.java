package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Center oversight of one fiscal year: every center's scorecard (its figures, each with its rank and percentile among
 * all centers and among its host type, and the outliers the thresholds flag), the medians of the peer groups, and each
 * center's feedback records (rejected, late and superseded records, with where they are in the extract). Computed from
 * the metrics model and the staged run; the renderers only format it.
 */
public record CenterOversight(int fiscalYear, OversightThresholds thresholds, List<CenterScorecard> centers,
        List<PeerGroup> peerGroups, Map<String, CenterFeedback> feedback) {

    /** The name of the peer group of every center (host types are the others). */
    public static final String ALL_CENTERS = "ALL";

    public CenterScorecard center(String centerId) {
        return centers.stream().filter(c -> c.centerId().equals(centerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("FY" + fiscalYear + " has no center " + centerId));
    }

    public PeerGroup peerGroup(String name) {
        return peerGroups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("FY" + fiscalYear + " has no peer group " + name));
    }

    /**
     * One center's row of the scorecard. {@code disclosure} says whether its survey figures of the year may be printed
     * (see {@link Disclosure}).
     */
    public record CenterScorecard(String centerId, String centerName, String state, String hostType,
            Integer regionalOffices, boolean recompeted, Boolean costShareCompliant, Disclosure disclosure,
            List<Score> scores, List<Flag> flags, Map<String, Long> rejectsByRule, List<TrendYear> trend,
            List<ServiceMix> services) {

        /** Its survey figures of the year are withheld from every printed output. */
        public boolean suppressed() {
            return disclosure.withheld();
        }

        public Score score(CenterFigure figure) {
            return scores.stream().filter(s -> s.figure() == figure).findFirst().orElseThrow();
        }

        public boolean flagged(CenterFigure figure) {
            return flags.stream().anyMatch(f -> f.figure() == figure);
        }
    }

    /**
     * One figure of a center: its value (null when undefined or withheld), its rank (1 = largest value; ties share the
     * best rank) and percentile (share of the other ranked centers with a smaller value, 0 to 100) among all ranked
     * centers and among the centers of its host type, and how many centers each ranking holds. Ranks are null for a
     * figure that is not ranked or a center without a value. {@code withheld}: the value is withheld by disclosure
     * control (a survey figure of a withheld center, or a change from or to a withheld year); the printed outputs
     * show "(D)".
     */
    public record Score(CenterFigure figure, Number value, Integer rank, Double percentile, int ranked,
            Integer hostTypeRank, Double hostTypePercentile, int hostTypeRanked, boolean withheld) {
    }

    /** Why a figure is flagged. */
    public enum FlagRule {
        /** above the threshold of its figure */
        ABOVE_THRESHOLD,
        /** below the threshold of its figure */
        BELOW_THRESHOLD,
        /** the federal share is above the center's cap */
        ABOVE_CAP,
        /** at or below the low percentile among the host-type peers (host types of many centers) */
        LOW_AMONG_PEERS,
        /** at or above the high percentile among the host-type peers (host types of many centers) */
        HIGH_AMONG_PEERS,
        /** below the host-type peers' median by more than the threshold's interquartile ranges (small host types) */
        FAR_BELOW_PEERS,
        /** above the host-type peers' median by more than the threshold's interquartile ranges (small host types) */
        FAR_ABOVE_PEERS
    }

    /** An outlier: the figure, the rule and the threshold it was held against. */
    public record Flag(CenterFigure figure, FlagRule rule, double threshold) {
    }

    /** The median of each ranked figure over a group of centers (all centers, or one host type). */
    public record PeerGroup(String name, int centers, Map<CenterFigure, BigDecimal> medians) {
    }

    /**
     * One fiscal year of a center's trend (the last five years of the extract up to the year reported); new sales and
     * jobs are null in a year the center is withheld.
     */
    public record TrendYear(int fiscalYear, long clientsServed, long projectsCompleted, BigDecimal newSales,
            Long jobsCreatedOrRetained, BigDecimal federalFunds, Disclosure disclosure) {

        /** The year's survey figures are withheld from every printed output. */
        public boolean suppressed() {
            return disclosure.withheld();
        }
    }

    /** A center's projects of the year and their hours (staff and third-party) in one service category. */
    public record ServiceMix(String serviceCategory, long projectsCompleted, BigDecimal hours) {
    }

    /**
     * What a center should correct and resubmit. The superseded records (there can be hundreds of thousands in an
     * extract) are read from staging when asked for, center by center, rather than held with the model.
     */
    public record CenterFeedback(String centerId, List<RejectedRecord> rejected, List<LateReport> late,
            java.util.function.Supplier<List<SupersededRecord>> supersededRecords) {

        /** The center's superseded records, by kind then file and line (read each time). */
        public List<SupersededRecord> superseded() {
            return supersededRecords.get();
        }
    }

    /** One of the center's rejected records, as in rejects.csv. */
    public record RejectedRecord(String file, long line, String column, String rule, String value, String message) {
    }

    /** One of the center's late project reports of the year: submitted after the quarter end plus the allowed days. */
    public record LateReport(String file, long line, String projectId, LocalDate completionDate, LocalDate dueDate,
            LocalDate submittedDate, long daysLate) {
    }

    /** One of the center's superseded records and the record that replaced it. */
    public record SupersededRecord(String kind, String key, String file, long line, LocalDate submittedDate,
            String replacedByFile, Long replacedByLine) {
    }
}
