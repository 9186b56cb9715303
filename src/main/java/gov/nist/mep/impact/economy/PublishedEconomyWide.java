package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.metrics.EconomyWideImpacts.Published;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The program's published figures the model is compared with (classpath {@code /economy/}): the contractor's
 * economy-wide figures by fiscal year ({@code economy-wide-published.csv}) and the client-reported new and retained
 * sales of the published years ({@code published-client-figures.csv}).
 */
final class PublishedEconomyWide {

    static final String ECONOMY_WIDE = "/economy/economy-wide-published.csv";
    static final String CLIENT_FIGURES = "/economy/published-client-figures.csv";
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    private PublishedEconomyWide() {
    }

    /** The contractor's figures by fiscal year, in dollars and jobs. */
    static Map<Integer, Published> economyWide() {
        Map<Integer, Published> byYear = new TreeMap<>();
        List<List<String>> rows = EconomyCsv.read(ECONOMY_WIDE);
        List<String> h = rows.get(0);
        for (List<String> r : rows.subList(1, rows.size())) {
            int year = Integer.parseInt(r.get(h.indexOf("fiscal_year")));
            byYear.put(year, new Published(year, scaled(r.get(h.indexOf("federal_investment_musd")), MILLION),
                    scaled(r.get(h.indexOf("federal_personal_income_tax_gain_busd")), BILLION),
                    decimal(r.get(h.indexOf("roi_reported"))),
                    r.get(h.indexOf("total_jobs")).isBlank() ? null : Long.valueOf(r.get(h.indexOf("total_jobs"))),
                    scaled(r.get(h.indexOf("personal_income_busd")), BILLION),
                    scaled(r.get(h.indexOf("gdp_busd")), BILLION), r.get(h.indexOf("source"))));
        }
        return byYear;
    }

    /** Published client new + retained sales by fiscal year (dollars), where published. */
    static Map<Integer, BigDecimal> clientSales() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        List<List<String>> rows = EconomyCsv.read(CLIENT_FIGURES);
        List<String> h = rows.get(0);
        for (List<String> r : rows.subList(1, rows.size())) {
            BigDecimal sales = decimal(r.get(h.indexOf("new_and_retained_sales")));
            if (sales != null) {
                byYear.put(Integer.parseInt(r.get(h.indexOf("fiscal_year"))), sales);
            }
        }
        return byYear;
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static BigDecimal scaled(String text, BigDecimal unit) {
        BigDecimal v = decimal(text);
        return v == null ? null : v.multiply(unit).stripTrailingZeros().setScale(0);
    }
}
