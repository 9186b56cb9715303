package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.JsonNode;

/**
 * The worked example with congressional districts (the contract example with ZIP codes and a small crosswalk): the
 * districts of FY2014 equal the hand-computed ones figure by figure, with a split ZIP code, a tie, blank, malformed and
 * unknown ZIP codes, a client that moved, a state mismatch, an empty district, and complementary suppression in
 * Kansas; every contract figure is the same as without districts.
 */
class DistrictWorkedExampleTest extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.DISTRICT_EXAMPLE;

    @TempDir
    Path dir;

    @Test
    void districtsMatchTheHandComputedFigures() throws Exception {
        JobExecution e = run("annual-report", EXAMPLE.resolve("extract").toAbsolutePath(), dir, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode actual = WorkedExampleTest.JSON.readTree(dir.resolve("metrics-FY2014.json").toFile());
        JsonNode expected = WorkedExampleTest.JSON.readTree(EXAMPLE.resolve("expected-districts-FY2014.json").toFile());

        List<String> differences = new ArrayList<>();
        WorkedExampleTest.compare(expected.get("districts"), actual.get("districts"), "districts", differences);
        WorkedExampleTest.compare(expected.get("dataQuality"), actual.get("dataQuality"), "dataQuality", differences);
        assertThat(differences).isEmpty();
        assertThat(actual.get("districts")).extracting(d -> d.get("district").asString()).containsExactly("KS-01",
                "KS-02", "KS-03", "MI-03", "MI-13", "MO-05", "RI-01", "RI-02", "VT-AL", "WA-06", "WA-07", "WA-10",
                "unknown");
    }

    @Test
    void theZipColumnAndTheCrosswalkChangeNoContractFigure() throws Exception {
        JobExecution e = run("annual-report", EXAMPLE.resolve("extract").toAbsolutePath(), dir, 2014);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode actual = WorkedExampleTest.JSON.readTree(dir.resolve("metrics-FY2014.json").toFile());
        JsonNode expected = WorkedExampleTest.JSON.readTree(Fixtures.CONTRACT_EXAMPLE
                .resolve("expected-metrics-FY2014.json").toFile());
        List<String> differences = new ArrayList<>();
        for (String section : List.of("national", "states", "centers", "serviceCategories")) {
            WorkedExampleTest.compare(expected.get(section), actual.get(section), section, differences);
        }
        assertThat(differences).isEmpty();
        // the crosswalk is a file of the extract like the others: one row superseded by a later one of the same key
        JsonNode crosswalk = null;
        for (JsonNode f : actual.get("dataQuality").get("files")) {
            if (f.get("file").asString().equals("reference/zip-congressional-districts.csv")) {
                crosswalk = f;
            }
        }
        assertThat(crosswalk).isNotNull();
        assertThat(crosswalk.get("read").asLong()).isEqualTo(15);
        assertThat(crosswalk.get("accepted").asLong()).isEqualTo(14);
        assertThat(crosswalk.get("superseded").asLong()).isEqualTo(1);
        assertThat(crosswalk.get("rejected").asLong()).isZero();
    }
}
