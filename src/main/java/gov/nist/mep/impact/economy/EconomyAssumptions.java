package gov.nist.mep.impact.economy;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assumptions of the economy-wide model, each a setting ({@code mep.economy.*}) with a documented default. The
 * report and the metrics JSON print every value used and its source.
 *
 * @param retainedSalesShare share of reported retained sales counted as final demand (1 = all, as the program's
 *     contractor counts them; 0 = the conservative reading that retained sales would have been kept anyway)
 * @param federalIncomeTaxRate effective federal personal income tax rate applied to labor income; default 0.135, the
 *     median of the rates implied by the published figures (federal personal income tax gain / personal income:
 *     FY2016 13.4%, FY2017 13.5%, FY2020 12.8%, FY2022 14.6%)
 * @param compensationPerJob labor income (compensation of employees) per job, all industries; BEA's summary tables
 *     have no employment, so this is an assumption: default $70,000, roughly U.S. compensation per full-time
 *     equivalent employee in the mid-2010s (BEA NIPA tables 6.2D / 6.5D, not shipped here); set the year's value
 * @param householdSpendingPerIncomeDollar household spending per dollar of labor income (Type II); empty = derived
 *     from the table year: personal consumption expenditures / total value added (GDP)
 * @param tableYear the input-output table year; empty = the fiscal year's, or the nearest year shipped
 */
@ConfigurationProperties("mep.economy")
public record EconomyAssumptions(BigDecimal retainedSalesShare, BigDecimal federalIncomeTaxRate,
        BigDecimal compensationPerJob, BigDecimal householdSpendingPerIncomeDollar, Integer tableYear) {

    static final BigDecimal DEFAULT_RETAINED_SALES_SHARE = BigDecimal.ONE;
    static final BigDecimal DEFAULT_FEDERAL_INCOME_TAX_RATE = new BigDecimal("0.135");
    static final BigDecimal DEFAULT_COMPENSATION_PER_JOB = new BigDecimal("70000");

    public EconomyAssumptions {
        retainedSalesShare = retainedSalesShare == null ? DEFAULT_RETAINED_SALES_SHARE : retainedSalesShare;
        federalIncomeTaxRate = federalIncomeTaxRate == null ? DEFAULT_FEDERAL_INCOME_TAX_RATE : federalIncomeTaxRate;
        compensationPerJob = compensationPerJob == null ? DEFAULT_COMPENSATION_PER_JOB : compensationPerJob;
        if (retainedSalesShare.signum() < 0 || retainedSalesShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("mep.economy.retained-sales-share must be between 0 and 1: "
                    + retainedSalesShare);
        }
        if (federalIncomeTaxRate.signum() < 0 || federalIncomeTaxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("mep.economy.federal-income-tax-rate must be in [0, 1): "
                    + federalIncomeTaxRate);
        }
        if (compensationPerJob.signum() <= 0) {
            throw new IllegalArgumentException("mep.economy.compensation-per-job must be positive: "
                    + compensationPerJob);
        }
    }

    public static EconomyAssumptions defaults() {
        return new EconomyAssumptions(null, null, null, null, null);
    }

    /** {@code default} when the value is the default, else {@code setting}: where an assumption's value comes from. */
    static String basis(BigDecimal value, BigDecimal byDefault) {
        return value.compareTo(byDefault) == 0 ? "default" : "setting";
    }

    EconomyAssumptions withRetainedSalesShare(BigDecimal share) {
        return new EconomyAssumptions(share, federalIncomeTaxRate, compensationPerJob,
                householdSpendingPerIncomeDollar, tableYear);
    }

    EconomyAssumptions withCompensationPerJob(BigDecimal perJob) {
        return new EconomyAssumptions(retainedSalesShare, federalIncomeTaxRate, perJob,
                householdSpendingPerIncomeDollar, tableYear);
    }
}
