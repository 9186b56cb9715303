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
 * @param districts the congressional districts, or {@link Districts#available() absent} (saying why) when the extract
 *     has no crosswalk or its clients no ZIP codes
 */
public record ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
        List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
        List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
        Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories,
        List<ClientIndustrySales> salesByClientIndustry, EconomyWideImpacts economyWide, Districts districts) {

    /** What a model built without district figures says about them. */
    static final String NOT_COMPUTED = "the district figures were not computed";

    public ImpactMetrics {
        salesByClientIndustry = salesByClientIndustry == null ? List.of() : List.copyOf(salesByClientIndustry);
        districts = districts == null ? Districts.absent(NOT_COMPUTED) : districts;
    }

    /** A model without districts. */
    public ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
            List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
            List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
            Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories,
            List<ClientIndustrySales> salesByClientIndustry, EconomyWideImpacts economyWide) {
        this(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend, yearOverYear, estimates,
                appropriationHistory, successStories, salesByClientIndustry, economyWide, null);
    }

    /** A model without sales by client industry or economy-wide impacts. */
    public ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
            List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
            List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
            Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories) {
        this(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend, yearOverYear, estimates,
                appropriationHistory, successStories, List.of(), null, null);
    }

    /** This model with the economy-wide impacts attached. */
    public ImpactMetrics withEconomyWide(EconomyWideImpacts impacts) {
        return new ImpactMetrics(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend,
                yearOverYear, estimates, appropriationHistory, successStories, salesByClientIndustry, impacts,
                districts);
    }

    /** This model with these district figures. */
    public ImpactMetrics withDistricts(Districts figures) {
        return new ImpactMetrics(fiscalYear, national, states, centers, serviceCategories, dataQuality, trend,
                yearOverYear, estimates, appropriationHistory, successStories, salesByClientIndustry, economyWide,
                figures);
    }

    /** The centers grouped by host type (derived from {@link #centers()}, so it always adds up to it). */
    public List<HostTypeFigures> hostTypes() {
        return HostTypeFigures.of(centers);
    }
}
