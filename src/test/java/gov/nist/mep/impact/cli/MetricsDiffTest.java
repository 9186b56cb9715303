package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsDiffTest {

    static final Path EXPECTED = Fixtures.CONTRACT_EXAMPLE.resolve("expected-metrics-FY2014.json");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int diff(Path a, Path b) {
        return Main.run(new String[] {"diff", a.toString(), b.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void identicalFilesPrintNoChangeAndExitZero() {
        assertThat(diff(EXPECTED, EXPECTED)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No figure changed.");
    }

    @Test
    void aChangedFigureIsNamedByItsKeyWithOldNewAndChange() throws Exception {
        String json = Files.readString(EXPECTED);
        Path changed = dir.resolve("metrics-FY2014.json");
        // KS01's new sales 5376344.92 -> 5376444.92 (+100)
        Files.writeString(changed, json.replace("5376344.92", "5376444.92"));

        int exit = diff(EXPECTED, changed);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("centers[KS01].newSales: 5376344.92 -> 5376444.92 (+100.00, +0.00%)")
                .contains("1 figure(s) changed.");
    }

    @Test
    void centerOversightChangesAreNamedByCenterAndPeerGroup() throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        String template = "{\"centerOversight\": {\"peerGroups\": [{\"hostType\": \"ALL\", \"centers\": %d}],"
                + " \"centers\": [{\"centerId\": \"KS01\", \"figures\": {\"lateShare\": {\"value\": %s,"
                + " \"rank\": 1}}}]}}";
        Files.writeString(before, String.format(template, 6, "0.25"));
        Files.writeString(after, String.format(template, 7, "0.5"));

        assertThat(diff(before, after)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("centerOversight.centers[KS01].figures.lateShare.value: 0.25 -> 0.5")
                .contains("centerOversight.peerGroups[ALL].centers: 6 -> 7");
    }

    @Test
    void districtsAreNamedByTheirCodeNotTheirState() throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        String template = "{\"districts\": [{\"district\": \"OH-03\", \"state\": \"OH\", \"newSales\": 10},"
                + " {\"district\": \"OH-09\", \"state\": \"OH\", \"newSales\": %d}]}";
        Files.writeString(before, String.format(template, 20));
        Files.writeString(after, String.format(template, 25));

        assertThat(diff(before, after)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("districts[OH-09].newSales: 20 -> 25");
    }

    @Test
    void foldersArePairedByMetricsFileName() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(EXPECTED, a.resolve("metrics-FY2014.json"));
        Files.copy(EXPECTED, b.resolve("metrics-FY2014.json"));
        Files.writeString(b.resolve("metrics-FY2015.json"), "{}");

        assertThat(diff(a, b)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("metrics-FY2015.json: only in " + b);
    }
}
