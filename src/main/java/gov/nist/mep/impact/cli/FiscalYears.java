package gov.nist.mep.impact.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns a definition's fiscal year ({@code N}, {@code latest}, {@code all}, or none) into the years to run. */
final class FiscalYears {

    private FiscalYears() {
    }

    static List<Integer> resolve(JobDefinition definition) {
        String year = definition.fiscalYear();
        if (definition.job().equals("validate")) {
            return java.util.Collections.singletonList(year == null || !year.matches("\\d+") ? null
                    : Integer.valueOf(year));
        }
        if (year == null && definition.job().equals("nightly")) {
            year = "all";
        }
        if (year == null) {
            throw new UsageException(definition.job() + " needs a fiscal year: --fiscal-year N, latest or all");
        }
        if (year.matches("\\d+")) {
            return List.of(Integer.valueOf(year));
        }
        TreeSet<Integer> years = yearsWithFinancials(definition.input());
        if (years.isEmpty()) {
            throw new UsageException(definition.input() + "/center-financials.csv has no fiscal year to report on");
        }
        return year.equals("latest") ? List.of(years.last()) : new ArrayList<>(years);
    }

    /** A quick look at center-financials.csv for the years it covers (values that are whole numbers). */
    static TreeSet<Integer> yearsWithFinancials(Path input) {
        TreeSet<Integer> years = new TreeSet<>();
        Path file = input.resolve("center-financials.csv");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return years;
            }
            String[] names = header.replace("\uFEFF", "").split(",");
            int column = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].strip().equals("fiscal_year")) {
                    column = i;
                }
            }
            for (String line = in.readLine(); line != null && column >= 0; line = in.readLine()) {
                String[] values = line.split(",", -1);
                if (column < values.length && values[column].strip().matches("\\d{4}")) {
                    years.add(Integer.valueOf(values[column].strip()));
                }
            }
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return years;
    }
}
