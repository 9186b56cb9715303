package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real browser (Debian's chromium, headless, through chromedriver), as an analyst uses it: sign in,
 * run validate on the worked example from the Schedule page, wait for it, open the run, download rejects.csv and
 * compare its bytes, run the center report, change one file of the extract, run validate and the center report again,
 * find the changed figure on the Changes page and the center's rejected share of both center reports on the Centers
 * page, sign out. Every page is checked with axe-core (no violation of any rule
 * it runs by default, WCAG 2.1 A and AA included) and saved as a screenshot in target/console-screenshots/.
 * Skipped, saying why, when no browser is installed; .ci/run installs one and sets MEP_TEST_REQUIRE_BROWSER, so that
 * CI fails rather than skips it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.gov.nist.mep=WARN"})
@ActiveProfiles("console")
class ConsoleBrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MEP_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("MEP_TEST_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    /** Under target/ rather than a JUnit temporary folder: the application and the browser outlive the class. */
    static final Path dir = ConsoleFixture.testFolder("browser-");
    static ConsoleFixture fixture;
    static Path downloads;
    static WebDriver browser;
    static ChromeDriverService service;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        fixture = new ConsoleFixture(dir);
        Files.writeString(fixture.jobs.resolve("centers.properties"), "job=center-report\ninput="
                + fixture.extract.toString().replace('\\', '/') + "\noutput=" + fixture.root.resolve("out")
                .resolve("centers").toString().replace('\\', '/') + "\nfiscal-year=2014\n"
                + "description=Center oversight of FY2014\n", StandardCharsets.UTF_8);
        registry.add("spring.datasource.url", fixture::databaseUrl);
        registry.add("mep.console.users-file", fixture.users::toString);
    }

    @TestConfiguration
    static class Jobs {
        @Bean
        JobsFolder jobsFolder() {
            return fixture.jobsFolder();
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean found = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "no browser for the console's browser test: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing."
                + " Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run"
                + " does), or point MEP_TEST_CHROMIUM and MEP_TEST_CHROMEDRIVER at them";
        if (System.getenv("MEP_TEST_REQUIRE_BROWSER") != null) {
            // CI installs the browser: there a missing one is a failure, never a skip
            assertThat(found).as(why).isTrue();
        }
        Assumptions.assumeTrue(found, why);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.createDirectories(SCREENSHOTS);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags this machine's Chromium needs: headless, no sandbox as root, and no calls to the network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1100",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void anAnalystRunsValidateFindsTheRejectsAndTheChangedFigureThenSignsOut() throws Exception {
        browser.get(url("/runs"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        check("01-sign-in");

        signIn(ConsoleFixture.OPERATOR, ConsoleFixture.OPERATOR_PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Runs");
        Cookie session = browser.manage().getCookieNamed("MEP_CONSOLE_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        check("02-runs-empty");

        long first = runNow("check");
        check("03-schedule-after-run");
        openRun(first);
        check("04-run");
        assertThat(text()).contains("COMPLETED").contains("Records read 395").contains("rejected 73");

        // download rejects.csv as a user would: its bytes are the published file's, its rows the fixture's rejects
        browser.findElement(By.linkText("rejects.csv")).click();
        Path downloaded = awaitDownload("rejects.csv");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(fixture.output.resolve("rejects.csv")));
        List<String> expected = Files.readAllLines(Fixtures.CONTRACT_EXAMPLE.resolve("expected-rejects.txt")).stream()
                .filter(l -> !l.isBlank()).sorted().toList();
        List<String> got = Files.readAllLines(downloaded).stream().skip(1).map(l -> l.split(",")[0] + ","
                + l.split(",")[1]).sorted().toList();
        assertThat(got).isEqualTo(expected);

        // the center report on the extract as it is, for the Centers page's earlier run
        long centersBefore = runNow("centers");

        // one more (bad) row in center-financials.csv: read 18 -> 19, rejected 3 -> 4 for that file
        Files.writeString(fixture.extract.resolve("center-financials.csv"), "2014,KS01,-7,,,,\r\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long second = runNow("check");
        openRun(second);
        browser.findElement(By.linkText("Figures this run changed")).click();
        await(ExpectedConditions.urlContains("/changes"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Figures changed by run " + second);
        String changes = text();
        assertThat(changes).contains("data-quality.json files[center-financials.csv].rejected 3 4 +1 +33.33%")
                .contains("data-quality.json files[center-financials.csv].read 18 19 +1 +5.56%");
        check("05-changes");

        long centers = runNow("centers");
        openRun(centers);
        check("06-run-center-report");
        browser.findElement(By.linkText("Centers")).click();
        await(ExpectedConditions.urlContains("/centers"));
        Select.choose(browser, "folder", fixture.root.resolve("out").resolve("centers").toString());
        browser.findElement(By.cssSelector("form.filters button")).click();
        await(ExpectedConditions.urlContains("folder="));
        String page = text();
        assertThat(page).contains("Data quality by center").contains("KS01").contains("feedback workbook");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg[role=img] rect"))).isNotEmpty();
        // across the runs of the folder: the current outputs and the earlier run's version, newest first, for each
        // of the three figures; KS01's rejected share rose with the rejected row (the earlier run's on the chart)
        List<String> runs = browser.findElements(By.cssSelector("table.across thead tr:nth-child(2) th a")).stream()
                .map(WebElement::getText).toList();
        assertThat(runs).containsExactly("run " + centers, "run " + centersBefore, "run " + centers,
                "run " + centersBefore, "run " + centers, "run " + centersBefore);
        List<WebElement> ks01 = browser.findElements(By.xpath("//table[contains(@class,'across')]//tr[th[normalize-space()"
                + "='KS01']]/td"));
        double rejectedNow = Double.parseDouble(ks01.get(1).getText().replaceAll("[^0-9.]", ""));
        double rejectedBefore = Double.parseDouble(ks01.get(2).getText().replaceAll("[^0-9.]", ""));
        assertThat(rejectedNow).isGreaterThan(rejectedBefore);
        assertThat(browser.findElements(By.cssSelector("figure.chart svg circle.earlier"))).isNotEmpty();
        check("07-centers");
        browser.findElements(By.partialLinkText("feedback workbook")).get(0).click();
        Path workbook = awaitDownload(".xlsx");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(Files.readAllBytes(fixture.root.resolve("out")
                .resolve("centers").resolve("center-feedback").resolve(workbook.getFileName().toString())));

        browser.get(url("/schedule"));
        check("08-schedule");
        browser.get(url("/runs/" + first + "/download?file=..%2F..%2Fextract%2Fcenters.csv"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(text()).contains("Signed in as " + ConsoleFixture.OPERATOR);
        check("09-not-found");
        browser.get(url("/runs"));
        check("10-runs");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        await(ExpectedConditions.urlContains("signedOut"));
        assertThat(text()).contains("You are signed out.");
        check("11-signed-out");
        browser.get(url("/runs"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private void signIn(String name, String password) {
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        await(ExpectedConditions.urlContains("/runs"));
    }

    /** Waits (up to a minute: the machine may be busy) for the page a click led to. */
    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }

    /** Presses "Run NAME now" on the Schedule page and waits until that run, the newest, completes; its id. */
    private long runNow(String name) throws InterruptedException {
        browser.get(url("/schedule"));
        browser.findElement(By.xpath("//button[normalize-space()='Run " + name + " now']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.message")));
        assertThat(text()).contains(name + " started");
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            browser.get(url("/schedule"));
            List<WebElement> row = browser.findElements(By.xpath("//tr[th/span[normalize-space()='" + name
                    + "']]"));
            String cells = row.isEmpty() ? "" : row.get(0).getText();
            if (!cells.contains("running now") && cells.contains("COMPLETED")
                    && !row.get(0).findElements(By.partialLinkText("run ")).isEmpty()) {
                String link = row.get(0).findElement(By.partialLinkText("run ")).getText();
                long id = Long.parseLong(link.replace("run ", "").strip());
                if (id > lastSeen) {
                    lastSeen = id;
                    return id;
                }
            }
            assertThat(cells).doesNotContain("FAILED");
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not complete within " + RUN_TIMEOUT + ": " + text());
    }

    private long lastSeen;

    private void openRun(long id) {
        browser.get(url("/runs"));
        browser.findElement(By.linkText(String.valueOf(id))).click();
        await(ExpectedConditions.urlToBe(url("/runs/" + id)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("run " + id);
    }

    /** The page's text, once the page has settled (a navigation may replace the body while it is read). */
    private String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
            } catch (StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    private Path awaitDownload(String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    Path file = done.get(0);
                    Path moved = Files.createDirectories(dir.resolve("downloaded-" + System.nanoTime()))
                            .resolve(file.getFileName());
                    Thread.sleep(200);
                    return Files.move(file, moved);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " was downloaded into " + downloads);
    }

    /** Saves a screenshot of the page and checks it with axe-core: no violation. */
    private void check(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // the whole page in one picture: the window as tall as the page (at most 5,000 pixels)
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(5000, Math.max(700, height + 140))));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        browser.manage().window().setSize(new Dimension(1280, 1100));
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document).then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' '); }).join(' | '); }))); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        assertThat(String.valueOf(result)).as("axe-core on " + name + " (" + browser.getCurrentUrl() + ")")
                .isEqualTo("[]");
    }

    private static String axe;

    private static String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = ConsoleBrowserTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }

    /** Chooses an option of a select by its visible text. */
    static final class Select {
        private Select() {
        }

        static void choose(WebDriver browser, String id, String text) {
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByVisibleText(text);
        }
    }

}
