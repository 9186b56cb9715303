package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.ingest.FileCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the metrics model as {@code metrics-FYN.json} exactly as the metrics contract lays it out (camelCase names,
 * arrays sorted by key, money as exact decimals, ratios unrounded, null over a zero denominator), plus the added
 * sections {@code trend}, {@code yearOverYear}, {@code estimates}, {@code appropriationHistory}.
 */
public final class MetricsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetricsJson() {
    }

    public static void write(ImpactMetrics m, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(m));
    }

    /** The metrics JSON with the {@code centerOversight} section of the same fiscal year. */
    public static void write(ImpactMetrics m, CenterOversight oversight, OutputStream out) throws IOException {
        write(m, oversight, null, out);
    }

    /** The metrics JSON with the {@code centerOversight} and {@code stateTrend} sections (each when not null). */
    public static void write(ImpactMetrics m, CenterOversight oversight, StateTrends trends, OutputStream out)
            throws IOException {
        ObjectNode root = toTree(m);
        if (oversight != null) {
            root.set("centerOversight", CenterOversightJson.toTree(oversight));
        }
        if (trends != null) {
            ArrayNode states = root.putArray("stateTrend");
            trends.byState().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode state = states.addObject();
                state.put("state", e.getKey());
                ArrayNode years = state.putArray("years");
                for (StateTrends.Year y : e.getValue()) {
                    ObjectNode year = years.addObject();
                    year.put("fiscalYear", y.fiscalYear());
                    GroupFigures f = y.figures().figures();
                    year.put("clientsServed", f.clientsServed());
                    year.put("projectsCompleted", f.projectsCompleted());
                    year.put("newSales", f.newSales());
                    year.put("jobsCreatedOrRetained", f.jobsCreatedOrRetained());
                    year.put("federalFunds", y.figures().funding().federalFunds());
                    year.put("suppressed", y.figures().suppressed());
                    suppression(year, y.figures().disclosure());
                }
            });
        }
        MAPPER.writeValue(out, root);
    }

    public static ObjectNode toTree(ImpactMetrics m) {
        ObjectNode root = NODES.objectNode();
        root.put("fiscalYear", m.fiscalYear());
        root.set("national", national(m.national()));
        ArrayNode states = root.putArray("states");
        for (StateFigures s : m.states()) {
            ObjectNode node = states.addObject();
            node.put("state", s.state());
            node.put("centers", s.centers());
            figures(node, s.figures());
            funding(node, s.funding());
            node.put("suppressed", s.suppressed());
            suppression(node, s.disclosure());
        }
        ArrayNode centers = root.putArray("centers");
        for (CenterFigures c : m.centers()) {
            ObjectNode node = centers.addObject();
            node.put("centerId", c.centerId());
            node.put("centerName", c.centerName());
            node.put("state", c.state());
            node.put("hostType", c.hostType());
            node.put("regionalOffices", c.regionalOffices());
            node.put("awardYear", c.awardYear());
            node.put("recompeted", c.recompeted());
            node.put("federalShare", c.federalShare());
            node.put("federalShareCap", c.federalShareCap());
            node.put("costShareCompliant", c.costShareCompliant());
            node.put("lateProjectReports", c.lateProjectReports());
            figures(node, c.figures());
            funding(node, c.funding());
            node.put("suppressed", c.suppressed());
            suppression(node, c.disclosure());
        }
        ArrayNode categories = root.putArray("serviceCategories");
        for (CategoryFigures c : m.serviceCategories()) {
            ObjectNode node = categories.addObject();
            node.put("serviceCategory", c.serviceCategory());
            figures(node, c.figures());
            node.put("suppressed", c.suppressed());
            suppression(node, c.disclosure());
        }
        if (m.districts().available()) {
            root.set("districts", districts(m.districts()));
        }
        ArrayNode hostTypes = root.putArray("hostTypes");
        for (HostTypeFigures h : m.hostTypes()) {
            ObjectNode node = hostTypes.addObject();
            node.put("hostType", h.hostType());
            node.put("centers", h.centers());
            node.put("regionalOffices", h.regionalOffices());
            node.put("clientsServed", h.clientsServed());
            node.put("projectsCompleted", h.projectsCompleted());
            node.put("federalFunds", h.federalFunds());
            node.put("nonFederalFunds", h.nonFederalFunds());
        }
        ObjectNode quality = (ObjectNode) dataQuality(m.dataQuality());
        if (m.districts().available()) {
            Districts.DistrictQuality q = m.districts().dataQuality();
            quality.put("clientsWithoutDistrict", q.clientsWithoutDistrict());
            ObjectNode reasons = quality.putObject("clientsWithoutDistrictByReason");
            reasons.put("blankZip", q.blankZip());
            reasons.put("malformedZip", q.malformedZip());
            reasons.put("zipNotInCrosswalk", q.zipNotInCrosswalk());
            quality.put("clientStateMismatches", q.stateMismatches());
        }
        root.set("dataQuality", quality);
        ArrayNode trend = root.putArray("trend");
        m.trend().forEach(t -> trend.add(national(t)));
        root.set("yearOverYear", m.yearOverYear() == null ? NODES.nullNode() : MAPPER.valueToTree(m.yearOverYear()));
        root.set("estimates", m.estimates() == null ? NODES.nullNode() : MAPPER.valueToTree(m.estimates()));
        ObjectNode history = root.putObject("appropriationHistory");
        m.appropriationHistory().forEach((year, amount) -> history.put(String.valueOf(year), amount));
        if (m.economyWide() != null) {
            root.set("economyWide", MAPPER.valueToTree(m.economyWide()));
        }
        return root;
    }

    /** Why a group is withheld from the printed outputs: false, "primary" or "complementary". */
    static void suppression(ObjectNode node, Disclosure disclosure) {
        Object value = disclosure.jsonValue();
        if (value instanceof Boolean b) {
            node.put("suppression", b);
        } else {
            node.put("suppression", value.toString());
        }
    }

    /**
     * {@code districts}: every district of the crosswalk by code, then {@code "unknown"}; each with its state, Congress,
     * centers, the figures of a group without funding, its projects by service category and {@code suppressed}
     * ({@code false}, {@code "primary"} or {@code "complementary"}).
     */
    private static ArrayNode districts(Districts districts) {
        ArrayNode list = NODES.arrayNode();
        for (DistrictFigures d : districts.districts()) {
            ObjectNode node = list.addObject();
            node.put("district", d.district());
            node.put("state", d.state());
            node.put("congress", d.congress());
            ArrayNode centers = node.putArray("centers");
            d.centers().forEach(centers::add);
            figures(node, d.figures());
            ObjectNode categories = node.putObject("projectsByServiceCategory");
            d.projectsByServiceCategory().forEach(categories::put);
            Object suppressed = d.suppression().jsonValue();
            if (suppressed instanceof Boolean b) {
                node.put("suppressed", b);
            } else {
                node.put("suppressed", (String) suppressed);
            }
        }
        return list;
    }

    private static ObjectNode national(NationalFigures n) {
        ObjectNode node = NODES.objectNode();
        node.put("fiscalYear", n.fiscalYear());
        node.put("centers", n.centers());
        node.put("regionalOffices", n.regionalOffices());
        figures(node, n.figures());
        funding(node, n.funding());
        node.put("appropriation", n.appropriation());
        node.put("newSalesPerAppropriationDollar", n.newSalesPerAppropriationDollar());
        node.put("investmentPerAppropriationDollar", n.investmentPerAppropriationDollar());
        node.put("costSavingsPerAppropriationDollar", n.costSavingsPerAppropriationDollar());
        node.put("appropriationCostPerJob", n.appropriationCostPerJob());
        return node;
    }

    private static void figures(ObjectNode node, GroupFigures f) {
        node.put("projectsCompleted", f.projectsCompleted());
        node.put("clientsServed", f.clientsServed());
        node.put("surveysFielded", f.surveysFielded());
        node.put("surveysCompleted", f.surveysCompleted());
        node.put("respondingClients", f.respondingClients());
        node.put("responseRate", f.responseRate());
        node.put("newSales", f.newSales());
        node.put("retainedSales", f.retainedSales());
        node.put("costSavings", f.costSavings());
        node.put("investment", f.investment());
        node.put("jobsCreated", f.jobsCreated());
        node.put("jobsRetained", f.jobsRetained());
        node.put("netPromoterScore", f.netPromoterScore());
        node.put("staffHours", f.staffHours());
    }

    private static void funding(ObjectNode node, Funding f) {
        node.put("federalFunds", f.federalFunds());
        node.put("nonFederalFunds", f.nonFederalFunds());
        node.put("newSalesPerFederalDollar", f.newSalesPerFederalDollar());
        node.put("investmentPerFederalDollar", f.investmentPerFederalDollar());
        node.put("costSavingsPerFederalDollar", f.costSavingsPerFederalDollar());
        node.put("federalCostPerJob", f.federalCostPerJob());
    }

    /**
     * The data-quality summary of a validation run: per-file counts, rejects by rule and the entries of the record
     * folders that were not read (names without the folder's extensions), without a fiscal year.
     */
    public static void writeDataQuality(List<FileCounts> files, Map<String, Long> rejectsByRule,
            List<String> ignoredFiles, OutputStream out) throws IOException {
        ObjectNode node = (ObjectNode) dataQuality(DataQuality.of(files, 0, 0, rejectsByRule));
        node.remove("ineligibleProjects");
        node.remove("lateProjectReports");
        ArrayNode ignored = node.putArray("ignoredFiles");
        ignoredFiles.forEach(ignored::add);
        MAPPER.writeValue(out, node);
    }

    private static JsonNode dataQuality(DataQuality q) {
        ObjectNode node = NODES.objectNode();
        ArrayNode files = node.putArray("files");
        for (FileRecordCounts f : q.files()) {
            ObjectNode file = files.addObject();
            file.put("file", f.file());
            file.put("read", f.read());
            file.put("accepted", f.accepted());
            file.put("superseded", f.superseded());
            file.put("rejected", f.rejected());
        }
        node.put("recordsRead", q.recordsRead());
        node.put("recordsAccepted", q.recordsAccepted());
        node.put("recordsSuperseded", q.recordsSuperseded());
        node.put("recordsRejected", q.recordsRejected());
        node.put("ineligibleProjects", q.ineligibleProjects());
        node.put("lateProjectReports", q.lateProjectReports());
        ObjectNode byRule = node.putObject("rejectsByRule");
        for (Map.Entry<String, Long> e : q.rejectsByRule().entrySet()) {
            byRule.put(e.getKey(), e.getValue());
        }
        return node;
    }
}
