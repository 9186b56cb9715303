package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gov.nist.mep.impact.cli.MainAccess;
import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console through MockMvc, on a job repository shared with the command line: sign-in, roles, CSRF, downloads,
 * the lock after five failures, and runs started by the command line and by the console listed side by side.
 */
@SpringBootTest(properties = {"logging.level.gov.nist.mep=WARN"})
@ActiveProfiles("console")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWebTest {

    /** Under target/ rather than a JUnit temporary folder: the application outlives the class. */
    static final Path dir = ConsoleFixture.testFolder("web-");
    static ConsoleFixture fixture;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws java.io.IOException {
        fixture = new ConsoleFixture(dir);
        registry.add("spring.datasource.url", fixture::databaseUrl);
        registry.add("mep.console.users-file", fixture.users::toString);
        registry.add("mep.console.page-size", () -> "1");
    }

    @TestConfiguration
    static class Jobs {
        @Bean
        JobsFolder jobsFolder() {
            return fixture.jobsFolder();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/runs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/runs/1/download").param("file", "rejects.csv")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        String login = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("<h1>Sign in</h1>").contains("<label for=\"username\">User name</label>")
                .contains("name=\"_csrf\"");
    }

    @Test
    @Order(2)
    void aViewersRunNowIsForbiddenAndAPostWithoutCsrfIsForbidden() throws Exception {
        mvc.perform(post("/schedule/run").param("name", "check").with(csrf()).with(user(ConsoleFixture.VIEWER)
                .roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/schedule/run").param("name", "check").with(user(ConsoleFixture.OPERATOR)
                .roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", ConsoleFixture.OPERATOR)
                .param("password", ConsoleFixture.OPERATOR_PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(ConsoleFixture.VIEWER).roles("VIEWER")))
                .andExpect(status().isForbidden());
        // the viewer sees the schedule without the button; nothing was started
        String schedule = page("/schedule", ConsoleFixture.VIEWER, "VIEWER");
        assertThat(schedule).contains("check").doesNotContain("Run check now");
        assertThat(page("/runs", ConsoleFixture.VIEWER, "VIEWER")).contains("0 executions match");
    }

    @Test
    @Order(3)
    void runsStartedByTheCommandLineAndByTheConsoleAreBothListed() throws Exception {
        int exit = MainAccess.run("run", fixture.definition().toString(),
                "--spring.datasource.url=" + fixture.databaseUrl(), "--logging.level.gov.nist.mep=WARN");
        assertThat(exit).isZero();

        MvcResult started = mvc.perform(post("/schedule/run").param("name", "check").with(csrf())
                .with(user(ConsoleFixture.OPERATOR).roles("OPERATOR"))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schedule")).andReturn();
        assertThat(String.valueOf(started.getFlashMap().get("started"))).startsWith("check started");
        String runs = awaitRuns("COMPLETED", 2);

        // 73 rejects in the fixture's expected-rejects.txt; both runs read the same extract
        long expectedRejects = Files.readAllLines(Fixtures.CONTRACT_EXAMPLE.resolve("expected-rejects.txt")).stream()
                .filter(l -> !l.isBlank()).count();
        assertThat(expectedRejects).isEqualTo(73);
        assertThat(runs).contains("2 executions match").contains(fixture.output.toString());
        // both runs counted every record of the worked example: 73 rejected each
        assertThat(page("/runs?page=1", ConsoleFixture.VIEWER, "VIEWER")).contains(">" + expectedRejects + "</td>");
        assertThat(page("/runs?page=2", ConsoleFixture.VIEWER, "VIEWER")).contains(">" + expectedRejects + "</td>");

        // one execution a page here: the newest first, a link to the older one
        String first = page("/runs", ConsoleFixture.VIEWER, "VIEWER");
        assertThat(first).contains("page 1 of 2").contains("Older runs").doesNotContain("Newer runs");
        String second = page("/runs?page=2", ConsoleFixture.VIEWER, "VIEWER");
        assertThat(second).contains("page 2 of 2").contains("Newer runs").doesNotContain("Older runs");
        assertThat(newestId(first)).isGreaterThan(newestId(second));

        // a run holds the output folder (here this test holds its lock): Run now is refused, as exit code 3 is
        try (FileChannel channel = FileChannel.open(fixture.output.resolve(JobRunner.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            MvcResult refused = mvc.perform(post("/schedule/run").param("name", "check").with(csrf())
                    .with(user(ConsoleFixture.OPERATOR).roles("OPERATOR"))).andExpect(redirectedUrl("/schedule"))
                    .andReturn();
            assertThat(String.valueOf(refused.getFlashMap().get("refused"))).contains("is already running with"
                    + " output folder " + fixture.output).contains("exit code 3");
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(page("/runs", ConsoleFixture.VIEWER, "VIEWER")).contains("2 executions match");

        // filtered by status: both completed, none failed
        assertThat(page("/runs?status=FAILED", ConsoleFixture.VIEWER, "VIEWER")).contains("0 executions match");
        assertThat(page("/runs?job=validate&status=COMPLETED", ConsoleFixture.VIEWER, "VIEWER"))
                .contains("2 executions match");
    }

    @Test
    @Order(4)
    void aRunPageListsItsOutputsAndDownloadsOnlyFilesItsManifestLists() throws Exception {
        long id = newestRun();
        String run = page("/runs/" + id, ConsoleFixture.VIEWER, "VIEWER");
        assertThat(run).contains("rejects.csv").contains("data-quality.json").contains("By rule").contains("By center")
                .contains("unknown-center").contains("MEIS clients");
        byte[] rejects = mvc.perform(get("/runs/" + id + "/download").param("file", "rejects.csv")
                .with(user(ConsoleFixture.VIEWER).roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"rejects.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(rejects).isEqualTo(Files.readAllBytes(fixture.output.resolve("rejects.csv")));

        for (String name : List.of("../../../../etc/passwd", "../check/rejects.csv", "/etc/passwd", "manifest.json",
                ".mep-impact.lock", "history", "", "rejects.csv/../rejects.csv", "%2e%2e/rejects.csv")) {
            mvc.perform(get("/runs/" + id + "/download").param("file", name)
                    .with(user(ConsoleFixture.VIEWER).roles("VIEWER"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/runs/" + id + "/download/../../etc/passwd").with(user(ConsoleFixture.VIEWER)
                .roles("VIEWER"))).andExpect(status().is4xxClientError());
        mvc.perform(get("/runs/999999").with(user(ConsoleFixture.VIEWER).roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(5)
    void theProgressOfRunsIsTheirRowOfTheRunsPage() throws Exception {
        long id = newestRun();
        // ids the repository does not have, and text that is no id, are left out
        String json = mvc.perform(get("/runs/progress").param("ids", id + ",999999,x;1")
                .with(user(ConsoleFixture.VIEWER).roles("VIEWER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode rows = JsonMapper.builder().build().readTree(json);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).path("id").asLong()).isEqualTo(id);
        assertThat(rows.get(0).path("job").asString()).isEqualTo("validate");
        assertThat(rows.get(0).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(rows.get(0).path("running").asBoolean()).isFalse();
        // the worked example: 395 records, 73 rejected (expected-rejects.txt), 13 superseded, 309 accepted
        assertThat(rows.get(0).path("read").asString()).isEqualTo("395");
        assertThat(rows.get(0).path("accepted").asString()).isEqualTo("309");
        assertThat(rows.get(0).path("superseded").asString()).isEqualTo("13");
        assertThat(rows.get(0).path("rejected").asString()).isEqualTo("73");
        assertThat(rows.get(0).path("output").asString()).isEqualTo(fixture.output.toString());
    }

    @Test
    @Order(6)
    void noPageShowsPersonalData() throws Exception {
        List<String> contacts = fixture.contactValues();
        assertThat(contacts).isNotEmpty().contains("pat9@example.com");
        long id = newestRun();
        for (String path : List.of("/runs", "/runs/" + id, "/runs/" + id + "/changes", "/centers", "/schedule")) {
            String html = page(path, ConsoleFixture.OPERATOR, "OPERATOR");
            for (String contact : contacts) {
                assertThat(html).as(path).doesNotContain(contact);
            }
        }
    }

    @Test
    @Order(7)
    void aFailedRunShowsTheCommandLinesOneLineCauseAndFix() throws Exception {
        Path broken = dir.resolve("broken");
        ConsoleFixture.copy(fixture.extract, broken);
        Path centers = broken.resolve("centers.csv");
        // a required column renamed: a structural error, the run fails and publishes nothing
        Files.writeString(centers, Files.readString(centers).replaceFirst("host_type", "host_kind"));
        MainAccess.Result cli = MainAccess.runAndPrint("run", "validate", "--input", broken.toString(), "--output",
                dir.resolve("out-broken").toString(), "--spring.datasource.url=" + fixture.databaseUrl(),
                "--logging.level.gov.nist.mep=WARN");
        assertThat(cli.exit()).isEqualTo(1);
        String cause = cli.printed().lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow().strip();
        assertThat(cause).contains("centers.csv").contains("host_type");

        String failed = page("/runs?status=FAILED", ConsoleFixture.VIEWER, "VIEWER");
        assertThat(failed).contains("1 execution match");
        Matcher m = Pattern.compile("<a href=\"/runs/(\\d+)\">").matcher(failed);
        assertThat(m.find()).isTrue();
        String run = page("/runs/" + m.group(1), ConsoleFixture.VIEWER, "VIEWER");
        assertThat(run).contains("Why it failed").contains(org.springframework.web.util.HtmlUtils.htmlEscape(cause))
                .contains("This run published nothing.");
    }

    @Test
    @Order(8)
    void fiveFailedSignInsLockTheUserForAMinute() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            signIn(ConsoleFixture.OPERATOR, "wrong password " + i).andExpect(redirectedUrl("/login?failed"));
        }
        // four failures: the right password still works, and clears the count
        signIn(ConsoleFixture.OPERATOR, ConsoleFixture.OPERATOR_PASSWORD).andExpect(redirectedUrl("/runs"));
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            signIn(ConsoleFixture.OPERATOR, "wrong password " + i).andExpect(redirectedUrl("/login?failed"));
        }
        signIn(ConsoleFixture.OPERATOR, "wrong password 5").andExpect(redirectedUrl("/login?locked"));
        signIn(ConsoleFixture.OPERATOR, ConsoleFixture.OPERATOR_PASSWORD).andExpect(redirectedUrl("/login?locked"));
        // another user is not affected
        signIn(ConsoleFixture.VIEWER, ConsoleFixture.VIEWER_PASSWORD).andExpect(redirectedUrl("/runs"));
        String locked = mvc.perform(get("/login").param("locked", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(locked).contains("locked for a minute");
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .session(new MockHttpSession()));
    }

    private String page(String path, String name, String role) throws Exception {
        return mvc.perform(get(path).with(user(name).roles(role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long newestId(String html) {
        Matcher m = Pattern.compile("<a href=\"/runs/(\\d+)\">").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long newestRun() throws Exception {
        Matcher m = Pattern.compile("<a href=\"/runs/(\\d+)\">").matcher(page("/runs", ConsoleFixture.VIEWER,
                "VIEWER"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The Runs page once {@code count} executions have that status (the console's run is in the background). */
    private String awaitRuns(String status, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            String runs = page("/runs?status=" + status, ConsoleFixture.VIEWER, "VIEWER");
            if (runs.contains(count + " executions match") || System.nanoTime() > deadline) {
                return runs;
            }
            Thread.sleep(200);
        }
    }
}
