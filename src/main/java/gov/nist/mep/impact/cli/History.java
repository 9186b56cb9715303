package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** The {@code history} command: recent executions from the job repository, newest first. */
final class History {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private History() {
    }

    static void print(JobRepository repository, int limit, PrintStream out) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        out.printf("%-5s %-14s %-10s %-19s %9s %6s %10s %9s  %s%n", "ID", "JOB", "STATUS", "STARTED", "DURATION",
                "FY", "READ", "REJECTED", "OUTPUT");
        for (JobExecution e : executions.subList(0, Math.min(limit, executions.size()))) {
            LocalDateTime start = e.getStartTime();
            LocalDateTime end = e.getEndTime();
            String duration = start == null || end == null ? "-"
                    : String.format("%.1f s", Duration.between(start, end).toMillis() / 1000.0);
            Long year = e.getJobParameters().getLong(JobParameterNames.FISCAL_YEAR);
            out.printf("%-5d %-14s %-10s %-19s %9s %6s %10s %9s  %s%n", e.getId(), e.getJobInstance().getJobName(),
                    e.getStatus(), start == null ? "-" : TIME.format(start), duration, year == null ? "-" : year,
                    count(e, JobParameterNames.COUNT_READ), count(e, JobParameterNames.COUNT_REJECTED),
                    e.getJobParameters().getString(JobParameterNames.OUTPUT));
        }
        if (executions.isEmpty()) {
            out.println("(no executions in this job repository)");
        }
    }

    private static String count(JobExecution e, String key) {
        return e.getExecutionContext().containsKey(key) ? String.format("%,d", e.getExecutionContext().getLong(key))
                : "-";
    }
}
