package gov.nist.mep.impact.console;

import gov.nist.mep.impact.MepImpactApplication;
import gov.nist.mep.impact.jobs.JobParameterNames;
import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Benchmark (not a test; scripts/console-benchmark.sh runs it): the Runs page with N executions (default 10,000) in an
 * H2 file job repository, as the console serves it. Fills the repository through Spring Batch's JobRepository (five
 * jobs, every execution with its parameters, counts and six steps; one in twenty failed), signs in over HTTP, then
 * times pages of the Runs page as a browser asks for them, each 30 times after every page was asked 30 times to warm
 * up (a console that has served a while): the round trip over loopback HTTP, the server time (wall time from the first
 * filter, before Spring Security, to the end of the response) and the request thread's CPU time (which says how much
 * of the server time was waiting for a core on a busy machine); and, for comparison, the same page built through
 * JobRepository alone (every instance's executions loaded, filtered and sorted in memory). Prints the median and the
 * slowest of each. A folder given as second argument keeps the filled repository for the next measurement.
 */
public final class RunsPageBenchmark {

    private static final List<String> JOBS = List.of("validate", "annual-report", "impact-report", "center-report",
            "nightly");
    private static final int REPEAT = 30;
    private static final int WARM_UP = 30;

    private RunsPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int executions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // a folder given as second argument keeps the filled repository for the next measurement
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1]).toAbsolutePath())
                : Files.createTempDirectory("mep-console-benchmark");
        Path marker = dir.resolve("filled-" + executions);
        boolean filled = Files.exists(marker);
        Path users = dir.resolve("users.properties");
        new UsersFile(users).put("bench", "viewer", "benchmark pass phrase".toCharArray());
        Files.createDirectories(dir.resolve("jobs"));
        SpringApplication app = new SpringApplication(MepImpactApplication.class);
        app.setAdditionalProfiles("console");
        app.addInitializers(c -> {
            c.getBeanFactory().registerSingleton("jobsFolder", new JobsFolder(dir.resolve("jobs"), dir,
                    dir.resolve("jobs").toString()));
            c.getBeanFactory().registerSingleton("serverTiming", SERVER);
        });
        try (ConfigurableApplicationContext context = app.run("--spring.datasource.url=jdbc:h2:file:" + dir
                + "/db/mep-impact;AUTO_SERVER=TRUE", "--server.port=0", "--mep.console.users-file=" + users,
                "--logging.file.name=" + dir.resolve("benchmark.log"), "--logging.level.root=WARN")) {
            JobRepository repository = context.getBean(JobRepository.class);
            if (filled) {
                System.out.println("the executions already written in " + dir + " (delete it to write them anew)");
            } else {
                long fill = System.nanoTime();
                fill(repository, executions);
                System.out.printf(Locale.US, "%,d executions written through JobRepository in %.1f s%n", executions,
                        (System.nanoTime() - fill) / 1e9);
                Files.createFile(marker);
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(http, port);
            int pages = (executions + 24) / 25;
            List<String> queries = List.of("", "?page=2", "?page=" + pages / 2, "?page=" + pages, "?status=FAILED",
                    "?job=nightly&status=COMPLETED", "?job=validate&page=" + Math.max(1, pages / 10));
            // a console that has served a while: every page asked WARM_UP times before any is timed
            long warm = System.nanoTime();
            for (int i = 0; i < WARM_UP; i++) {
                for (String query : queries) {
                    get(http, port, query);
                }
            }
            System.out.printf(Locale.US, "%d requests to warm up in %.1f s%n", WARM_UP * queries.size(),
                    (System.nanoTime() - warm) / 1e9);
            for (String query : queries) {
                time("GET /runs" + query, () -> get(http, port, query), REPEAT, true);
            }
            time("the same first page through JobRepository alone", () -> jobRepositoryOnly(repository, null, 1),
                    3, false);
            time("?status=FAILED through JobRepository alone", () -> jobRepositoryOnly(repository, "FAILED", 1), 3,
                    false);
        }
    }

    /**
     * Server time of the last request: wall and CPU time of the request's thread from the first filter (before
     * Spring Security) to the end of the response, so the page's queries and rendering, without the loopback trip.
     */
    static final class ServerTiming extends FilterRegistrationBean<Filter> {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        volatile double wallMs;
        volatile double cpuMs;

        ServerTiming() {
            setFilter((request, response, chain) -> {
                long wall = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                try {
                    chain.doFilter(request, response);
                    response.flushBuffer();
                } finally {
                    cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                    wallMs = (System.nanoTime() - wall) / 1e6;
                }
            });
            addUrlPatterns("/runs");
            setOrder(Ordered.HIGHEST_PRECEDENCE);
        }
    }

    static final ServerTiming SERVER = new ServerTiming();

    private interface Timed {
        void run() throws Exception;
    }

    private static void get(HttpClient http, int port, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/runs"
                + query)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("executions match")) {
            throw new IllegalStateException("GET /runs" + query + ": " + r.statusCode());
        }
    }

    private static void time(String what, Timed body, int repeat, boolean server) throws Exception {
        body.run();
        double[] ms = new double[repeat];
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            wall[i] = SERVER.wallMs;
            cpu[i] = SERVER.cpuMs;
        }
        System.out.printf(Locale.US, "%-50s %s%s%n", what, figures(server ? "round trip" : "", ms),
                server ? "; server " + figures("", wall) + "; server CPU " + figures("", cpu) : "");
    }

    private static String figures(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.US, "%smedian %6.1f ms, slowest %6.1f ms", what.isEmpty() ? "" : what + " ",
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    /** Executions of five jobs, newest last; every one with parameters, counts and six steps; one in twenty failed. */
    static void fill(JobRepository repository, int executions) {
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 2, 30);
        for (int i = 0; i < executions; i++) {
            String job = JOBS.get(i % JOBS.size());
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.INPUT, "/srv/mep/extract")
                    .addString(JobParameterNames.OUTPUT, "/srv/mep/out/" + job)
                    .addString(JobParameterNames.FINGERPRINT, Integer.toHexString(i * 7919))
                    .addLong(JobParameterNames.FISCAL_YEAR, 2014L)
                    .addLong(JobParameterNames.SEQUENCE, (long) i).toJobParameters();
            JobInstance instance = repository.createJobInstance(job, parameters);
            JobExecution e = repository.createJobExecution(instance, parameters, new ExecutionContext());
            LocalDateTime t = start.plusMinutes(30L * i);
            e.setStartTime(t);
            boolean failed = i % 20 == 7;
            for (String step : List.of("discover-extract", "ingest-files", "resolve-extract", "aggregate-metrics",
                    "render-reports", "publish-outputs")) {
                StepExecution s = repository.createStepExecution(step, e);
                s.setStartTime(t);
                s.setEndTime(t.plusSeconds(5));
                s.setStatus(BatchStatus.COMPLETED);
                s.setExitStatus(ExitStatus.COMPLETED);
                s.setReadCount(step.equals("ingest-files") ? 395 : 0);
                repository.update(s);
            }
            e.setStatus(failed ? BatchStatus.FAILED : BatchStatus.COMPLETED);
            e.setExitStatus(failed ? ExitStatus.FAILED.addExitDescription("java.lang.IllegalStateException: boom")
                    : ExitStatus.COMPLETED);
            e.setEndTime(t.plusSeconds(30));
            if (!failed) {
                e.getExecutionContext().putLong(JobParameterNames.COUNT_READ, 395);
                e.getExecutionContext().putLong(JobParameterNames.COUNT_ACCEPTED, 309);
                e.getExecutionContext().putLong(JobParameterNames.COUNT_SUPERSEDED, 13);
                e.getExecutionContext().putLong(JobParameterNames.COUNT_REJECTED, 73);
                repository.updateExecutionContext(e);
            }
            repository.update(e);
        }
    }

    /** One page of the Runs page as JobRepository alone can build it: load every execution, filter, sort. */
    static List<JobExecution> jobRepositoryOnly(JobRepository repository, String status, int page) {
        List<JobExecution> all = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.findJobInstances(job)) {
                for (JobExecution e : repository.getJobExecutions(instance)) {
                    if (status == null || e.getStatus().name().equals(status)) {
                        all.add(e);
                    }
                }
            }
        }
        all.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return all.subList(Math.min(all.size(), (page - 1) * 25), Math.min(all.size(), page * 25));
    }

    private static void signIn(HttpClient http, int port) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=bench&password=" + URLEncoder.encode("benchmark pass phrase", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("failed")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode());
        }
    }
}
