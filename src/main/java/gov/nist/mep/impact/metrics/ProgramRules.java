package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.support.Setting;
import gov.nist.mep.impact.support.Setting.Syntax;
import gov.nist.mep.impact.support.SettingSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The program rules, in one place, with the contract's defaults. Set them with {@code mep.rules.*} properties; each
 * one's valid values are on its component ({@link Setting}), checked when the command starts.
 *
 * @param eligibleNaicsPrefixes a client is eligible when its NAICS code starts with one of these (manufacturing)
 * @param employeeLimit ... and it has fewer employees than this
 * @param lateAfterDays a completed project is late when submitted more than this many days after its quarter's end
 * @param capYears1To3 federal share cap in award years 1 to 3, as a fraction "n/d"
 * @param capYear4 federal share cap in award year 4
 * @param capLaterYears federal share cap from award year 5 on
 * @param capRecompeted federal share cap of a re-competed center, every year
 * @param suppressionThreshold a group with fewer responding clients than this is suppressed in published cells
 */
@ConfigurationProperties("mep.rules")
public record ProgramRules(
        @Setting(syntax = Syntax.DIGITS, min = "2", max = "6") List<String> eligibleNaicsPrefixes,
        @Setting(min = "1", max = "1000000") Long employeeLimit,
        @Setting(min = "0", max = "366") Integer lateAfterDays,
        @Setting(syntax = Syntax.FRACTION, min = "0", minExclusive = true, max = "1") String capYears1To3,
        @Setting(syntax = Syntax.FRACTION, min = "0", minExclusive = true, max = "1") String capYear4,
        @Setting(syntax = Syntax.FRACTION, min = "0", minExclusive = true, max = "1") String capLaterYears,
        @Setting(syntax = Syntax.FRACTION, min = "0", minExclusive = true, max = "1") String capRecompeted,
        @Setting(min = "1", max = "1000") Integer suppressionThreshold) {

    public ProgramRules {
        eligibleNaicsPrefixes = eligibleNaicsPrefixes == null ? List.of("31", "32", "33")
                : List.copyOf(eligibleNaicsPrefixes);
        employeeLimit = employeeLimit == null ? 250L : employeeLimit;
        lateAfterDays = lateAfterDays == null ? 30 : lateAfterDays;
        capYears1To3 = capYears1To3 == null ? "1/2" : capYears1To3;
        capYear4 = capYear4 == null ? "2/5" : capYear4;
        capLaterYears = capLaterYears == null ? "1/3" : capLaterYears;
        capRecompeted = capRecompeted == null ? "1/3" : capRecompeted;
        suppressionThreshold = suppressionThreshold == null ? 3 : suppressionThreshold;
        for (String cap : List.of(capYears1To3, capYear4, capLaterYears, capRecompeted)) {
            Fraction.parse(cap);
        }
    }

    public static ProgramRules defaults() {
        return new ProgramRules(null, null, null, null, null, null, null, null);
    }

    /** Eligible client: NAICS starts with a manufacturing prefix and employees below the limit. */
    public boolean isEligibleClient(String naics, long employees) {
        return employees < employeeLimit && eligibleNaicsPrefixes.stream().anyMatch(naics::startsWith);
    }

    /**
     * The settings of {@link #isEligibleClient} and {@link #isLateReport}, for the staging side's sums: the staging
     * engine applies the same two rules in SQL to a trend year's records (ingest's StagedPeriodSums), so a change of
     * either rule is a change of both; MetricsDefinitionsTest has the two agree at every boundary, with the default
     * and with other settings.
     */
    StagedRecords.Eligibility eligibility() {
        return new StagedRecords.Eligibility(employeeLimit, eligibleNaicsPrefixes, lateAfterDays);
    }

    /** Timely reporting: late when submitted more than {@code lateAfterDays} after the completion quarter's end. */
    public boolean isLateReport(LocalDate completion, LocalDate submitted) {
        return submitted.isAfter(FiscalYear.quarterEnd(completion).plusDays(lateAfterDays));
    }

    /** Award year k = FY − award_start_fy + 1. */
    public static int awardYear(int fiscalYear, int awardStartFy) {
        return fiscalYear - awardStartFy + 1;
    }

    /** The cost-share cap on a center's federal share in award year k. */
    public Fraction federalShareCap(int awardYear, boolean recompeted) {
        if (recompeted) {
            return Fraction.parse(capRecompeted);
        }
        if (awardYear <= 3) {
            return Fraction.parse(capYears1To3);
        }
        return Fraction.parse(awardYear == 4 ? capYear4 : capLaterYears);
    }

    /** A cap such as 2/5, kept exact so that compliance is decided without rounding. */
    public record Fraction(long numerator, long denominator) {

        static Fraction parse(String text) {
            long[] nd = SettingSpec.fraction(text);
            if (nd[1] == 0) {
                throw new IllegalArgumentException("a cost-share cap n/d needs d above 0, not '" + text + "'");
            }
            return new Fraction(nd[0], nd[1]);
        }

        public double toDouble() {
            return (double) numerator / denominator;
        }

        /** Whether part / whole <= this fraction, exactly. */
        public boolean admits(BigDecimal part, BigDecimal whole) {
            return part.multiply(BigDecimal.valueOf(denominator))
                    .compareTo(whole.multiply(BigDecimal.valueOf(numerator))) <= 0;
        }
    }
}
