package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversight.Flag;
import gov.nist.mep.impact.metrics.CenterOversight.PeerGroup;
import gov.nist.mep.impact.metrics.CenterOversight.Score;
import gov.nist.mep.impact.metrics.CenterOversight.ServiceMix;
import gov.nist.mep.impact.metrics.CenterOversight.TrendYear;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code centerOversight} section of metrics-FYN.json: thresholds, peer-group medians and, per center, every
 * scorecard figure with its ranks and percentiles (and, for a survey figure, whether disclosure control withholds it),
 * the flags, rejects by rule, trend and services. The feedback
 * records themselves are in the center-feedback files, not here (only their counts).
 */
final class CenterOversightJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CenterOversightJson() {
    }

    static ObjectNode toTree(CenterOversight o) {
        ObjectNode root = NODES.objectNode();
        OversightThresholds t = o.thresholds();
        ObjectNode thresholds = root.putObject("thresholds");
        thresholds.put("lateShareAbove", t.lateShareAbove());
        thresholds.put("rejectedShareAbove", t.rejectedShareAbove());
        thresholds.put("responseRateBelow", t.responseRateBelow());
        thresholds.put("responseRateDropBelow", t.responseRateDropBelow());
        thresholds.put("peerPercentileLow", t.peerPercentileLow());
        thresholds.put("peerPercentileHigh", t.peerPercentileHigh());
        thresholds.put("peerPercentileMinCenters", t.peerPercentileMinCenters());
        thresholds.put("peerMedianDistanceIqr", t.peerMedianDistanceIqr());
        ArrayNode groups = root.putArray("peerGroups");
        for (PeerGroup g : o.peerGroups()) {
            ObjectNode node = groups.addObject();
            node.put("hostType", g.name());
            node.put("centers", g.centers());
            ObjectNode medians = node.putObject("medians");
            for (Map.Entry<CenterFigure, BigDecimal> e : g.medians().entrySet()) {
                if (e.getKey().ranked()) {
                    medians.put(e.getKey().key(), e.getValue());
                }
            }
        }
        ArrayNode centers = root.putArray("centers");
        for (CenterScorecard c : o.centers()) {
            ObjectNode node = centers.addObject();
            node.put("centerId", c.centerId());
            node.put("hostType", c.hostType());
            node.put("suppressed", c.suppressed());
            MetricsJson.suppression(node, c.disclosure());
            ObjectNode figures = node.putObject("figures");
            for (Score s : c.scores()) {
                ObjectNode f = figures.putObject(s.figure().key());
                number(f, "value", s.value());
                if (s.figure().fromResponses() || s.withheld()) {
                    f.put("withheld", s.withheld());
                }
                if (s.figure().ranked()) {
                    f.put("rank", s.rank());
                    f.put("percentile", s.percentile());
                    f.put("ranked", s.ranked());
                    f.put("hostTypeRank", s.hostTypeRank());
                    f.put("hostTypePercentile", s.hostTypePercentile());
                    f.put("hostTypeRanked", s.hostTypeRanked());
                }
            }
            ArrayNode flags = node.putArray("flags");
            for (Flag flag : c.flags()) {
                ObjectNode f = flags.addObject();
                f.put("figure", flag.figure().key());
                f.put("rule", flag.rule().name());
                f.put("threshold", flag.threshold());
            }
            ObjectNode byRule = node.putObject("rejectsByRule");
            c.rejectsByRule().forEach(byRule::put);
            ArrayNode trend = node.putArray("trend");
            for (TrendYear y : c.trend()) {
                ObjectNode n = trend.addObject();
                n.put("fiscalYear", y.fiscalYear());
                n.put("clientsServed", y.clientsServed());
                n.put("projectsCompleted", y.projectsCompleted());
                n.put("newSales", y.newSales());
                n.put("jobsCreatedOrRetained", y.jobsCreatedOrRetained());
                n.put("federalFunds", y.federalFunds());
                n.put("suppressed", y.suppressed());
                MetricsJson.suppression(n, y.disclosure());
            }
            ArrayNode services = node.putArray("services");
            for (ServiceMix s : c.services()) {
                ObjectNode n = services.addObject();
                n.put("serviceCategory", s.serviceCategory());
                n.put("projectsCompleted", s.projectsCompleted());
                n.put("hours", s.hours());
            }
        }
        return root;
    }

    private static void number(ObjectNode node, String name, Number value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof BigDecimal b) {
            node.put(name, b);
        } else if (value instanceof Double d) {
            node.put(name, d);
        } else {
            node.put(name, value.longValue());
        }
    }
}
