package gov.nist.mep.impact.ingest;

import static gov.nist.mep.impact.support.TestExtract.CLIENT_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import gov.nist.mep.impact.support.TestExtract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ZIP-to-district crosswalk's structural rules: a crosswalk whose shares of a ZIP code do not add up to 1 (± 0.01),
 * that mixes Congresses, or that has a malformed district code, ZIP code or share fails the job in discovery, naming
 * file, line and column, before any record is staged; nothing is published. Extracts without the crosswalk or without
 * ZIP codes give no district figures, said once.
 */
class DistrictCrosswalkTest extends BatchTestSupport {

    static final String CROSSWALK = "reference/zip-congressional-districts.csv";
    static final String HEADER = "zip,district,business_share,congress";

    @TempDir
    Path dir;

    private TestExtract extractWith(String name, String... crosswalkRows) {
        TestExtract x = TestExtract.minimal(dir.resolve(name));
        // enough client records that staging them is the long part, which must never start
        List<String> clients = new ArrayList<>(List.of(CLIENT_HEADER + ",zip"));
        for (int i = 0; i < 20_000; i++) {
            clients.add(TestExtract.client("C" + i, "332710", 10, "2014-01-01") + ",43001");
        }
        x.write("meis/clients/a.csv", clients.toArray(String[]::new));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(crosswalkRows));
        x.write(CROSSWALK, lines.toArray(String[]::new));
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "shares add up to 0.9|43001,OH-03,0.6,118;43001,OH-15,0.3,118;43002,OH-03,1,118|line 3, column 3: the"
                + " business_share values of ZIP code 43001 add up to 0.9 (lines 2 and 3), not 1 ± 0.01",
        "shares add up to 1.02|43001,OH-03,0.52,118;43001,OH-15,0.5,118|line 3, column 3: the business_share values"
                + " of ZIP code 43001 add up to 1.02",
        "a lone share of 0.5|43002,OH-03,1,118;43001,OH-15,0.5,118|line 3, column 3: the business_share values"
                + " of ZIP code 43001 add up to 0.5 (line 3)",
        "two Congresses|43001,OH-03,1,118;43002,OH-03,1,118;43003,OH-15,1,117|line 4, column 4: congress 117 differs"
                + " from congress 118 on line 2: a crosswalk is for one Congress",
        "district without a dash|43001,OH03,1,118|line 2, column 2: district must be a district code",
        "district of one digit|43001,OH-3,1,118|line 2, column 2: district must be a district code",
        "district 00|43001,OH-00,1,118|line 2, column 2: district has district number 00",
        "unknown state|43001,ZZ-01,1,118|line 2, column 2: district names ZZ, which is not the USPS code",
        "delegate of a state|43001,OH-DL,1,118|line 2, column 2: district DL (a non-voting delegate) is only for DC"
                + " and PR",
        "numbered seat of DC|20001,DC-01,1,118|line 2, column 2: district DC elects a non-voting delegate: its code"
                + " is DC-DL",
        "lower-case code|43001,oh-03,1,118|line 2, column 2: district must be a district code",
        "ZIP of four digits|4300,OH-03,1,118|line 2, column 1: zip must be a ZIP code of exactly 5 digits"
                + " (value '4300'), rule zip",
        "share of zero|43001,OH-03,0,118;43001,OH-15,1,118|line 2, column 3: business_share must be greater than 0"
                + " and at most 1 (value '0'), rule range",
        "share above one|43001,OH-03,1.5,118|line 2, column 3: business_share must be greater than 0 and at most 1",
        "blank congress|43001,OH-03,1,|line 2, column 4: congress is required, rule required"})
    void aBrokenCrosswalkFailsInDiscoveryNamingFileLineAndColumn(String name, String rows, String message)
            throws Exception {
        TestExtract x = extractWith(name.replace(' ', '-'), rows.split(";"));
        Path out = dir.resolve("out-" + name.replace(' ', '-'));

        JobExecution e = run("impact-report", x.root(), out, 2014);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.FAILED);
        String failures = e.getAllFailureExceptions().stream().map(DistrictCrosswalkTest::messages)
                .collect(Collectors.joining("\n"));
        assertThat(failures).contains(CROSSWALK + ", " + message);
        assertThat(e.getStepExecutions()).extracting(StepExecution::getStepName)
                .as("the crosswalk fails the job before the records are staged").containsExactly("discover-extract");
        assertThat(out.resolve("rejects.csv")).doesNotExist();
        assertThat(out.resolve("metrics-FY2014.json")).doesNotExist();
    }

    @Test
    void aFolderNamedLikeTheCrosswalkIsAStructuralError() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("folder"));
        x.folder(CROSSWALK);

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(e.getAllFailureExceptions().stream().map(DistrictCrosswalkTest::messages)
                .collect(Collectors.joining())).contains(CROSSWALK + ": is a folder, not the ZIP-to-district"
                + " crosswalk file");
    }

    @Test
    void sharesWithinTheToleranceAndACorrectedRowAreAccepted() throws Exception {
        TestExtract x = extractWith("tolerance", "43001,OH-03,0.6,118", "43001,OH-15,0.395,118",
                "43002,OH-03,0.5,118", "43002,OH-15,0.51,118", "43003,OH-15,0.7,118", "43003,OH-03,0.3,118",
                "43003,OH-15,0.7,118");

        JobExecution e = run("annual-report", x.root(), dir.resolve("out"), 2014);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode metrics = JsonMapper.builder().build().readTree(dir.resolve("out").resolve("metrics-FY2014.json")
                .toFile());
        assertThat(metrics.get("districts")).extracting(d -> d.get("district").asString())
                .containsExactly("OH-03", "OH-15", "unknown");
        JsonNode file = null;
        for (JsonNode f : metrics.get("dataQuality").get("files")) {
            if (f.get("file").asString().equals(CROSSWALK)) {
                file = f;
            }
        }
        assertThat(file).isNotNull();
        assertThat(file.get("read").asLong()).isEqualTo(7);
        assertThat(file.get("superseded").asLong()).as("43003,OH-15 is given twice: the later wins").isEqualTo(1);
    }

    @Test
    void withoutTheCrosswalkOrWithoutZipCodesThereAreNoDistrictsSaidOnce() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(MetricsCalculator.class);
        ListAppender<ILoggingEvent> console = new ListAppender<>();
        console.start();
        logger.addAppender(console);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            JobExecution none = run("impact-report", Fixtures.EXAMPLE_EXTRACT, dir.resolve("none"), 2014);
            TestExtract noZip = TestExtract.minimal(dir.resolve("no-zip"));
            noZip.write(CROSSWALK, HEADER, "43001,OH-03,1,118");
            JobExecution withoutZip = run("impact-report", noZip.root(), dir.resolve("no-zip-out"), 2014);

            assertThat(none.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(withoutZip.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            for (Path out : List.of(dir.resolve("none"), dir.resolve("no-zip-out"))) {
                assertThat(Files.readString(out.resolve("metrics-FY2014.json"))).doesNotContain("\"districts\"")
                        .doesNotContain("clientsWithoutDistrict");
                assertThat(out.resolve("districts-FY2014.xlsx")).doesNotExist();
                assertThat(out.resolve("district-fact-sheets-FY2014.pdf")).doesNotExist();
                assertThat(out.resolve("district-fact-sheets")).doesNotExist();
            }
            List<String> said = console.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("no district")).toList();
            assertThat(said).containsExactly(
                    "  no district figures or outputs: the extract has no reference/zip-congressional-districts.csv",
                    "  no district figures or outputs: no client record has a zip code (older extracts have no zip"
                            + " column)");
        } finally {
            logger.detachAppender(console);
            logger.setLevel(level);
        }
    }

    private static String messages(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            s.append(c.getMessage()).append('\n');
        }
        return s.toString();
    }
}
