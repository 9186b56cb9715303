package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.ingest.IngestConfiguration.IngestSteps;
import gov.nist.mep.impact.ingest.RejectsCsv;
import gov.nist.mep.impact.ingest.StagingStore;
import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsJson;
import gov.nist.mep.impact.metrics.StateTrends;
import gov.nist.mep.impact.support.OutputFolder;
import gov.nist.mep.impact.support.Publisher;
import gov.nist.mep.impact.support.SoftwareVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
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
 * The jobs users run: {@code validate} (ingest, then publish the rejects and the data-quality summary), the report
 * jobs (ingest, compute the metrics model of the fiscal year, publish) and {@code nightly} (ingest once, then every
 * fiscal year asked for). Every output is first written to a work folder of the run; the last step publishes it
 * (only changed files, previous versions kept under history/, a manifest), so a failed run publishes nothing.
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
                    OutputFolder work = new OutputFolder(workFolder(context));
                    Path extract = Path.of((String) context.getStepContext().getJobParameters()
                            .get(JobParameterNames.INPUT));
                    work.publish("data-quality.json", o -> MetricsJson.writeDataQuality(staging.fileCounts(runId),
                            staging.rejectsByRule(runId), ExtractLayout.scan(extract).ignored(), o));
                    publish(context, staging);
                }))
                .end()
                .build();
    }

    @Bean
    Job annualReportJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsModels models, ReportRenderers renderers) {
        return reportJob("annual-report", repository, ingest, transactions, staging, models, renderers);
    }

    @Bean
    Job impactReportJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsModels models, ReportRenderers renderers) {
        return reportJob("impact-report", repository, ingest, transactions, staging, models, renderers);
    }

    @Bean
    Job centerReportJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsModels models, ReportRenderers renderers) {
        return reportJob("center-report", repository, ingest, transactions, staging, models, renderers);
    }

    @Bean
    Job nightlyJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging, MetricsModels models, ReportRenderers renderers) {
        return reportJob("nightly", repository, ingest, transactions, staging, models, renderers);
    }

    /** Ingest, compute and write each year's metrics, render the reports asked for, publish. */
    private Job reportJob(String name, JobRepository repository, IngestSteps ingest,
            PlatformTransactionManager transactions, StagingStore staging, MetricsModels models,
            ReportRenderers renderers) {
        return withIngest(name, repository, ingest)
                .next(tasklet("aggregate-metrics", repository, transactions, context -> {
                    long runId = runId(context);
                    OutputFolder work = new OutputFolder(workFolder(context));
                    List<Integer> years = fiscalYearsOf(context);
                    log.info("  computing the metrics of FY{}", years.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", FY")));
                    Map<Integer, ImpactMetrics> computed = models.of(runId, years);
                    Map<Integer, CenterOversight> oversights = models.oversightsOf(runId, years);
                    for (int year : years) {
                        ImpactMetrics m = computed.get(year);
                        CenterOversight oversight = oversights.get(year);
                        StateTrends trends = models.stateTrendsOf(runId, year);
                        work.publish(metricsFileName(year), o -> MetricsJson.write(m, oversight, trends, o));
                        log.info("  metrics of FY{}: {} clients served, {} projects completed, {} surveys completed",
                                year, m.national().figures().clientsServed(),
                                m.national().figures().projectsCompleted(), m.national().figures().surveysCompleted());
                    }
                }))
                .next(tasklet("render-reports", repository, transactions, context -> {
                    long runId = runId(context);
                    OutputFolder work = new OutputFolder(workFolder(context));
                    for (String report : reportsOf(context)) {
                        for (int year : fiscalYearsOf(context)) {
                            log.info("  rendering the {} of FY{}", report, year);
                            renderers.render(report, models.of(runId, year),
                                    models.oversightOf(runId, year),
                                    models.stateTrendsOf(runId, year), work);
                        }
                    }
                }))
                .next(tasklet("publish-outputs", repository, transactions, context -> publish(context, staging)))
                .end()
                .build();
    }

    /** The reports a run renders: the {@code reports} parameter, or the job's own report. */
    static List<String> reportsOf(ChunkContext context) {
        return ReportRenderers.reportsOf(context.getStepContext().getJobName(),
                (String) parameters(context).get(JobParameterNames.REPORTS));
    }

    /** Adds the rejects to the work folder, then publishes it (changed files only) with the manifest. */
    private static void publish(ChunkContext context, StagingStore staging) throws IOException {
        long runId = runId(context);
        new OutputFolder(workFolder(context)).publish(RejectsCsv.FILE_NAME,
                o -> RejectsCsv.write(staging.rejects(runId), o));
        Map<String, Object> parameters = context.getStepContext().getJobParameters();
        Map<String, String> manifestParameters = new LinkedHashMap<>();
        manifestParameters.put("job", context.getStepContext().getJobName());
        for (String name : List.of(JobParameterNames.INPUT, JobParameterNames.OUTPUT, JobParameterNames.FISCAL_YEAR,
                JobParameterNames.FISCAL_YEARS, JobParameterNames.REPORTS, JobParameterNames.FINGERPRINT)) {
            if (parameters.get(name) != null) {
                manifestParameters.put(name, String.valueOf(parameters.get(name)));
            }
        }
        deleteStaleWorkFolders(outputOf(context), workFolder(context));
        Publisher.Result result = Publisher.publish(workFolder(context), outputOf(context),
                inputs(Path.of((String) parameters.get(JobParameterNames.INPUT))), manifestParameters,
                SoftwareVersion.current(), Instant.now());
        log.info("  published {} changed output(s){}; {} unchanged", result.changed().size(),
                result.history() == null ? "" : ", previous versions kept in " + result.history(),
                result.unchanged().size());
        ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putString(JobParameterNames.PUBLISHED, String.join(",", result.changed()));
        List<FileCounts> files = staging.fileCounts(runId);
        job.putLong(JobParameterNames.COUNT_FILES, files.size());
        job.putLong(JobParameterNames.COUNT_READ, files.stream().mapToLong(FileCounts::read).sum());
        job.putLong(JobParameterNames.COUNT_ACCEPTED, files.stream().mapToLong(FileCounts::accepted).sum());
        job.putLong(JobParameterNames.COUNT_SUPERSEDED, files.stream().mapToLong(FileCounts::superseded).sum());
        job.putLong(JobParameterNames.COUNT_REJECTED, files.stream().mapToLong(FileCounts::rejected).sum());
    }

    /**
     * Work folders of other runs on this output folder are leftovers of runs that will never publish (a changed
     * extract starts a new run): the output folder's lock guarantees no other run is writing.
     */
    private static void deleteStaleWorkFolders(Path output, Path current) throws IOException {
        try (var folders = Files.list(output)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith(WORK_FOLDER_PREFIX)
                    && !p.equals(current)).toList()) {
                try (var tree = Files.walk(folder)) {
                    for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static List<Publisher.Input> inputs(Path extract) throws IOException {
        // every core hashes files; the list keeps file order
        return ExtractLayout.scan(extract).files().parallelStream().map(f -> {
            try {
                return new Publisher.Input(f.relativePath(), Files.size(f.path()), ExtractFingerprint.ofFile(f.path()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    static String metricsFileName(int year) {
        return "metrics-FY" + year + ".json";
    }

    private static JobFlowBuilder withIngest(String name, JobRepository repository, IngestSteps ingest) {
        return new JobBuilder(name, repository).listener(ingest.stagingLifecycle()).start(ingest.flow());
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

    /** The fiscal years a report job covers: {@code fiscalYears} (comma separated) or the single {@code fiscalYear}. */
    static List<Integer> fiscalYearsOf(ChunkContext context) {
        Object years = parameters(context).get(JobParameterNames.FISCAL_YEARS);
        if (years != null) {
            return Arrays.stream(((String) years).split(",")).map(String::strip).map(Integer::valueOf).toList();
        }
        Object year = parameters(context).get(JobParameterNames.FISCAL_YEAR);
        if (year == null) {
            throw new IllegalArgumentException("this job needs the job parameter " + JobParameterNames.FISCAL_YEAR + " or "
                    + JobParameterNames.FISCAL_YEARS);
        }
        return List.of(((Number) year).intValue());
    }
}
