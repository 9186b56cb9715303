package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The centers of one host type (NONPROFIT, UNIVERSITY, GOVERNMENT) for the year: how many, their regional offices,
 * and the sums of their clients served, projects completed and funds. Clients are counted per center, so the sums are
 * exact distinct counts too.
 */
public record HostTypeFigures(String hostType, long centers, long regionalOffices, long clientsServed,
        long projectsCompleted, BigDecimal federalFunds, BigDecimal nonFederalFunds) {

    /** One row per host type present among the centers, sorted by host type. */
    static List<HostTypeFigures> of(List<CenterFigures> centers) {
        Map<String, HostTypeFigures> byType = new TreeMap<>();
        for (CenterFigures c : centers) {
            HostTypeFigures one = new HostTypeFigures(c.hostType(), 1,
                    c.regionalOffices() == null ? 0 : c.regionalOffices(), c.figures().clientsServed(),
                    c.figures().projectsCompleted(), c.funding().federalFunds(), c.funding().nonFederalFunds());
            byType.merge(c.hostType(), one, HostTypeFigures::plus);
        }
        return List.copyOf(byType.values());
    }

    private HostTypeFigures plus(HostTypeFigures o) {
        return new HostTypeFigures(hostType, centers + o.centers, regionalOffices + o.regionalOffices,
                clientsServed + o.clientsServed, projectsCompleted + o.projectsCompleted,
                federalFunds.add(o.federalFunds), nonFederalFunds.add(o.nonFederalFunds));
    }
}
