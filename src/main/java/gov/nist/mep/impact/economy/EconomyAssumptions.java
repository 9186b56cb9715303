package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.support.Setting;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assumptions of the economy-wide model, each a setting ({@code mep.economy.*}) with a documented default and its
 * valid values on its component ({@link Setting}), checked when the command starts. The report and the metrics JSON
 * print every value used and its source.
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
public record EconomyAssumptions(
        @Setting(min = "0", max = "1") BigDecimal retainedSalesShare,
        @Setting(min = "0", max = "1", maxExclusive = true) BigDecimal federalIncomeTaxRate,
        @Setting(min = "1000", max = "1000000") BigDecimal compensationPerJob,
        @Setting(min = "0", max = "2", whenEmpty = "personal consumption expenditures / GDP of the table year")
        BigDecimal householdSpendingPerIncomeDollar,
        @Setting(min = "2010", max = "2015", whenEmpty = "the fiscal year's table, or the nearest year shipped")
        Integer tableYear) {

    public EconomyAssumptions {
        retainedSalesShare = retainedSalesShare == null ? BigDecimal.ONE : retainedSalesShare;
        federalIncomeTaxRate = federalIncomeTaxRate == null ? new BigDecimal("0.135") : federalIncomeTaxRate;
        compensationPerJob = compensationPerJob == null ? new BigDecimal("70000") : compensationPerJob;
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

    EconomyAssumptions withRetainedSalesShare(BigDecimal share) {
        return new EconomyAssumptions(share, federalIncomeTaxRate, compensationPerJob,
                householdSpendingPerIncomeDollar, tableYear);
    }

    EconomyAssumptions withCompensationPerJob(BigDecimal perJob) {
        return new EconomyAssumptions(retainedSalesShare, federalIncomeTaxRate, perJob,
                householdSpendingPerIncomeDollar, tableYear);
    }
}
