package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reported sales and investment of a fiscal year by the center's state and the client's NAICS code, over the same
 * survey records as the reported totals (COMPLETE records of eligible clients), so the rows add up to the national
 * figures. Fed the year's survey records one by one by the year's main pass over them ({@code MetricsCalculator}).
 * Sums are exact, so the rows do not depend on the order of the records.
 */
final class ClientIndustryAggregation {

    private final ProgramRules rules;
    private final Function<String, String> stateOfCenter;
    private final Map<String, Object[]> totals = new TreeMap<>();
    private final Map<String, Set<String>> clients = new HashMap<>();

    ClientIndustryAggregation(ProgramRules rules, Function<String, String> stateOfCenter) {
        this.rules = rules;
        this.stateOfCenter = stateOfCenter;
    }

    /** Counts one survey record of the year (those not COMPLETE, or of an ineligible client, count for nothing). */
    void add(StagedRecords.Survey s) {
        if (!"COMPLETE".equals(s.disposition()) || !rules.isEligibleClient(s.clientNaics(), s.clientEmployees())) {
            return;
        }
        String state = stateOfCenter.apply(s.centerId());
        String naics = s.clientNaics() == null ? "" : s.clientNaics().trim();
        Object[] t = totals.computeIfAbsent(state + "\u0000" + naics, k -> new Object[] {state, naics, 0L,
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        t[2] = (Long) t[2] + 1;
        clients.computeIfAbsent(state + "\u0000" + naics, k -> new HashSet<>()).add(s.centerId() + "\u0000" + s.clientId());
        t[3] = ((BigDecimal) t[3]).add(s.newSales());
        t[4] = ((BigDecimal) t[4]).add(s.retainedSales());
        t[5] = ((BigDecimal) t[5]).add(s.investment());
    }

    /** The rows, by state and NAICS code. */
    List<ClientIndustrySales> rows() {
        List<ClientIndustrySales> rows = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : totals.entrySet()) {
            Object[] t = e.getValue();
            rows.add(new ClientIndustrySales((String) t[0], (String) t[1], (Long) t[2], clients.get(e.getKey()).size(),
                    (BigDecimal) t[3], (BigDecimal) t[4], (BigDecimal) t[5]));
        }
        return List.copyOf(rows);
    }
}
