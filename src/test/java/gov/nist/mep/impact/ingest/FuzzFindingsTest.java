package gov.nist.mep.impact.ingest;

import static gov.nist.mep.impact.support.TestExtract.CLIENT_HEADER;
import static gov.nist.mep.impact.support.TestExtract.CENTER_HEADER;
import static gov.nist.mep.impact.support.TestExtract.FINANCIALS_HEADER;
import static gov.nist.mep.impact.support.TestExtract.client;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.TestExtract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * One regression test per finding of the fuzzing of the worked example (issue 9): each input that crashed a later
 * step, passed where it should not, or vanished without a word is now a rejected record or a structural error.
 */
class FuzzFindingsTest extends BatchTestSupport {

    @TempDir
    Path dir;

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    private static String project(String id, String completion, String submitted) {
        return "{\"center_id\":\"OH01\",\"project_id\":\"" + id + "\",\"client_id\":\"C1\",\"service_category\":"
                + "\"LEAN\",\"start_date\":\"2014-01-01\",\"completion_date\":\"" + completion
                + "\",\"submitted_date\":\"" + submitted + "\"";
    }

    @Test
    void valuesTooLongForStagingAreRejectedWithTheLengthRuleAndLongRejectedValuesAreCut() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER,
                client("C1", "332710", 5, "2014-01-01"),
                client(repeat('K', 256), "332710", 5, "2014-01-01"),
                client("C3", "332710", 5, "2014-01-01").replace("Client C3", repeat('n', 100_001)),
                client("C4", "332710", 5, "2014-01-01").replace(",5,", "," + repeat('9', 1_100_000) + ","));

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rejectLines(rejects(e))).containsExactly("meis/clients/a.csv,3,client_id,length",
                "meis/clients/a.csv,4,client_name,length", "meis/clients/a.csv,5,employees,integer");
        assertThat(rejects(e).get(0).message()).contains("at most 255 characters long, not 256");
        assertThat(rejects(e).get(2).value()).startsWith("9999").endsWith("... (1,100,000 characters in all)")
                .hasSize(1000 + "... (1,100,000 characters in all)".length());
        String rejectsCsv = Files.readString(dir.resolve("out/rejects.csv"));
        assertThat(rejectsCsv.length()).isLessThan(5000);
    }

    @Test
    void integersBeyondWhatLaterStepsHoldAreRejectedAndTheReportStillRuns() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("appropriations.csv", "fiscal_year,appropriation", "2014,128000000", "2147483648,1", "10000,1");
        x.write("centers.csv", CENTER_HEADER, "OH01,Ohio MEP,OH,NONPROFIT,2010,false,2",
                "OH02,Ohio Two,OH,NONPROFIT,2147483647,false,1");
        x.write("center-financials.csv", FINANCIALS_HEADER, "2014,OH01,1000000,1500000,,500000,",
                "99999999999,OH01,1,1,,1,");

        JobExecution e = run("annual-report", x.root(), dir.resolve("out"), 2014);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rejectLines(rejects(e))).containsExactly("appropriations.csv,3,fiscal_year,integer",
                "appropriations.csv,4,fiscal_year,range", "center-financials.csv,3,fiscal_year,integer",
                "centers.csv,3,award_start_fy,range");
        assertThat(dir.resolve("out/metrics-FY2014.json")).exists();
    }

    @Test
    void jsonNumbersWithHugeExponentsAreRejectedValuesNotCrashes() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER, client("C1", "332710", 5, "2014-01-01"));
        x.write("meis/projects/a.jsonl",
                project("P1", "2014-02-01", "2014-03-01") + ",\"staff_hours\":1e2147483648}",
                project("P2", "2014-02-01", "2014-03-01") + ",\"client_fee\":1e999999999}",
                project("P3", "2014-02-01", "2014-03-01") + ",\"client_fee\":1.5e3,\"staff_hours\":-0}");

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rejectLines(rejects(e))).containsExactly("meis/projects/a.jsonl,1,staff_hours,decimal",
                "meis/projects/a.jsonl,2,client_fee,money");
        assertThat(rejects(e).stream().map(RejectedRecord::value)).containsExactly("1e2147483648", "1e999999999");
    }

    @Test
    void aNumberKeepsTheDigitsWrittenAndExpandsOnlyAReasonableExponent() {
        assertThat(JsonLinesRecordFile.numberText("1200.50")).isEqualTo("1200.50");
        assertThat(JsonLinesRecordFile.numberText("12")).isEqualTo("12");
        assertThat(JsonLinesRecordFile.numberText("1.5e3")).isEqualTo("1500");
        assertThat(JsonLinesRecordFile.numberText("1E-2")).isEqualTo("0.01");
        assertThat(JsonLinesRecordFile.numberText("1e999999999")).isEqualTo("1e999999999");
        assertThat(JsonLinesRecordFile.numberText("1e2147483648")).isEqualTo("1e2147483648");
    }

    @Test
    void datesNeedFourDigitYearsAndTheRejectedValueIsPrintedWhole() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER, client("C1", "332710", 5, "2014-01-01"),
                client("C2", "332710", 5, "+10000-01-01"), client("C3", "332710", 5, "-0001-01-01"),
                client("C4", "332710", 5, "14-01-01"));

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(rejectLines(rejects(e))).containsExactly("meis/clients/a.csv,3,submitted_date,date",
                "meis/clients/a.csv,4,submitted_date,date", "meis/clients/a.csv,5,submitted_date,date");
        assertThat(Files.readString(dir.resolve("out/rejects.csv"))).contains(",-0001-01-01,")
                .contains(",+10000-01-01,");
    }

    @Test
    void aSuccessStoryWhoseImpactsAreNotAnObjectOfNonNegativeNumbersIsRejected() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        String story = "{\"center_id\":\"OH01\",\"fiscal_year\":2014,\"client_name\":\"A\",\"title\":\"T\","
                + "\"challenge\":\"C\",\"solution\":\"S\",\"results\":\"R\"";
        x.write("success-stories/a-good.json", story + ",\"impacts\":{\"new_sales\":1200000,\"jobs_created\":12}}");
        x.write("success-stories/b-array.json", story + ",\"impacts\":[1,2]}");
        x.write("success-stories/c-string.json", story + ",\"impacts\":\"lots\"}");
        x.write("success-stories/d-negative.json", story + ",\"impacts\":{\"new_sales\":-5}}");
        x.write("success-stories/e-none.json", story + "}");

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(rejectLines(rejects(e))).containsExactly("success-stories/b-array.json,1,impacts,impacts",
                "success-stories/c-string.json,1,impacts,impacts", "success-stories/d-negative.json,1,impacts,impacts");
        assertThat(rejects(e).get(2).message()).contains("'new_sales' is -5");
    }

    @Test
    void inputThatWouldVanishIsAStructuralErrorNamingThePath() throws Exception {
        record Case(String name, Consumer<TestExtract> breakIt, String message) {
        }
        List<Case> cases = List.of(
                new Case("upper-case extension", x -> x.write("meis/clients/b.JSONL", "{}"),
                        "meis/clients/b.JSONL: the extension must be lower case (*.csv or *.jsonl)"),
                new Case("folder named like a file", x -> x.folder("meis/projects/p.csv"),
                        "meis/projects/p.csv: named like a record file (*.csv or *.jsonl) but a folder"),
                new Case("dangling link", x -> link(x.root().resolve("survey/s.csv"), x.root().resolve("gone.csv")),
                        "survey/s.csv: named like a record file (*.csv or *.jsonl) but a link to a file that does"),
                new Case("named pipe", x -> fifo(x.root().resolve("survey/pipe.jsonl")),
                        "survey/pipe.jsonl: named like a record file (*.csv or *.jsonl) but not a regular file"),
                new Case("duplicate header", x -> x.write("meis/clients/a.csv", CLIENT_HEADER + ",client_id",
                        client("C1", "332710", 5, "2014-01-01") + ",C9"),
                        "meis/clients/a.csv, line 1, column 11: column 'client_id' appears twice in the header"));
        for (Case c : cases) {
            TestExtract x = TestExtract.minimal(dir.resolve(c.name().replace(' ', '-')));
            c.breakIt().accept(x);
            Path out = dir.resolve("out-" + c.name().replace(' ', '-'));

            Throwable failure = null;
            JobExecution e = null;
            try {
                e = run("validate", x.root(), out, null);
            } catch (StructuralException thrown) {
                failure = thrown;
            }
            String messages = failure != null ? failure.getMessage() : e.getAllFailureExceptions().stream()
                    .map(t -> t.getMessage() + " " + (t.getCause() == null ? "" : t.getCause().getMessage()))
                    .collect(Collectors.joining("\n"));

            assertThat(failure != null || e.getStatus() == BatchStatus.FAILED).as(c.name()).isTrue();
            assertThat(messages).as(c.name()).contains(c.message());
            assertThat(out.resolve("rejects.csv")).as(c.name()).doesNotExist();
        }
    }

    @Test
    void otherFilesInARecordFolderAreListedNotRead() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER, client("C1", "332710", 5, "2014-01-01"));
        x.write("meis/clients/notes.txt", "not data");

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readString(dir.resolve("out/data-quality.json")))
                .contains("\"ignoredFiles\" : [ \"meis/clients/notes.txt (not *.csv or *.jsonl)\" ]");
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertThat(p.waitFor()).isZero();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
