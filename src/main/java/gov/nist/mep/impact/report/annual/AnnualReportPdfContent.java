package gov.nist.mep.impact.report.annual;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.DataQuality;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.SuccessStory;
import gov.nist.mep.impact.metrics.YearOverYear;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.PlaceholderCollection;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.ReportTemplateContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The annual report's figures, tables, charts and collections, formatted from the metrics model as it stands. The
 * names here are the ones templates use; {@code report-templates/README.md} lists them.
 */
final class AnnualReportPdfContent implements ReportTemplateContent {

    /** The headline figures of {@code yearOverYear}, and whether each is a count (else money). */
    static final Map<String, Boolean> YEAR_OVER_YEAR = orderedMap(
            "clientsServed", true, "projectsCompleted", true, "newSales", false, "retainedSales", false,
            "costSavings", false, "investment", false, "jobsCreated", true, "jobsRetained", true,
            "federalFunds", false, "appropriation", false);

    private final ImpactMetrics metrics;
    private final AnnualReportPdfTables tables;

    AnnualReportPdfContent(ImpactMetrics metrics) {
        this.metrics = metrics;
        this.tables = new AnnualReportPdfTables(metrics);
    }

    @Override
    public PlaceholderValues figures() {
        PlaceholderValues v = ModelPlaceholders.of(metrics);
        costShare(v);
        yearOverYear(v, metrics.yearOverYear());
        dataQuality(v, metrics.dataQuality());
        v.count("stories.count", metrics.successStories().size());
        return v;
    }


    /** Counts of centers by their cost-share position (grouping of the centers list, no figure recomputed). */
    private void costShare(PlaceholderValues v) {
        List<CenterFigures> centers = metrics.centers();
        v.count("costShare.compliantCenters", centers.stream()
                .filter(c -> Boolean.TRUE.equals(c.costShareCompliant())).count());
        v.count("costShare.nonCompliantCenters", centers.stream()
                .filter(c -> Boolean.FALSE.equals(c.costShareCompliant())).count());
        v.count("costShare.centersWithoutFunds", centers.stream().filter(c -> c.costShareCompliant() == null).count());
    }

    private static void yearOverYear(PlaceholderValues v, YearOverYear y) {
        v.put("previousFiscalYear", Kind.YEAR, y == null ? null : (long) y.previousFiscalYear());
        for (Map.Entry<String, Boolean> figure : YEAR_OVER_YEAR.entrySet()) {
            String prefix = "yearOverYear." + figure.getKey();
            YearOverYear.Change c = y == null ? null : y.changes().get(figure.getKey());
            if (figure.getValue()) {
                v.put(prefix + ".previous", Kind.COUNT, c == null ? null : c.previous().longValueExact());
                v.put(prefix + ".change", Kind.COUNT, c == null ? null : c.change().longValueExact());
            } else {
                v.money(prefix + ".previous", c == null ? null : c.previous());
                v.money(prefix + ".change", c == null ? null : c.change());
            }
            v.put(prefix + ".relativeChange", Kind.PERCENT, c == null ? null : c.relativeChange());
        }
    }

    private static void dataQuality(PlaceholderValues v, DataQuality q) {
        v.count("dataQuality.files", q.files().size());
        v.count("dataQuality.recordsRead", q.recordsRead());
        v.count("dataQuality.recordsAccepted", q.recordsAccepted());
        v.count("dataQuality.recordsSuperseded", q.recordsSuperseded());
        v.count("dataQuality.recordsRejected", q.recordsRejected());
        v.count("dataQuality.ineligibleProjects", q.ineligibleProjects());
        v.count("dataQuality.lateProjectReports", q.lateProjectReports());
    }

    @Override
    public Optional<PdfTable> table(String name) {
        return tables.parts().table(name);
    }

    @Override
    public Optional<PdfChart> chart(String name) {
        return tables.parts().chart(name);
    }

    @Override
    public Set<String> tables() {
        return tables.parts().tableNames();
    }

    @Override
    public Set<String> charts() {
        return tables.parts().chartNames();
    }

    @Override
    public Set<String> collections() {
        return Set.of("stories");
    }

    @Override
    public Optional<PlaceholderCollection> collection(String name) {
        if (!name.equals("stories")) {
            return Optional.empty();
        }
        List<PlaceholderValues> items = new ArrayList<>();
        for (SuccessStory s : metrics.successStories()) {
            items.add(story(s, tables.center(s.centerId())));
        }
        return Optional.of(new PlaceholderCollection(story(new SuccessStory(null, null, metrics.fiscalYear(), null,
                null, null, null, null, null), null), items));
    }

    /** A story's figures: the extract's words (the client named is a company), and its center. */
    private static PlaceholderValues story(SuccessStory s, CenterFigures center) {
        return new PlaceholderValues()
                .text("story.title", s.title())
                .text("story.clientName", s.clientName())
                .text("story.centerId", s.centerId())
                .text("story.centerName", center == null ? s.centerId() : center.centerName())
                .text("story.state", center == null ? null : center.state())
                .text("story.challenge", s.challenge())
                .text("story.solution", s.solution())
                .text("story.results", s.results());
    }

    @Override
    public Set<String> footnotesNeeded() {
        return Set.of(Suppression.FOOTNOTE);
    }

    private static Map<String, Boolean> orderedMap(Object... pairs) {
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Boolean) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
