package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.support.Setting;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assumptions of the economy-wide model, each a setting ({@code mep.economy.*}) with a documented default and its
 * valid values on its component ({@link Setting}), checked when the command starts. The report and the metrics JSON
 * print every value used and its source.
 *
 * @param retainedSalesShare share of reported retained sales counted (1 = all, as the program's contractor counts
 *     them; 0 = the conservative reading that retained sales would have been kept anyway); 0 to 1
 * @param federalIncomeTaxRate effective federal personal income tax rate on personal income; default 0.135, the
 *     median of the rates implied by the published figures (federal personal income tax gain / personal income:
 *     FY2016 13.4%, FY2017 13.5%, FY2020 12.8%, FY2022 14.6%). Applied to the wages and salaries in the model's labor
 *     income (the part of it taxed as personal income); 0 to below 1
 * @param householdSpendingPerIncomeDollar household spending per dollar of labor income (Type II); empty = derived
 *     from the table year: personal consumption expenditures / total value added (GDP); 0 to 2
 * @param tableYear the input-output table year; empty = the fiscal year's, or the nearest year shipped; 2010 to 2015
 * @param clientSalesAs how client sales enter the model: {@code output} of the client's industry (default: BEA's
 *     direct-effect multipliers, the final-demand multipliers divided by the industry's own total requirement) or
 *     {@code final-demand} for the client's commodity
 * @param jobsMeasure what a job is: {@code full-and-part-time} employees (default, NIPA table 6.4D),
 *     {@code full-time-equivalents} (6.5D) or {@code persons-engaged} in production (6.8D: FTEs and self-employed)
 */
@ConfigurationProperties("mep.economy")
public record EconomyAssumptions(
        @Setting(min = "0", max = "1") BigDecimal retainedSalesShare,
        @Setting(min = "0", max = "1", maxExclusive = true) BigDecimal federalIncomeTaxRate,
        @Setting(min = "0", max = "2", whenEmpty = "personal consumption expenditures / GDP of the table year")
        BigDecimal householdSpendingPerIncomeDollar,
        @Setting(min = "2010", max = "2015", whenEmpty = "the fiscal year's table, or the nearest year shipped")
        Integer tableYear,
        @Setting(oneOf = {"output", "final-demand"}) String clientSalesAs,
        @Setting(oneOf = {"full-and-part-time", "full-time-equivalents", "persons-engaged"}) String jobsMeasure) {

    static final BigDecimal DEFAULT_RETAINED_SALES_SHARE = BigDecimal.ONE;
    static final BigDecimal DEFAULT_FEDERAL_INCOME_TAX_RATE = new BigDecimal("0.135");
    static final int FIRST_TABLE_YEAR = 2010;
    static final int LAST_TABLE_YEAR = 2015;
    static final BigDecimal MAX_HOUSEHOLD_SPENDING = new BigDecimal("2");

    /** How client sales enter the model. */
    public enum ClientSalesAs {
        OUTPUT, FINAL_DEMAND;

        /** The setting's value: {@code output}, {@code final-demand}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What a job is, and the NIPA table its employment comes from. */
    public enum JobsMeasure {
        FULL_AND_PART_TIME("ftpt_employees_thous"), FULL_TIME_EQUIVALENTS("fte_employees_thous"),
        PERSONS_ENGAGED("persons_engaged_thous");

        private final String column;

        JobsMeasure(String column) {
            this.column = column;
        }

        /** The column of employment-by-industry.csv. */
        String column() {
            return column;
        }

        /** The setting's value: {@code full-and-part-time}, {@code full-time-equivalents}, {@code persons-engaged}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public EconomyAssumptions {
        retainedSalesShare = retainedSalesShare == null ? DEFAULT_RETAINED_SALES_SHARE : retainedSalesShare;
        federalIncomeTaxRate = federalIncomeTaxRate == null ? DEFAULT_FEDERAL_INCOME_TAX_RATE : federalIncomeTaxRate;
        clientSalesAs = clientSalesAs == null || clientSalesAs.isBlank() ? ClientSalesAs.OUTPUT.code()
                : clientSalesAs.strip();
        jobsMeasure = jobsMeasure == null || jobsMeasure.isBlank() ? JobsMeasure.FULL_AND_PART_TIME.code()
                : jobsMeasure.strip();
        if (retainedSalesShare.signum() < 0 || retainedSalesShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("mep.economy.retained-sales-share must be from 0 to 1, not "
                    + retainedSalesShare.toPlainString());
        }
        if (federalIncomeTaxRate.signum() < 0 || federalIncomeTaxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("mep.economy.federal-income-tax-rate must be from 0 to below 1, not "
                    + federalIncomeTaxRate.toPlainString());
        }
        if (householdSpendingPerIncomeDollar != null && (householdSpendingPerIncomeDollar.signum() < 0
                || householdSpendingPerIncomeDollar.compareTo(MAX_HOUSEHOLD_SPENDING) > 0)) {
            throw new IllegalArgumentException("mep.economy.household-spending-per-income-dollar must be from 0 to "
                    + MAX_HOUSEHOLD_SPENDING + " (empty: PCE / GDP of the table year), not "
                    + householdSpendingPerIncomeDollar.toPlainString());
        }
        if (tableYear != null && (tableYear < FIRST_TABLE_YEAR || tableYear > LAST_TABLE_YEAR)) {
            throw new IllegalArgumentException("mep.economy.table-year must be from " + FIRST_TABLE_YEAR + " to "
                    + LAST_TABLE_YEAR + " (the years of the shipped tables; empty: the fiscal year's), not "
                    + tableYear);
        }
        option(ClientSalesAs.values(), clientSalesAs, "mep.economy.client-sales-as");
        option(JobsMeasure.values(), jobsMeasure, "mep.economy.jobs-measure");
    }

    public static EconomyAssumptions defaults() {
        return new EconomyAssumptions(null, null, null, null, null, null);
    }

    /** How client sales enter the model. */
    public ClientSalesAs clientSales() {
        return option(ClientSalesAs.values(), clientSalesAs, "mep.economy.client-sales-as");
    }

    /** What a job is. */
    public JobsMeasure jobs() {
        return option(JobsMeasure.values(), jobsMeasure, "mep.economy.jobs-measure");
    }

    /** {@code default} when the value is the default, else {@code setting}: where an assumption's value comes from. */
    static String basis(BigDecimal value, BigDecimal byDefault) {
        return value.compareTo(byDefault) == 0 ? "default" : "setting";
    }

    EconomyAssumptions withRetainedSalesShare(BigDecimal share) {
        return new EconomyAssumptions(share, federalIncomeTaxRate, householdSpendingPerIncomeDollar, tableYear,
                clientSalesAs, jobsMeasure);
    }

    EconomyAssumptions withClientSalesAs(ClientSalesAs as) {
        return new EconomyAssumptions(retainedSalesShare, federalIncomeTaxRate, householdSpendingPerIncomeDollar,
                tableYear, as.code(), jobsMeasure);
    }

    EconomyAssumptions withJobsMeasure(JobsMeasure measure) {
        return new EconomyAssumptions(retainedSalesShare, federalIncomeTaxRate, householdSpendingPerIncomeDollar,
                tableYear, clientSalesAs, measure.code());
    }

    private static <E extends Enum<E>> E option(E[] options, String value, String setting) {
        for (E e : options) {
            if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        List<String> codes = Arrays.stream(options).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        throw new IllegalArgumentException(setting + " must be one of " + String.join(", ", codes) + ", not '"
                + value + "'");
    }
}
