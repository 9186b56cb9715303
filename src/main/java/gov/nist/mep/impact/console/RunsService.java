package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

/** The Runs page: executions of every job, newest first, a page at a time, filtered by job and status. */
@Service
@ConsoleOnly
class RunsService {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
    /** The worker step of the partitioned ingest: its read counts are the records staged so far. */
    static final String PARTITION_STEP_PREFIX = "ingest-partition";
    static final String FILES_STEP = "ingest-files";

    /** One row of the Runs page. */
    record RunRow(long id, String job, String status, boolean running, String start, String duration,
            String fiscalYears, String read, String accepted, String superseded, String rejected, String output,
            String step, String rate) {
    }

    /** One page, with the filter it shows and the choices of the filter. */
    record RunsPage(List<RunRow> rows, int page, int pages, long total, String job, String status, List<String> jobs,
            List<String> statuses) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    private final JobRepository repository;
    private final ExecutionIndex index;
    private final int pageSize;

    RunsService(JobRepository repository, ExecutionIndex index, ConsoleSettings settings) {
        this.repository = repository;
        this.index = index;
        this.pageSize = settings.pageSize();
    }

    RunsPage page(String job, String status, int page) {
        List<String> jobs = repository.getJobNames().stream().sorted().toList();
        List<String> statuses = Arrays.stream(BatchStatus.values()).map(Enum::name).toList();
        String j = jobs.contains(job) ? job : null;
        String s = statuses.contains(status) ? status : null;
        long total = index.count(j, s);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int p = Math.min(Math.max(1, page), pages);
        List<RunRow> rows = rowsOf(index.page(j, s, (p - 1) * pageSize, pageSize));
        return new RunsPage(rows, p, pages, total, j, s, jobs, statuses);
    }

    /** The rows of these executions (for the progress refresh of running ones). */
    List<RunRow> rows(List<Long> ids) {
        return rowsOf(index.of(ids));
    }

    /**
     * Rows as the Runs page shows them; a running execution's step and rate come from its step executions, so only a
     * running one is read whole, through the job repository.
     */
    private List<RunRow> rowsOf(List<ExecutionIndex.Summary> summaries) {
        List<RunRow> rows = new ArrayList<>();
        for (ExecutionIndex.Summary summary : summaries) {
            JobExecution running = summary.status().isRunning() ? RunService.find(repository, summary.id()) : null;
            rows.add(running != null ? row(running) : row(summary, null, null));
        }
        return rows;
    }

    static RunRow row(JobExecution e) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : ExecutionIndex.PARAMETERS) {
            JobParameter<?> p = e.getJobParameters().getParameter(name);
            if (p != null) {
                parameters.put(name, String.valueOf(p.value()));
            }
        }
        ExecutionIndex.Summary summary = new ExecutionIndex.Summary(e.getId(), e.getJobInstance().getJobName(),
                e.getStatus(), e.getStartTime(), e.getEndTime(), parameters, e.getExecutionContext());
        boolean running = e.getStatus().isRunning();
        return row(summary, running ? currentStep(e) : null, running ? recordsPerSecond(e) : null);
    }

    static RunRow row(ExecutionIndex.Summary e, String step, String rate) {
        ExecutionContext counts = e.context();
        return new RunRow(e.id(), e.job(), e.status().name(), e.status().isRunning(), time(e.start()),
                duration(e.start(), e.end()), fiscalYears(e.parameters()),
                count(counts, JobParameterNames.COUNT_READ), count(counts, JobParameterNames.COUNT_ACCEPTED),
                count(counts, JobParameterNames.COUNT_SUPERSEDED), count(counts, JobParameterNames.COUNT_REJECTED),
                e.parameters().get(JobParameterNames.OUTPUT), step, rate);
    }

    static String fiscalYears(Map<String, String> parameters) {
        String years = parameters.get(JobParameterNames.FISCAL_YEARS);
        if (years != null) {
            return years.replace(",", ", ");
        }
        String year = parameters.get(JobParameterNames.FISCAL_YEAR);
        return year == null ? "" : year;
    }

    /** The step running now; of the partitioned ingest, the partitioned step. */
    static String currentStep(JobExecution e) {
        return e.getStepExecutions().stream().filter(s -> s.getStatus().isRunning())
                .filter(s -> !s.getStepName().startsWith(PARTITION_STEP_PREFIX))
                .max(Comparator.comparingLong(StepExecution::getId)).map(StepExecution::getStepName)
                .orElse("starting");
    }

    /** Records staged per second since the staging step started, while it runs; null before and after. */
    static String recordsPerSecond(JobExecution e) {
        StepExecution files = e.getStepExecutions().stream().filter(s -> s.getStepName().equals(FILES_STEP))
                .max(Comparator.comparingLong(StepExecution::getId)).orElse(null);
        if (files == null || files.getStartTime() == null || !files.getStatus().isRunning()) {
            return null;
        }
        long read = e.getStepExecutions().stream().filter(s -> s.getStepName().startsWith(PARTITION_STEP_PREFIX))
                .mapToLong(StepExecution::getReadCount).sum();
        double seconds = Math.max(Duration.between(files.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0,
                0.001);
        return String.format(Locale.US, "%,.0f records/s (%,d staged)", read / seconds, read);
    }

    static String count(ExecutionContext context, String key) {
        return context.containsKey(key) ? String.format(Locale.US, "%,d", context.getLong(key)) : "";
    }

    static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        long seconds = d.toSeconds();
        String text = seconds < 60 ? String.format(Locale.US, "%.1f s", d.toMillis() / 1000.0)
                : seconds < 3600 ? String.format(Locale.US, "%d min %02d s", seconds / 60, seconds % 60)
                : String.format(Locale.US, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        return end == null ? text + " so far" : text;
    }
}
