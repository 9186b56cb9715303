package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.ingest.ExtractYears;
import gov.nist.mep.impact.ingest.FileKind;
import gov.nist.mep.impact.metrics.FiscalYear;
import java.nio.file.Path;
import java.util.List;

/** Turns a definition's fiscal year ({@code N}, {@code latest}, {@code all}, or none) into the years to run. */
public final class FiscalYears {

    private FiscalYears() {
    }

    public static List<Integer> resolve(JobDefinition definition) {
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
        List<Integer> years = yearsOfExtract(definition.input());
        if (years.isEmpty()) {
            throw new UsageException(definition.input() + " has no fiscal year to report on (no accepted row in"
                    + " center-financials.csv or appropriations.csv)");
        }
        return year.equals("latest") ? List.of(years.get(years.size() - 1)) : years;
    }

    /**
     * The fiscal years of the extract, as the metrics list them (center financials, else appropriations), read with
     * ingestion's own CSV parsing and record rules. A structural error in the extract fails here as the run would.
     */
    static List<Integer> yearsOfExtract(Path input) {
        return FiscalYear.ofExtract(ExtractYears.accepted(input, FileKind.FINANCIALS),
                ExtractYears.accepted(input, FileKind.APPROPRIATIONS));
    }
}
