package gov.nist.mep.impact.jobs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.TestExtract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latest} and {@code all} are the metrics' fiscal years, read with ingestion's CSV parsing and rules. */
class FiscalYearsTest {

    @TempDir
    Path dir;

    private JobDefinition definition(String job, String fiscalYear) {
        return new JobDefinition(dir.resolve("d.properties"), job, dir, dir.resolve("out"), fiscalYear, null, null,
                null);
    }

    /** A quoted comma in an earlier column moved a line.split(",") reader off the fiscal_year column. */
    @Test
    void aQuotedFieldWithACommaDoesNotHideItsYear() {
        TestExtract.minimal(dir).write("center-financials.csv", "note,fiscal_year,center_id,federal_funds",
                "\"revised, see memo\",2013,OH01,900000", "plain,2014,OH01,1000000");

        assertThat(FiscalYears.resolve(definition("annual-report", "all"))).containsExactly(2013, 2014);
        assertThat(FiscalYears.resolve(definition("annual-report", "latest"))).containsExactly(2014);
    }

    @Test
    void rejectedRowsCountForNoYear() {
        TestExtract.minimal(dir).write("center-financials.csv", TestExtract.FINANCIALS_HEADER,
                "2014,OH01,1000000,,,,", "2015,OH01,-5,,,,");

        assertThat(FiscalYears.resolve(definition("annual-report", "latest"))).containsExactly(2014);
    }

    @Test
    void withoutCenterFinancialsTheAppropriationYearsCountAsTheMetricsCountThem() {
        TestExtract.minimal(dir).write("center-financials.csv", TestExtract.FINANCIALS_HEADER);

        assertThat(FiscalYears.resolve(definition("nightly", null))).containsExactly(2013, 2014);
    }
}
