package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The metrics model of one fiscal year: everything the reports print comes from here, and the metrics JSON is its
 * machine-readable form.
 */
public record ImpactMetrics(int fiscalYear, NationalFigures national, List<StateFigures> states,
        List<CenterFigures> centers, List<CategoryFigures> serviceCategories, DataQuality dataQuality,
        List<NationalFigures> trend, YearOverYear yearOverYear, Estimates estimates,
        Map<Integer, BigDecimal> appropriationHistory, List<SuccessStory> successStories) {

    /** The centers grouped by host type (derived from {@link #centers()}, so it always adds up to it). */
    public List<HostTypeFigures> hostTypes() {
        return HostTypeFigures.of(centers);
    }
}
