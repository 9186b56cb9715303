package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.DataQuality;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.OversightThresholds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The models of a fiscal year without records, for checking a report's templates when a job starts: the figures,
 * tables, charts and collections a template can name are the same whatever the data, so a template checked against
 * these is checked against every model.
 */
public final class EmptyModels {

    /** The fiscal year the empty models are of (only the names they give matter). */
    public static final int FISCAL_YEAR = 2000;

    private EmptyModels() {
    }

    /** A metrics model with no center, state, category, record or story. */
    public static ImpactMetrics metrics() {
        BigDecimal zero = BigDecimal.ZERO;
        GroupFigures none = new GroupFigures(0, 0, 0, 0, null, zero, zero, zero, zero, 0, 0, null, zero, 0);
        Funding funding = new Funding(zero, zero, null, null, null, null);
        NationalFigures national = new NationalFigures(FISCAL_YEAR, none, funding, null, null, null, null, null, 0, 0);
        DataQuality quality = new DataQuality(List.of(), 0, 0, 0, 0, 0, 0, Map.of());
        return new ImpactMetrics(FISCAL_YEAR, national, List.of(), List.of(), List.of(), quality, List.of(national),
                null, null, Map.of(), List.of());
    }

    /** Center oversight with no center. */
    public static CenterOversight oversight(OversightThresholds thresholds) {
        return new CenterOversight(FISCAL_YEAR, thresholds, List.of(), List.of(), Map.of());
    }
}
