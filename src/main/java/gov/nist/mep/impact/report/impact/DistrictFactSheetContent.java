package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.render.DisplayFormat.count;
import static gov.nist.mep.impact.report.render.DisplayFormat.money;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.DistrictSuppression;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.ModelPlaceholders;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import gov.nist.mep.impact.report.render.PdfChart;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.PlaceholderCollection;
import gov.nist.mep.impact.report.render.PlaceholderValues;
import gov.nist.mep.impact.report.render.ReportTemplateContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The district fact sheets' figures and tables: the report's figures (fiscal year, Congress, national), the collection
 * {@code districts} with each district's figures, and tables that show the district of the {@code [each: districts]}
 * item they stand in. A withheld district (primary or complementary suppression) prints "(D)" in its impact cells and
 * in its survey counts (a zero count would tell that its impacts are zero, and so what its neighbour's are); its
 * summary is the {@code suppressed} variant, which is given no impact or survey figure at all.
 */
final class DistrictFactSheetContent implements ReportTemplateContent {

    /** The footnote of a district withheld to protect another district of its state. */
    static final String COMPLEMENTARY = "complementary";
    /** How many service categories the sheet lists. */
    static final int TOP_SERVICES = 3;

    private static final String CODE = "district.code";

    private final ImpactMetrics metrics;
    private final List<DistrictFigures> districts;
    private final StateFactSheetSummary summary;

    DistrictFactSheetContent(ImpactMetrics metrics, List<DistrictFigures> districts, StateFactSheetSummary summary) {
        this.metrics = metrics;
        this.districts = List.copyOf(districts);
        this.summary = summary;
        // both variants of the summary are checked before anything is drawn; the suppressed one knows no impact
        DistrictFigures prototype = prototype();
        summary.format(false, figures().with(district(prototype, false)));
        summary.format(true, figures().with(district(prototype, true)));
    }

    @Override
    public PlaceholderValues figures() {
        PlaceholderValues v = ModelPlaceholders.of(metrics);
        v.text("districts.congress", DistrictNames.congress(metrics.districts().congress()));
        v.count("districts.count", metrics.districts().crosswalkDistricts().size());
        return v;
    }

    /** A district's figures; a withheld district has no survey or impact figure at all. */
    private PlaceholderValues district(DistrictFigures d, boolean withheld) {
        PlaceholderValues v = new PlaceholderValues();
        GroupFigures f = d.figures();
        v.text(CODE, d.district());
        v.text("district.name", DistrictNames.name(d.district()));
        v.text("district.place", DistrictNames.place(d.district()));
        v.text("district.state", d.state());
        v.text("district.stateName", d.state() == null ? "" : StateFactSheetContent.StateNames.name(d.state()));
        v.text("district.congress", DistrictNames.congress(d.congress()));
        v.count("district.centers", d.centers().size());
        v.text("district.centersWord", d.centers().size() == 1 ? "center" : "centers");
        v.count("district.clientsServed", f.clientsServed());
        v.text("district.clientsWord", f.clientsServed() == 1 ? "manufacturer" : "manufacturers");
        v.count("district.projectsCompleted", f.projectsCompleted());
        v.text("district.projectsWord", f.projectsCompleted() == 1 ? "project" : "projects");
        v.text("district.topServices", topServicesInWords(d));
        v.put("district.staffHours", Kind.WHOLE, f.staffHours());
        v.put("district.suppressed", Kind.TEXT, withheld ? "yes" : "no");
        if (!withheld) {
            // the survey and impact figures, named as everywhere (ModelPlaceholders.group), only when published
            v.count("district.surveysFielded", f.surveysFielded());
            v.count("district.surveysCompleted", f.surveysCompleted());
            v.count("district.respondingClients", f.respondingClients());
            v.put("district.responseRate", Kind.PERCENT, f.responseRate());
            v.money("district.newSales", f.newSales());
            v.money("district.retainedSales", f.retainedSales());
            v.money("district.costSavings", f.costSavings());
            v.money("district.investment", f.investment());
            v.count("district.jobsCreated", f.jobsCreated());
            v.count("district.jobsRetained", f.jobsRetained());
            v.count("district.jobsCreatedOrRetained", f.jobsCreatedOrRetained());
            v.put("district.netPromoterScore", Kind.SCORE, f.netPromoterScore());
        }
        return v;
    }

    private DistrictFigures prototype() {
        GroupFigures f = new GroupFigures(0, 0, 0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 0, null, BigDecimal.ZERO, 0);
        return new DistrictFigures("", null, null, List.of(), f, Map.of(), DistrictSuppression.NONE);
    }

    @Override
    public Optional<PlaceholderCollection> collection(String name) {
        if (!name.equals("districts")) {
            return Optional.empty();
        }
        PlaceholderValues report = figures();
        List<PlaceholderValues> items = new ArrayList<>();
        for (DistrictFigures d : districts) {
            PlaceholderValues v = district(d, d.suppressed());
            v.text("district.summary", summary.format(d.suppressed(), report.with(v)));
            items.add(v);
        }
        PlaceholderValues prototype = district(prototype(), false).text("district.summary", "");
        return Optional.of(new PlaceholderCollection(prototype, items));
    }

    @Override
    public Optional<PdfTable> table(String name) {
        return table(name, new PlaceholderValues());
    }

    @Override
    public Optional<PdfTable> table(String name, PlaceholderValues figures) {
        Object code = figures.names().contains(CODE) ? figures.value(CODE) : null;
        DistrictFigures d = districts.stream().filter(x -> x.district().equals(code)).findFirst()
                .orElse(prototype());
        return switch (name) {
            case "district-headline" -> Optional.of(headline(d));
            case "district-impacts" -> Optional.of(impacts(d));
            case "district-centers" -> Optional.of(centers(d));
            case "district-services" -> Optional.of(services(d));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<PdfChart> chart(String name) {
        return Optional.empty();
    }

    @Override
    public Set<String> footnotesNeeded() {
        return Set.of(Suppression.FOOTNOTE, COMPLEMENTARY);
    }

    // ---------------------------------------------------------------- tables

    /** The four figures a reader takes in first ("(D)" is explained by the summary under it and the table's note). */
    private PdfTable headline(DistrictFigures d) {
        GroupFigures f = d.figures();
        PdfTable.Builder t = PdfTable.builder().headline().code("Clients served", 1f).code("Projects completed", 1f)
                .code("New sales reported by clients", 1.25f).code("Jobs created or retained", 1.1f);
        String x = DisplayFormat.SUPPRESSED;
        t.row(count(f.clientsServed()), count(f.projectsCompleted()), d.suppressed() ? x : money(f.newSales()),
                d.suppressed() ? x : count(f.jobsCreatedOrRetained()));
        return t.build();
    }

    private static void note(PdfTable.Builder t, DistrictFigures d) {
        if (d.suppression() == DistrictSuppression.PRIMARY) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        } else if (d.suppression() == DistrictSuppression.COMPLEMENTARY) {
            t.note(DisplayFormat.SUPPRESSED, COMPLEMENTARY);
        }
    }

    /** The district beside its state (the clients of the state's centers) and the nation. */
    private PdfTable impacts(DistrictFigures d) {
        StateFigures state = metrics.states().stream().filter(s -> s.state().equals(d.state())).findFirst()
                .orElse(null);
        String stateName = d.state() == null ? "State" : StateFactSheetContent.StateNames.name(d.state());
        PdfTable.Builder t = PdfTable.builder().text("Figure", 2.0f).number("This district (clients by their ZIP code)", 1.5f)
                .number(stateName + " (clients of the state's centers)", 1.6f).number("Nation", 1.3f);
        note(t, d);
        if (state != null && state.suppressed()) {
            t.note(DisplayFormat.SUPPRESSED, Suppression.FOOTNOTE);
        }
        GroupFigures f = d.figures();
        GroupFigures n = metrics.national().figures();
        GroupFigures s = state == null ? null : state.figures();
        String none = "no center";
        boolean dx = d.suppressed();
        boolean sx = state != null && state.suppressed();
        t.row("Clients served", count(f.clientsServed()), s == null ? none : count(s.clientsServed()),
                count(n.clientsServed()));
        t.row("Projects completed", count(f.projectsCompleted()),
                s == null ? none : count(s.projectsCompleted()), count(n.projectsCompleted()));
        t.row("Clients responding to the survey", dx ? DisplayFormat.SUPPRESSED : count(f.respondingClients()),
                s == null ? none : count(s.respondingClients()), count(n.respondingClients()));
        for (ReportedImpact impact : ReportedImpact.values()) {
            t.row(impact.label(), dx ? DisplayFormat.SUPPRESSED : format(impact, f),
                    s == null ? none : sx ? DisplayFormat.SUPPRESSED : format(impact, s),
                    format(impact, n));
        }
        return t.build();
    }

    private static String format(ReportedImpact impact, GroupFigures g) {
        return impact.isJobs() ? count((Long) impact.valueOf(g)) : money((BigDecimal) impact.valueOf(g));
    }

    /** The centers that served a client of the district in the year, with their host organisations. */
    private PdfTable centers(DistrictFigures d) {
        PdfTable.Builder t = PdfTable.builder().text("Center", 3.2f).text("Host organisation", 1.6f)
                .text("Based in", 1.2f);
        for (String id : d.centers()) {
            CenterFigures c = metrics.centers().stream().filter(x -> x.centerId().equals(id)).findFirst()
                    .orElse(null);
            t.row(c == null ? id : c.centerName(), c == null ? "" : StateFactSheetPageTwo.hostType(c.hostType()),
                    c == null ? "" : StateFactSheetContent.StateNames.name(c.state()));
        }
        if (d.centers().isEmpty()) {
            t.row("No center completed a project with a client in this district in fiscal year "
                    + metrics.fiscalYear() + ".", "", "");
        }
        return t.build();
    }

    /** The district's most frequent services of the year: the most projects first, ties by category code. */
    private static List<Map.Entry<String, Long>> topServices(DistrictFigures d) {
        return d.projectsByServiceCategory().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_SERVICES).toList();
    }

    /** "Lean (12 projects), Quality (8 projects) and Export (1 project)", or "none". */
    static String topServicesInWords(DistrictFigures d) {
        List<String> parts = topServices(d).stream().map(e -> DisplayFormat.label(e.getKey()) + " ("
                + count(e.getValue()) + (e.getValue() == 1 ? " project)" : " projects)")).toList();
        if (parts.isEmpty()) {
            return "none";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The district's most frequent services of the year (projects completed), most first. */
    private PdfTable services(DistrictFigures d) {
        PdfTable.Builder t = PdfTable.builder().text("Service", 3.0f).number("Projects completed in the district",
                1.6f);
        List<Map.Entry<String, Long>> top = topServices(d);
        for (Map.Entry<String, Long> e : top) {
            t.row(DisplayFormat.label(e.getKey()), count(e.getValue()));
        }
        if (top.isEmpty()) {
            t.row("None", "");
        }
        return t.build();
    }
}
