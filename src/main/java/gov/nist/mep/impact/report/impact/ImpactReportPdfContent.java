package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.Estimates;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.PlaceholderCollection;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.ReportTemplateContent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The impact report's figures, tables and charts, formatted from the metrics model as it stands. The names here are
 * the ones templates use; {@code report-templates/README.md} lists them.
 */
final class ImpactReportPdfContent implements ReportTemplateContent {

    private final ImpactMetrics metrics;
    private final ImpactReportPdfTables tables;
    private final EconomyWideContent economyWide;

    ImpactReportPdfContent(ImpactMetrics metrics, EconomyWideText economyWideText) {
        this.metrics = metrics;
        this.tables = new ImpactReportPdfTables(metrics);
        this.economyWide = new EconomyWideContent(metrics, economyWideText);
    }

    @Override
    public PlaceholderValues figures() {
        PlaceholderValues v = ModelPlaceholders.of(metrics);
        v.count("states.suppressed", metrics.states().stream().filter(s -> s.suppressed()).count());
        v.count("centers.suppressed", metrics.centers().stream().filter(c -> c.suppressed()).count());
        List<NationalFigures> trend = metrics.trend() == null ? List.of() : metrics.trend();
        v.count("trend.years", trend.size());
        v.put("trend.firstYear", Kind.YEAR, trend.isEmpty() ? null : (long) trend.get(0).fiscalYear());
        v.put("trend.lastYear", Kind.YEAR, trend.isEmpty() ? null : (long) trend.get(trend.size() - 1).fiscalYear());
        estimates(v, metrics.estimates());
        return v.with(economyWide.figures());
    }


    /** The survey statistics of {@code estimates}; every figure "not available" when the model has none. */
    private static void estimates(PlaceholderValues v, Estimates e) {
        Estimates.Method m = e == null ? null : e.method();
        Estimates.WeightingClasses w = e == null ? null : e.weightingClasses();
        Estimates.NonresponseComparison n = e == null ? null : e.nonresponse();
        v.put("estimates.surveysFielded", Kind.COUNT, e == null ? null : e.surveysFielded());
        v.put("estimates.surveysCompleted", Kind.COUNT, e == null ? null : e.surveysCompleted());
        v.put("estimates.respondingClients", Kind.COUNT, e == null ? null : e.respondingClients());
        v.put("estimates.confidenceLevel", Kind.PERCENT, m == null ? null : m.confidenceLevel());
        v.put("estimates.bootstrapReplicates", Kind.COUNT, m == null ? null : (long) m.bootstrapReplicates());
        v.put("estimates.minimumClassRespondents", Kind.COUNT, m == null ? null : (long) m.minimumClassRespondents());
        v.put("estimates.winsorisingPercentile", Kind.COUNT, m == null ? null
                : Math.round(m.winsorisingPercentile() > 1 ? m.winsorisingPercentile() : m.winsorisingPercentile() * 100));
        v.put("estimates.weightingClasses.cells", Kind.COUNT, w == null ? null : (long) w.cells());
        v.put("estimates.weightingClasses.classesUsed", Kind.COUNT, w == null ? null : (long) w.classesUsed());
        v.put("estimates.weightingClasses.cellsCollapsedToCenter", Kind.COUNT,
                w == null ? null : (long) w.cellsCollapsedToCenter());
        v.put("estimates.weightingClasses.cellsCollapsedToNational", Kind.COUNT,
                w == null ? null : (long) w.cellsCollapsedToNational());
        v.put("estimates.weightingClasses.unrepresentedNonrespondents", Kind.COUNT,
                w == null ? null : w.unrepresentedNonrespondents());
        v.put("estimates.weightingClasses.adjustment", Kind.RATIO, w == null ? null : w.adjustment());
        v.put("estimates.nonresponse.respondents", Kind.COUNT, n == null ? null : n.respondents());
        v.put("estimates.nonresponse.nonrespondents", Kind.COUNT, n == null ? null : n.nonrespondents());
        for (ReportedImpact impact : ReportedImpact.values()) {
            Estimates.ImpactEstimate i = e == null || e.impacts() == null ? null : e.impacts().get(impact.key());
            String p = "estimates." + impact.key();
            Kind kind = impact.isJobs() ? Kind.WHOLE : Kind.MONEY;
            v.put(p + ".reportedTotal", kind, i == null ? null : i.reportedTotal());
            v.put(p + ".estimatedTotal", kind, i == null ? null : i.estimatedTotal());
            v.put(p + ".confidenceLower", kind, i == null ? null : i.confidenceLower());
            v.put(p + ".confidenceUpper", kind, i == null ? null : i.confidenceUpper());
            Estimates.Distribution d = i == null ? null : i.perRespondingClient();
            v.put(p + ".median", kind, d == null ? null : d.median());
            v.put(p + ".percentile90", kind, d == null ? null : d.percentile90());
            v.put(p + ".percentile99", kind, d == null ? null : d.percentile99());
            v.put(p + ".mean", kind, d == null ? null : d.mean());
        }
    }

    @Override
    public Optional<PdfTable> table(String name) {
        return tables.parts().table(name).or(() -> economyWide.table(name));
    }

    @Override
    public Optional<PdfChart> chart(String name) {
        return tables.parts().chart(name).or(() -> economyWide.chart(name));
    }

    @Override
    public Set<String> tables() {
        Set<String> names = new TreeSet<>(tables.parts().tableNames());
        names.addAll(economyWide.parts().tableNames());
        return names;
    }

    @Override
    public Set<String> charts() {
        Set<String> names = new TreeSet<>(tables.parts().chartNames());
        names.addAll(economyWide.parts().chartNames());
        return names;
    }

    @Override
    public Set<String> collections() {
        return Set.of();
    }

    @Override
    public Optional<PlaceholderCollection> collection(String name) {
        return Optional.empty();
    }

    @Override
    public Set<String> footnotesNeeded() {
        return Set.of(Suppression.FOOTNOTE);
    }
}
