package gov.nist.mep.impact.economy;

import gov.nist.mep.impact.economy.EconomyAssumptions.JobsMeasure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One year of BEA's summary input-output tables, as the model needs them: the domestic industry-by-commodity total
 * requirements (71 industries by 73 commodities) and, from the use table before redefinitions, each industry's output,
 * compensation and value added and each commodity's output, imports, personal consumption and nonresidential private
 * fixed investment (millions of dollars); from NIPA, each industry's employment per dollar of output and the
 * households' ratios the model needs. Read from {@code /economy/} on the classpath (see the README there).
 *
 * @param codes the commodity codes (columns of the requirements), in BEA's order
 * @param industries the industry codes (rows of the requirements), in BEA's order
 * @param jobsPerOutput per measure, each industry's employment per dollar of its gross output (NIPA employment over
 *     the gross output of the same file: applied to the model's output). NIPA does not split real estate (531) into
 *     housing and other real estate, nor federal general government (GFG) into defense and nondefense: both parts get
 *     the aggregate's employment in proportion to their output, that is its jobs per dollar of output
 * @param wagesShareOfCompensation wages and salaries / compensation of employees (BEA Integrated Macroeconomic
 *     Accounts, table S.1.a): the part of labor income taxed as the employee's income
 * @param consumptionShareOfDisposableIncome households' final consumption expenditures / disposable income, net (BEA
 *     Integrated Macroeconomic Accounts, table S.3.a): spending per dollar of disposable income
 */
