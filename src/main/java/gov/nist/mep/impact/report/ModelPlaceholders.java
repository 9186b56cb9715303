package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PlaceholderValues;

/**
 * The placeholders of the metrics model's figure groups, named as in the metrics JSON ({@code national.newSales},
 * {@code state.federalFunds}, ...), for every report's templates.
 */
public final class ModelPlaceholders {

    private ModelPlaceholders() {
    }

    /** The placeholders every report starts from: the fiscal year, its first and last day, the national figures. */
    public static PlaceholderValues of(ImpactMetrics metrics) {
        PlaceholderValues v = new PlaceholderValues();
        int year = metrics.fiscalYear();
        v.put("fiscalYear", Kind.YEAR, year);
        v.date("fiscalYear.start", FiscalYear.start(year));
        v.date("fiscalYear.end", FiscalYear.end(year));
        national(v, "national", metrics.national());
        v.count("national.states", metrics.states().size());
        return v;
    }

    /** Every field of the national figures, by the metrics JSON's names. */
    public static void national(PlaceholderValues v, String prefix, NationalFigures n) {
        v.count(prefix + ".centers", n.centers());
        v.count(prefix + ".regionalOffices", n.regionalOffices());
        group(v, prefix, n.figures());
        funding(v, prefix, n.funding());
        v.money(prefix + ".appropriation", n.appropriation());
        v.put(prefix + ".newSalesPerAppropriationDollar", Kind.PER_APPROPRIATION_DOLLAR,
                n.newSalesPerAppropriationDollar());
        v.put(prefix + ".investmentPerAppropriationDollar", Kind.PER_APPROPRIATION_DOLLAR,
                n.investmentPerAppropriationDollar());
        v.put(prefix + ".costSavingsPerAppropriationDollar", Kind.PER_APPROPRIATION_DOLLAR,
                n.costSavingsPerAppropriationDollar());
        v.put(prefix + ".appropriationCostPerJob", Kind.PER_JOB, n.appropriationCostPerJob());
    }

    public static void group(PlaceholderValues v, String prefix, GroupFigures f) {
        v.count(prefix + ".projectsCompleted", f.projectsCompleted());
        v.count(prefix + ".clientsServed", f.clientsServed());
        v.count(prefix + ".surveysFielded", f.surveysFielded());
        v.count(prefix + ".surveysCompleted", f.surveysCompleted());
        v.count(prefix + ".respondingClients", f.respondingClients());
        v.put(prefix + ".responseRate", Kind.PERCENT, f.responseRate());
        v.money(prefix + ".newSales", f.newSales());
        v.money(prefix + ".retainedSales", f.retainedSales());
        v.money(prefix + ".costSavings", f.costSavings());
        v.money(prefix + ".investment", f.investment());
        v.count(prefix + ".jobsCreated", f.jobsCreated());
        v.count(prefix + ".jobsRetained", f.jobsRetained());
        v.count(prefix + ".jobsCreatedOrRetained", f.jobsCreatedOrRetained());
        v.put(prefix + ".netPromoterScore", Kind.SCORE, f.netPromoterScore());
        v.put(prefix + ".staffHours", Kind.WHOLE, f.staffHours());
    }

    public static void funding(PlaceholderValues v, String prefix, Funding f) {
        v.money(prefix + ".federalFunds", f.federalFunds());
        v.money(prefix + ".nonFederalFunds", f.nonFederalFunds());
        v.put(prefix + ".newSalesPerFederalDollar", Kind.PER_FEDERAL_DOLLAR, f.newSalesPerFederalDollar());
        v.put(prefix + ".investmentPerFederalDollar", Kind.PER_FEDERAL_DOLLAR, f.investmentPerFederalDollar());
        v.put(prefix + ".costSavingsPerFederalDollar", Kind.PER_FEDERAL_DOLLAR, f.costSavingsPerFederalDollar());
        v.put(prefix + ".federalCostPerJob", Kind.PER_JOB, f.federalCostPerJob());
    }
}
