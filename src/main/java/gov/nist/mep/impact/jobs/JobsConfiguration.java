package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.ingest.IngestConfiguration.IngestSteps;
import gov.nist.mep.impact.ingest.RejectsCsv;
import gov.nist.mep.impact.ingest.StagingStore;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.metrics.MetricsJson;
import gov.nist.mep.impact.support.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs users run: {@code validate} (ingest, then publish the rejects and the data-quality summary) and the report
 * jobs (ingest, compute the metrics model, then publish). Every output is first written to a work folder of the run and
 * moved into the output folder by the last step, so a failed run publishes nothing.
 */
@Configuration
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);
    static final String WORK_FOLDER_PREFIX = ".work-";

    @Bean
    Job validateJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging) {
        return withIngest("validate", repository, ingest)
                .next(tasklet("publish-validation", repository, transactions, context -> {
                    long runId = runId(context);
                    OutputFolder out = new OutputFolder(outputOf(context));
                    out.publish(RejectsCsv.FILE_NAME, o -> RejectsCsv.write(staging.rejects(runId), o));
                    out.publish("data-quality.json", o -> MetricsJson.writeDataQuality(staging.fileCounts(runId),
                            staging.rejectsByRule(runId), o));
                    recordCounts(context, staging.fileCounts(runId));
                }))
                .build();
    }

    @Bean
    Job annualReportJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsCalculator metrics) {
        return reportJob("annual-report", repository, ingest, transactions, staging, metrics);
    }

    @Bean
    Job impactReportJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsCalculator metrics) {
        return reportJob("impact-report", repository, ingest, transactions, staging, metrics);
    }

    private Job reportJob(String name, JobRepository repository, IngestSteps ingest,
            PlatformTransactionManager transactions, StagingStore staging, MetricsCalculator metrics) {
        return withIngest(name, repository, ingest)
                .next(tasklet("aggregate-metrics", repository, transactions, context -> {
                    long runId = runId(context);
                    int year = fiscalYearOf(context);
                    log.info("  computing the metrics of FY{}", year);
                    ImpactMetrics m = metrics.compute(runId, year);
                    OutputFolder work = new OutputFolder(workFolder(context));
                    work.publish(metricsFileName(year), o -> MetricsJson.write(m, o));
                    log.info("  metrics of FY{}: {} clients served, {} projects completed, {} surveys completed",
                            year, m.national().figures().clientsServed(), m.national().figures().projectsCompleted(),
                            m.national().figures().surveysCompleted());
                }))
                .next(tasklet("publish-outputs", repository, transactions, context -> {
                    long runId = runId(context);
                    OutputFolder out = new OutputFolder(outputOf(context));
                    out.publish(RejectsCsv.FILE_NAME, o -> RejectsCsv.write(staging.rejects(runId), o));
                    publishWorkFolder(workFolder(context), out);
                    recordCounts(context, staging.fileCounts(runId));
                }))
                .build();
    }

    /** Keeps the run's record counts with the execution, for {@code history}. */
    private static void recordCounts(ChunkContext context, List<FileCounts> files) {
        ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putLong(JobParameterNames.COUNT_READ, files.stream().mapToLong(FileCounts::read).sum());
        job.putLong(JobParameterNames.COUNT_REJECTED, files.stream().mapToLong(FileCounts::rejected).sum());
    }

    static String metricsFileName(int year) {
        return "metrics-FY" + year + ".json";
    }

    private static SimpleJobBuilder withIngest(String name, JobRepository repository, IngestSteps ingest) {
        List<Step> steps = ingest.steps();
        SimpleJobBuilder job = new JobBuilder(name, repository).start(steps.get(0));
        for (Step step : steps.subList(1, steps.size())) {
            job = job.next(step);
        }
        return job;
    }

    /** A step body that needs only the chunk context. */
    @FunctionalInterface
    interface StepBody {
        void run(ChunkContext context) throws Exception;
    }

    private static Step tasklet(String name, JobRepository repository, PlatformTransactionManager transactions,
            StepBody body) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, context) -> {
                    body.run(context);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }

    private static void publishWorkFolder(Path work, OutputFolder out) throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(work)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = work.relativize(file).toString().replace('\\', '/');
            out.publish(relative, o -> Files.copy(file, o));
        }
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static long runId(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
    }

    private static Map<String, Object> parameters(ChunkContext context) {
        return context.getStepContext().getJobParameters();
    }

    static Path outputOf(ChunkContext context) {
        return Path.of((String) parameters(context).get(JobParameterNames.OUTPUT));
    }

    static Path workFolder(ChunkContext context) {
        return outputOf(context).resolve(WORK_FOLDER_PREFIX + runId(context));
    }

    static int fiscalYearOf(ChunkContext context) {
        Object year = parameters(context).get(JobParameterNames.FISCAL_YEAR);
        if (year == null) {
            throw new IllegalArgumentException("this job needs a fiscal year (--fiscal-year N)");
        }
        return ((Number) year).intValue();
    }
}
