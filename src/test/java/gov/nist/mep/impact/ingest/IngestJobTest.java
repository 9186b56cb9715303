package gov.nist.mep.impact.ingest;

import static gov.nist.mep.impact.support.TestExtract.CLIENT_HEADER;
import static gov.nist.mep.impact.support.TestExtract.PROJECT_HEADER;
import static gov.nist.mep.impact.support.TestExtract.SURVEY_HEADER;
import static gov.nist.mep.impact.support.TestExtract.client;
import static gov.nist.mep.impact.support.TestExtract.complete;
import static gov.nist.mep.impact.support.TestExtract.project;
import static gov.nist.mep.impact.support.TestExtract.unanswered;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import gov.nist.mep.impact.support.TestExtract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

class IngestJobTest extends BatchTestSupport {

    static final Path EXAMPLE = Fixtures.CONTRACT_EXAMPLE;

    @TempDir
    Path dir;

    private static FileCounts counts(List<FileCounts> files, String file) {
        return files.stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private List<FileCounts> fileCounts(JobExecution e) {
        return staging.fileCounts(e.getJobInstance().getInstanceId());
    }

    @Test
    void theWorkedExampleGivesExactlyTheExpectedRejectsAndCountsThatReconcile() throws Exception {
        Path out = dir.resolve("out");

        JobExecution e = run("validate", EXAMPLE.resolve("extract").toAbsolutePath(), out, null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> expected = Files.readAllLines(EXAMPLE.resolve("expected-rejects.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(rejects(e).stream().map(r -> r.file() + "," + r.line()).toList())
                .containsExactlyElementsOf(expected);
        List<FileCounts> files = fileCounts(e);
        assertThat(files).hasSize(40).allSatisfy(f ->
                assertThat(f.read()).isEqualTo(f.accepted() + f.superseded() + f.rejected()));
        assertThat(files.stream().mapToLong(FileCounts::read).sum()).isEqualTo(395);
        assertThat(files.stream().mapToLong(FileCounts::rejected).sum()).isEqualTo(73);
        assertThat(files.stream().mapToLong(FileCounts::superseded).sum()).isEqualTo(13);
        assertThat(counts(files, "survey/wave-3-empty.csv")).isEqualTo(
                new FileCounts("survey/wave-3-empty.csv", 0, 0, 0, 0));
        List<String> csv = Files.readAllLines(out.resolve("rejects.csv"));
        assertThat(csv).hasSize(74);
        assertThat(csv.get(0)).isEqualTo("file,line,column,rule,value,message");
        assertThat(csv).contains("meis/projects/KS01-1.csv,11,client_id,unknown-client,NOSUCH,"
                + "client_id NOSUCH is not an accepted client of center KS01 (missing or rejected)");
        assertThat(Files.readString(out.resolve("data-quality.json"))).contains("\"recordsRejected\" : 73");
    }

    @Test
    void latestSubmittedWinsTiesGoToTheLaterFileAndARejectedRecordNeverWins() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER,
                client("C1", "332710", 10, "2014-03-01"),
                client("C2", "332710", 10, "2014-01-01"),
                client("C3", "332710", 10, "2014-01-01"));
        x.write("meis/clients/b.csv", CLIENT_HEADER,
                client("C1", "332710", 20, "2014-02-01"),
                client("C2", "332710", 30, "2014-01-01"),
                client("C3", "332710", -1, "2014-06-01"));

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        List<FileCounts> files = fileCounts(e);
        // C1: a.csv wins by date; C2: tie, b.csv wins by file order; C3: b.csv's later record is rejected.
        assertThat(counts(files, "meis/clients/a.csv")).isEqualTo(new FileCounts("meis/clients/a.csv", 3, 2, 1, 0));
        assertThat(counts(files, "meis/clients/b.csv")).isEqualTo(new FileCounts("meis/clients/b.csv", 3, 1, 1, 1));
        assertThat(rejectLines(rejects(e))).containsExactly("meis/clients/b.csv,4,employees,range");
    }

    @Test
    void referencesResolveAcrossFilesAndCascadeFromRejectedRecords() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/projects/1.csv", PROJECT_HEADER,
                project("P1", "C9", "LEAN", "2014-01-01", "2014-02-01", "10", "2014-03-01"),
                project("P2", "BAD", "LEAN", "2014-01-01", "2014-02-01", "10", "2014-03-01"),
                project("P3", "C9", "LEAN", "2014-01-01", "", "10", "2014-03-01"),
                project("P4", "NONE", "LEAN", "2014-01-01", "2014-02-01", "10", "2014-03-01"));
        x.write("meis/clients/z-later.csv", CLIENT_HEADER,
                client("C9", "332710", 10, "2014-03-01"),
                client("BAD", "33A1", 10, "2014-03-01"));
        x.write("survey/w1.csv", SURVEY_HEADER,
                complete("S1", "P1", "2014-06-01", "100", "0", "0", "0", "1", "0", "9"),
                complete("S2", "P2", "2014-06-01", "100", "0", "0", "0", "1", "0", "9"),
                unanswered("S3", "P3", "2014-06-01", "NO_RESPONSE"),
                complete("S4", "P1", "2014-01-31", "100", "0", "0", "0", "1", "0", "9"));
        x.write("center-financials.csv", TestExtract.FINANCIALS_HEADER, "2014,OH01,1000000,,,,",
                "2014,ZZ01,5,,,,");
        x.write("success-stories/bad.json", "{ not json");
        x.write("success-stories/unknown.json", "{\"center_id\":\"ZZ01\",\"fiscal_year\":2014,\"client_name\":\"A\","
                + "\"title\":\"T\",\"challenge\":\"C\",\"solution\":\"S\",\"results\":\"R\"}");

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(rejectLines(rejects(e))).containsExactly(
                "center-financials.csv,3,center_id,unknown-center",
                "meis/clients/z-later.csv,3,naics,naics",
                "meis/projects/1.csv,3,client_id,unknown-client",
                "meis/projects/1.csv,5,client_id,unknown-client",
                "success-stories/bad.json,1,,json",
                "success-stories/unknown.json,1,center_id,unknown-center",
                "survey/w1.csv,3,project_id,unknown-project",
                "survey/w1.csv,4,project_id,project-not-completed",
                "survey/w1.csv,5,survey_date,survey-before-completion");
        assertThat(rejects(e)).filteredOn(r -> r.line() == 3 && r.file().equals("meis/projects/1.csv"))
                .singleElement().satisfies(r -> {
                    assertThat(r.value()).isEqualTo("BAD");
                    assertThat(r.message()).contains("BAD").contains("OH01");
                });
    }

