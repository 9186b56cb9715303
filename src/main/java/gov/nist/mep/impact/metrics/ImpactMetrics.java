package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The metrics model of one fiscal year: everything the reports print comes from here, and the metrics JSON is its
 * machine-readable form.
 *
 * @param salesByClientIndustry reported sales and investment by state and client NAICS (the economy-wide shock)
 * @param economyWide the economy-wide impacts, attached after the metrics by the economy-wide model; null until then
 */
public record ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
        List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
        List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
        Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories,
        List<ClientIndustrySales> salesByClientIndustry, EconomyWideImpacts economyWide) {

    public ImpactMetrics {
        salesByClientIndustry = salesByClientIndustry == null ? List.of() : List.copyOf(salesByClientIndustry);
    }

    /** A model without sales by client industry or economy-wide impacts. */
    public ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
            List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
            List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
            Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories) {
        this(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend, yearOverYear, estimates,
                appropriationHistory, successStories, List.of(), null);
    }

    /** This model with the economy-wide impacts attached. */
    public ImpactMetrics withEconomyWide(EconomyWideImpacts impacts) {
        return new ImpactMetrics(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend,
                yearOverYear, estimates, appropriationHistory, successStories, salesByClientIndustry, impacts);
    }

    /** The centers grouped by host type (derived from {@link #centers()}, so it always adds up to it). */
    public List<HostTypeFigures> hostTypes() {
        return HostTypeFigures.of(centers);
    }
}
