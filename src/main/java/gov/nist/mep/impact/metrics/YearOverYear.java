package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Change of the national headline figures from the previous fiscal year: previous and current value, absolute change
 * and relative change (change / previous; null when previous is zero). Null when the extract has no previous year.
 */
public record YearOverYear(int previousFiscalYear, int fiscalYear, Map<String, Change> changes) {

    /** One figure's change. */
    public record Change(BigDecimal previous, BigDecimal current, BigDecimal change, Double relativeChange) {
    }

    static YearOverYear of(NationalFigures previous, NationalFigures current) {
        if (previous == null) {
            return null;
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, BigDecimal> before = headline(previous);
        Map<String, BigDecimal> after = headline(current);
        before.forEach((name, old) -> {
            BigDecimal now = after.get(name);
            if (old != null && now != null) {
                changes.put(name, new Change(old, now, now.subtract(old), Ratios.ratio(now.subtract(old), old)));
            }
        });
        return new YearOverYear(previous.fiscalYear(), current.fiscalYear(), changes);
    }

    static Map<String, BigDecimal> headline(NationalFigures n) {
        GroupFigures f = n.figures();
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("clientsServed", BigDecimal.valueOf(f.clientsServed()));
        m.put("projectsCompleted", BigDecimal.valueOf(f.projectsCompleted()));
        m.put("newSales", f.newSales());
        m.put("retainedSales", f.retainedSales());
        m.put("costSavings", f.costSavings());
        m.put("investment", f.investment());
        m.put("jobsCreated", BigDecimal.valueOf(f.jobsCreated()));
        m.put("jobsRetained", BigDecimal.valueOf(f.jobsRetained()));
        m.put("federalFunds", n.funding().federalFunds());
        m.put("appropriation", n.appropriation());
        return m;
    }
}