    @Test
    void readsJsonLinesWithNumbersAsNumbersOrStringsAndCsvQuirks() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        // Shuffled and extra columns, BOM, CRLF, a quoted line break: the bad record starts on line 3.
        x.writeRaw("meis/clients/a.csv", "\uFEFFnote,submitted_date,client_id,center_id,client_name,naics,employees\r\n"
                + "\"x, y\",2014-01-01,C1,OH01,\"Acme \"\"Tools\"\"\",332710,5\r\n"
                + "\"multi\r\nline\",2014-01-01,C2,OH01,Beta,332710,five\r\n"
                + "z,2014-01-01,C3,OH01,Gamma,3327,7\r\n");
        x.write("meis/projects/a.jsonl",
                "{\"center_id\":\"OH01\",\"project_id\":\"P1\",\"client_id\":\"C1\",\"service_category\":\"LEAN\","
                        + "\"start_date\":\"2014-01-01\",\"completion_date\":\"2014-02-01\",\"staff_hours\":12.5,"
                        + "\"client_fee\":\"100.00\",\"submitted_date\":\"2014-03-01\"}",
                "",
                "{\"center_id\":\"OH01\",\"project_id\":\"P2\",\"client_id\":\"C3\",\"service_category\":\"LEAN\","
                        + "\"start_date\":\"2014-01-01\",\"completion_date\":null,\"staff_hours\":\"3\","
                        + "\"client_fee\":10.125,\"submitted_date\":\"2014-03-01\"}",
                "{\"center_id\":\"OH01\",\"project_id\":\"P3\",\"client_id\":\"C3\",\"service_category\":\"QUALITY\","
                        + "\"start_date\":\"2014-01-01\",\"third_party_hours\":4,\"submitted_date\":\"2014-03-01\"}");

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);

        assertThat(rejectLines(rejects(e))).containsExactly(
                "meis/clients/a.csv,3,employees,integer",
                "meis/projects/a.jsonl,3,client_fee,money");
        assertThat(counts(fileCounts(e), "meis/projects/a.jsonl").accepted()).isEqualTo(2);
        assertThat(counts(fileCounts(e), "meis/clients/a.csv").accepted()).isEqualTo(2);
    }

    @Test
    void restartAfterAFailureMidFileEndsWithExactlyTheRecordsOfAnUninterruptedRun() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("meis/clients/a.csv", CLIENT_HEADER, client("C1", "332710", 10, "2014-01-01"));
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 2600; i++) {
            String category = i % 7 == 0 ? "MARKETING" : "LEAN";
            lines.add("{\"center_id\":\"OH01\",\"project_id\":\"P" + i + "\",\"client_id\":\"C1\","
                    + "\"service_category\":\"" + category + "\",\"start_date\":\"2014-01-01\","
                    + "\"completion_date\":\"2014-02-01\",\"staff_hours\":" + i + ",\"submitted_date\":\"2014-03-01\"}");
        }
        String good = lines.get(2499);
        lines.set(2499, "{\"center_id\": \"OH01\", broken");
        x.write("meis/projects/p.jsonl", lines.toArray(String[]::new));

        JobExecution failed = run("validate", x.root(), dir.resolve("out1"), null);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long runId = failed.getJobInstance().getInstanceId();
        assertThat(staging.fileCounts(runId).stream().mapToLong(FileCounts::read).sum())
                .as("4 records of the single-file kinds and the client: the failed unit (the projects file) staged"
                        + " nothing, it is redone whole on restart")
                .isEqualTo(5);
        assertThat(Files.exists(dir.resolve("out1").resolve("rejects.csv"))).isFalse();

        lines.set(2499, good);
        x.write("meis/projects/p.jsonl", lines.toArray(String[]::new));
        JobExecution restarted = operator.restart(failed);
        List<FileCounts> afterRestart = staging.fileCounts(runId);
        JobExecution uninterrupted = run("validate", x.root(), dir.resolve("out2"), null);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(runId);
        assertThat(afterRestart).isEqualTo(staging.fileCounts(uninterrupted.getJobInstance().getInstanceId()));
        assertThat(counts(afterRestart, "meis/projects/p.jsonl"))
                .as("every 7th record has a bad category: 371 rejects, none twice")
                .isEqualTo(new FileCounts("meis/projects/p.jsonl", 2600, 2229, 0, 371));
        assertThat(Files.readAllBytes(dir.resolve("out1").resolve("rejects.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("out2").resolve("rejects.csv")));
    }

    @Test
    void structuralErrorsFailTheJobNamingFileLineAndColumnAndPublishNothing() throws Exception {
        record Case(String name, java.util.function.Consumer<TestExtract> breakIt, String message) {
        }
        List<Case> cases = List.of(
                new Case("missing folder", x -> x.delete("meis/projects"), "meis/projects/ is missing"),
                new Case("missing file", x -> x.delete("centers.csv"), "centers.csv is missing"),
                new Case("missing column", x -> x.write("meis/clients/a.csv",
                        "center_id,client_id,client_name,naics,submitted_date", "OH01,C1,A,3327,2014-01-01"),
                        "meis/clients/a.csv, line 1: required column 'employees' is missing"),
                new Case("bad bytes", x -> x.writeBytes("meis/clients/a.csv", (CLIENT_HEADER + "\n"
                        + client("C1", "3327", 1, "2014-01-01") + "\nOH01,C2,\u00ff").getBytes(
                                StandardCharsets.ISO_8859_1)), "meis/clients/a.csv, line 3: bytes that are not valid"),
                new Case("malformed json line", x -> x.write("survey/a.jsonl", "{\"survey_id\":\"S1\"}",
                        "{\"survey_id\":"), "survey/a.jsonl, line 2, column"),
                new Case("unterminated quote", x -> x.write("meis/clients/a.csv", CLIENT_HEADER,
                        "OH01,C1,\"never closed,3327,1"), "meis/clients/a.csv, line 2"));
        for (Case c : cases) {
            TestExtract x = TestExtract.minimal(dir.resolve(c.name().replace(' ', '-')));
            c.breakIt().accept(x);
            Path out = dir.resolve("out-" + c.name().replace(' ', '-'));

            JobExecution e = run("validate", x.root(), out, null);

            assertThat(e.getStatus()).as(c.name()).isEqualTo(BatchStatus.FAILED);
            String failures = e.getAllFailureExceptions().stream().map(IngestJobTest::messages)
                    .collect(Collectors.joining("\n"));
            assertThat(failures).as(c.name()).contains(c.message());
            assertThat(Files.exists(out.resolve("rejects.csv"))).as(c.name()).isFalse();
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