record IoTables(int year, List<String> codes, List<String> industries, Map<String, String> names,
        RealMatrix requirements, double[] industryOutput, double[] compensation, double[] valueAdded,
        double[] commodityOutput, double[] imports, double[] pce, double[] investment,
        Map<JobsMeasure, double[]> jobsPerOutput, double wagesShareOfCompensation,
        double consumptionShareOfDisposableIncome) {

    static final String REQUIREMENTS = "/economy/io-total-requirements.csv";
    static final String ACCOUNTS = "/economy/io-accounts.csv";
    static final String EMPLOYMENT = "/economy/employment-by-industry.csv";
    static final String HOUSEHOLDS = "/economy/nipa-households.csv";

    /** The years the shipped tables cover. */
    static TreeSet<Integer> availableYears() {
        TreeSet<Integer> years = new TreeSet<>();
        List<List<String>> rows = EconomyCsv.read(REQUIREMENTS);
        for (List<String> row : rows.subList(1, rows.size())) {
            years.add(Integer.parseInt(row.get(0)));
        }
        return years;
    }

    static IoTables load(int year) {
        List<List<String>> req = EconomyCsv.read(REQUIREMENTS);
        List<String> codes = List.copyOf(req.get(0).subList(2, req.get(0).size()));
        List<String> industries = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (List<String> row : req.subList(1, req.size())) {
            if (Integer.parseInt(row.get(0)) != year) {
                continue;
            }
            industries.add(row.get(1));
            double[] values = new double[codes.size()];
            for (int c = 0; c < codes.size(); c++) {
                values[c] = EconomyCsv.value(row.get(c + 2));
            }
            rows.add(values);
        }
        if (industries.isEmpty()) {
            throw new IllegalArgumentException("no input-output table for " + year + " (tables: " + availableYears()
                    + ")");
        }
        Map<String, List<String>> accounts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> row : EconomyCsv.read(ACCOUNTS)) {
            if (!row.get(0).equals(String.valueOf(year))) {
                continue;
            }
            accounts.put(row.get(1), row);
            names.put(row.get(1), row.get(2));
        }
        int n = industries.size();
        double[] output = new double[n];
        double[] comp = new double[n];
        double[] va = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> a = accounts.get(industries.get(i));
            if (a == null) {
                throw new IllegalStateException("industry " + industries.get(i) + " missing from " + ACCOUNTS);
            }
            output[i] = EconomyCsv.value(a.get(3));
            comp[i] = EconomyCsv.value(a.get(4));
            va[i] = comp[i] + EconomyCsv.value(a.get(5)) + EconomyCsv.value(a.get(6));
        }
        int m = codes.size();
        double[] commodityOutput = new double[m];
        double[] imports = new double[m];
        double[] pce = new double[m];
        double[] investment = new double[m];
        for (int c = 0; c < m; c++) {
            List<String> a = accounts.get(codes.get(c));
            if (a == null) {
                continue;
            }
            commodityOutput[c] = EconomyCsv.value(a.get(7));
            imports[c] = EconomyCsv.value(a.get(8));
            pce[c] = EconomyCsv.value(a.get(9));
            investment[c] = EconomyCsv.value(a.get(10)) + EconomyCsv.value(a.get(11)) + EconomyCsv.value(a.get(12));
        }
        List<String> households = row(EconomyCsv.read(HOUSEHOLDS), year, HOUSEHOLDS);
        return new IoTables(year, codes, List.copyOf(industries), Map.copyOf(names),
                new Array2DRowRealMatrix(rows.toArray(new double[0][]), false), output, comp, va, commodityOutput,
                imports, pce, investment, jobsPerOutput(year, industries),
                EconomyCsv.value(households.get(2)) / EconomyCsv.value(households.get(1)),
                EconomyCsv.value(households.get(4)) / EconomyCsv.value(households.get(3)));
    }

    /** The row of a year in a table whose first column is the year. */
    private static List<String> row(List<List<String>> rows, int year, String resource) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(String.valueOf(year))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + year + " in " + resource));
    }

    /** Each industry's employment per dollar of output, by measure; an aggregate row's ratio for each of its codes. */
    private static Map<JobsMeasure, double[]> jobsPerOutput(int year, List<String> industries) {
        List<List<String>> rows = EconomyCsv.read(EMPLOYMENT);
        List<String> header = rows.get(0);
        int covered = header.indexOf("bea_codes_covered");
        int output = header.indexOf("gross_output_musd");
        Map<JobsMeasure, double[]> byMeasure = new EnumMap<>(JobsMeasure.class);
        for (JobsMeasure m : JobsMeasure.values()) {
            int column = header.indexOf(m.column());
            double[] ratio = new double[industries.size()];
            boolean[] found = new boolean[industries.size()];
            for (List<String> r : rows.subList(1, rows.size())) {
                if (!r.get(0).equals(String.valueOf(year))) {
                    continue;
                }
                // thousands of jobs per million dollars of output = jobs per thousand dollars: / 1000 per dollar
                double perDollar = EconomyCsv.value(r.get(column)) / EconomyCsv.value(r.get(output)) / 1000;
                for (String code : r.get(covered).split("\\+")) {
                    int i = industries.indexOf(code.strip());
                    if (i >= 0) {
                        ratio[i] = perDollar;
                        found[i] = true;
                    }
                }
            }
            for (int i = 0; i < found.length; i++) {
                if (!found[i]) {
                    throw new IllegalStateException("industry " + industries.get(i) + " has no " + year
                            + " employment in " + EMPLOYMENT);
                }
            }
            byMeasure.put(m, ratio);
        }
        return byMeasure;
    }

    /**
     * The share of a commodity's supply made at home: output / (output + imports) (BEA records imports as a negative
     * final use); 1 when the commodity has no recorded output or imports.
     */
    double domesticShare(int commodity) {
        double out = commodityOutput[commodity];
        double imp = Math.max(0, -imports[commodity]);
        return out + imp <= 0 ? 1 : out / (out + imp);
    }

    /** The industry row of a commodity code (same BEA code), or -1 (used goods, noncomparable imports). */
    int industryOf(String code) {
        return industries.indexOf(code);
    }

    /** Personal consumption expenditures over GDP (total value added) of the table year. */
    double pceShareOfGdp() {
        double totalPce = 0;
        for (double v : pce) {
            totalPce += v;
        }
        double gdp = 0;
        for (double v : valueAdded) {
            gdp += v;
        }
        return totalPce / gdp;
    }
}
