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
import gov.nist.mep.impact.support.Sha256;
import gov.nist.mep.impact.support.SoftwareVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs users run: {@code validate} (ingest, then publish the rejects and the data-quality summary), the report
 * jobs (ingest, compute the metrics model of the fiscal year, publish) and {@code nightly} (ingest once, then every
 * fiscal year asked for). Every output is first written to the run's own work folder (created when the run starts,
 * under a random name, and named in the job execution context so a restart finds it); each step records what it wrote
 * there (size, SHA-256); the last step publishes exactly those files, all at once ({@link Publisher}), so a failed run
 * publishes nothing and a run never publishes what it did not write. A restart runs again each step whose files the
 * work folder no longer holds whole.
 */
@Configuration
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);
    /** A fiscal year in an output's name: {@code metrics-FY2014.json}, {@code center-reports/KS01-FY2014.pdf}. */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("-FY(\\d{4})(?=[./]|$)");

    private final Environment environment;
    private final int historyKeep;

    JobsConfiguration(Environment environment,
            @Value("${mep.publish.history-keep:" + Publisher.DEFAULT_HISTORY_KEEP + "}") int historyKeep) {
        this.environment = environment;
        this.historyKeep = historyKeep;
    }

    @Bean
    Job validateJob(JobRepository repository, IngestSteps ingest, PlatformTransactionManager transactions,
            StagingStore staging) {
        return withIngest("validate", repository, ingest)
                .next(tasklet("publish-validation", repository, transactions, false, context -> {
                    long runId = runId(context);
                    OutputFolder work = new OutputFolder(workFolder(context));
                    Path extract = Path.of((String) context.getStepContext().getJobParameters()
                            .get(JobParameterNames.INPUT));
                    OutputFolder.Written quality = work.publish("data-quality.json", o -> MetricsJson
                            .writeDataQuality(staging.fileCounts(runId), staging.rejectsByRule(runId),
                                    ExtractLayout.scan(extract).ignored(), o));
                    publish(context, staging, List.of(quality));
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

    /**
     * Ingest, compute and write each year's metrics, render the reports asked for, publish. The two steps that write
     * into the work folder run again on a restart unless the work folder still holds whole what they recorded (another
     * run's publish, or a user, may have removed it meanwhile).
     */
    private Job reportJob(String name, JobRepository repository, IngestSteps ingest,
            PlatformTransactionManager transactions, StagingStore staging, MetricsModels models,
            ReportRenderers renderers) {
        return withIngest(name, repository, ingest, warmUpRenderer(renderers))
                .next(tasklet("aggregate-metrics", repository, transactions, true, context -> {
                    if (holdsWhatItWrote(context)) {
                        return;
                    }
                    OutputFolder work = new OutputFolder(workFolder(context));
                    List<Integer> years = fiscalYearsOf(context);
                    log.info("  computing the metrics of FY{}", years.stream().map(String::valueOf)
                            .collect(Collectors.joining(", FY")));
                    // the oversight first: it computes the metrics while it reads its own staging (see MetricsModels)
                    Map<Integer, CenterOversight> oversights = models.oversightsOf(years);
                    Map<Integer, ImpactMetrics> computed = models.of(years);
                    List<OutputFolder.Written> written = new ArrayList<>();
                    for (int year : years) {
                        ImpactMetrics m = computed.get(year);
                        CenterOversight oversight = oversights.get(year);
                        StateTrends trends = models.stateTrendsOf(year);
                        written.add(work.publish(metricsFileName(year), o -> MetricsJson.write(m, oversight, trends,
                                o)));
                        log.info("  metrics of FY{}: {} clients served, {} projects completed, {} surveys completed",
                                year, m.national().figures().clientsServed(),
                                m.national().figures().projectsCompleted(), m.national().figures().surveysCompleted());
                    }
                    record(context, written);
                }))
                .next(tasklet("render-reports", repository, transactions, true, context -> {
                    if (holdsWhatItWrote(context)) {
                        return;
                    }
                    OutputFolder work = new OutputFolder(workFolder(context));
                    List<OutputFolder.Written> written = new ArrayList<>();
                    if (!reportsOf(context).isEmpty()) {
                        renderers.announceTemplates();
                    }
                    for (String report : reportsOf(context)) {
                        for (int year : fiscalYearsOf(context)) {
                            log.info("  rendering the {} of FY{}", report, year);
                            written.addAll(renderers.render(report, models.of(year), models.oversightOf(year),
                                    models.stateTrendsOf(year), work));
                        }
                    }
                    record(context, written);
                }))
                .next(tasklet("publish-outputs", repository, transactions, false,
                        context -> publish(context, staging, List.of())))
                .end()
                .build();
    }

    /** The reports a run renders: the {@code reports} parameter, or the job's own report. */
    static List<String> reportsOf(ChunkContext context) {
        return ReportRenderers.reportsOf(context.getStepContext().getJobName(),
                (String) parameters(context).get(JobParameterNames.REPORTS));
    }

    /**
     * Adds the rejects to the work folder, then publishes what the run recorded there (with {@code written}, the files
     * of this step), all at once with the manifest.
     */
    private void publish(ChunkContext context, StagingStore staging, List<OutputFolder.Written> written)
            throws IOException {
        long runId = runId(context);
        List<OutputFolder.Written> outputs = new ArrayList<>(recorded(context));
        outputs.addAll(written);
        outputs.add(new OutputFolder(workFolder(context)).publish(RejectsCsv.FILE_NAME,
                o -> RejectsCsv.write(staging.rejects(runId), o)));
        Map<String, Object> parameters = context.getStepContext().getJobParameters();
        String job = context.getStepContext().getJobName();
        Map<String, String> manifestParameters = new LinkedHashMap<>();
        manifestParameters.put("job", job);
        for (String name : List.of(JobParameterNames.INPUT, JobParameterNames.OUTPUT, JobParameterNames.FISCAL_YEAR,
                JobParameterNames.FISCAL_YEARS, JobParameterNames.REPORTS, JobParameterNames.FINGERPRINT,
                JobParameterNames.SETTINGS)) {
            if (parameters.get(name) != null) {
                manifestParameters.put(name, String.valueOf(parameters.get(name)));
            }
        }
        RunSettings settings = RunSettings.of(environment, RunSettings.rendersReports(job,
                (String) parameters.get(JobParameterNames.REPORTS)));
        Path output = outputOf(context);
        log.info("  publishing {} output(s) into {}", outputs.size(), output);
        Publisher.Result result = Publisher.publish(output, workFolder(context), new Publisher.Request(outputs,
                replacedBy(job, job.equals("validate") ? List.of() : fiscalYearsOf(context)),
                inputs((String) parameters.get(JobParameterNames.FINGERPRINT),
                        Path.of((String) parameters.get(JobParameterNames.INPUT))), manifestParameters,
                settings.values(), SoftwareVersion.current()), historyKeep, Instant.now());
        log.info("  published {} changed output(s){}; {} unchanged{}", result.changed().size(),
                result.history() == null ? "" : ", previous versions kept in " + result.history(),
                result.unchanged().size(), result.removed().isEmpty() ? ""
                        : "; " + result.removed().size() + " no longer produced, taken out of the folder");
        ExecutionContext jobContext = jobContext(context);
        jobContext.putString(JobParameterNames.PUBLISHED, String.join(",", result.changed()));
        jobContext.putString(JobParameterNames.REMOVED, String.join(",", result.removed()));
        jobContext.putString(JobParameterNames.RESTORED, String.join(",", result.restored()));
        if (result.history() != null) {
            // relative to the output folder, as the web console's Changes page reads it
            jobContext.putString(JobParameterNames.HISTORY, output.toAbsolutePath().normalize()
                    .relativize(result.history().toAbsolutePath().normalize()).toString().replace('\\', '/'));
        } else {
            jobContext.remove(JobParameterNames.HISTORY);
        }
        List<FileCounts> files = staging.fileCounts(runId);
        jobContext.putLong(JobParameterNames.COUNT_FILES, files.size());
        jobContext.putLong(JobParameterNames.COUNT_READ, files.stream().mapToLong(FileCounts::read).sum());
        jobContext.putLong(JobParameterNames.COUNT_ACCEPTED, files.stream().mapToLong(FileCounts::accepted).sum());
        jobContext.putLong(JobParameterNames.COUNT_SUPERSEDED, files.stream().mapToLong(FileCounts::superseded).sum());
        jobContext.putLong(JobParameterNames.COUNT_REJECTED, files.stream().mapToLong(FileCounts::rejected).sum());
    }

    /**
     * Which outputs of the published set a run answers for (those it no longer produces leave the set): a report job
     * the outputs of its fiscal year, {@code nightly} the outputs of every fiscal year (it publishes every year it
     * computes). Outputs without a year (rejects.csv, data-quality.json) are replaced when produced and otherwise
     * left, like another year's report.
     */
    static Predicate<String> replacedBy(String job, List<Integer> years) {
        return file -> {
            Matcher m = YEAR_IN_NAME.matcher(file);
            if (!m.find()) {
                return false;
            }
            return job.equals("nightly") || years.contains(Integer.valueOf(m.group(1)));
        };
    }

    /** The extract's files with size and SHA-256, as hashed for the fingerprint when this process did it. */
    private static List<Publisher.Input> inputs(String fingerprint, Path extract) {
        ExtractFingerprint.Hashed hashed = ExtractFingerprint.remembered(fingerprint)
                .orElseGet(() -> ExtractFingerprint.hash(ExtractLayout.scan(extract)));
        return hashed.files().stream().map(f -> new Publisher.Input(f.file(), f.size(), f.sha256())).toList();
    }

    /**
     * The run's work folder: created when it starts (under a random name no other run, job repository or user can
     * have), named in the job execution context (saved at once), and found there again by a restart; when it is gone,
     * it is made again empty, and the steps that wrote into it run again. A listener of each job, not a bean: the
     * ahead-of-time processed context (pom.xml, process-aot) cannot replay a bean method called with arguments.
     */
    private static JobExecutionListener workFolders(JobRepository repository) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                ExecutionContext context = execution.getExecutionContext();
                Path output = Path.of(execution.getJobParameters().getString(JobParameterNames.OUTPUT));
                if (context.containsKey(JobParameterNames.WORK_FOLDER)) {
                    Path work = Publisher.workFolder(output, context.getString(JobParameterNames.WORK_FOLDER));
                    if (!Files.isDirectory(work)) {
                        log.info("  the work folder of the interrupted run is gone: its outputs are written again");
                        try {
                            Files.createDirectories(work);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException("cannot create " + work, e);
                        }
                    }
                    return;
                }
                context.putString(JobParameterNames.WORK_FOLDER, Publisher.newWorkFolder(output).getFileName()
                        .toString());
                repository.updateExecutionContext(execution);
            }
        };
    }

    /** Records in the job execution context the files this step wrote into the work folder. */
    private static void record(ChunkContext context, List<OutputFolder.Written> written) {
        jobContext(context).putString(JobParameterNames.WORK_OUTPUTS + context.getStepContext().getStepName(),
                written.stream().map(OutputFolder.Written::line).collect(Collectors.joining("\n")));
    }

    /** Every file the run's steps recorded, in step order. */
    private static List<OutputFolder.Written> recorded(ChunkContext context) {
        List<OutputFolder.Written> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : jobContext(context).entrySet()) {
            if (e.getKey().startsWith(JobParameterNames.WORK_OUTPUTS)) {
                all.addAll(lines((String) e.getValue()));
            }
        }
        return all;
    }

    private static List<OutputFolder.Written> lines(String recorded) {
        return recorded.isEmpty() ? List.of() : recorded.lines().map(OutputFolder.Written::parse).toList();
    }

    /**
     * True (having said so) when this step ran before for this run and the work folder still holds every file it
     * recorded, with its size and SHA-256: a restart need not write them again.
     */
    private static boolean holdsWhatItWrote(ChunkContext context) throws IOException {
        String key = JobParameterNames.WORK_OUTPUTS + context.getStepContext().getStepName();
        ExecutionContext job = jobContext(context);
        if (!job.containsKey(key)) {
            return false;
        }
        Path work = workFolder(context);
        List<OutputFolder.Written> written = lines(job.getString(key));
        for (OutputFolder.Written w : written) {
            Path file = work.resolve(w.file());
            if (!Files.isRegularFile(file) || Files.size(file) != w.size() || !Sha256.ofFile(file).equals(w.sha256())) {
                log.info("  {}: the work folder no longer holds {} as written; writing it again",
                        context.getStepContext().getStepName(), w.file());
                job.remove(key);
                return false;
            }
        }
        log.info("  {}: its {} file(s) are still whole in the work folder", context.getStepContext().getStepName(),
                written.size());
        return true;
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    static String metricsFileName(int year) {
        return "metrics-FY" + year + ".json";
    }

    private JobFlowBuilder withIngest(String name, JobRepository repository, IngestSteps ingest,
            JobExecutionListener... more) {
        JobBuilder job = new JobBuilder(name, repository).listener(ingest.stagingLifecycle())
                .listener(workFolders(repository));
        for (JobExecutionListener listener : more) {
            job = job.listener(listener);
        }
        return job.start(ingest.flow());
    }

    /**
     * When the run renders reports: the renderer's fonts and libraries are made ready on a thread of their own while
     * the extract is read, so that the render step does not start by waiting for them.
     */
    private static JobExecutionListener warmUpRenderer(ReportRenderers renderers) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                if (!ReportRenderers.reportsOf(execution.getJobInstance().getJobName(),
                        execution.getJobParameters().getString(JobParameterNames.REPORTS)).isEmpty()) {
                    renderers.warmUp();
                }
            }
        };
    }

    /** A step body that needs only the chunk context. */
    @FunctionalInterface
    interface StepBody {
        void run(ChunkContext context) throws Exception;
    }

    /** A tasklet step; {@code again} runs it on a restart even when it completed (it checks its own work). */
    private static Step tasklet(String name, JobRepository repository, PlatformTransactionManager transactions,
            boolean again, StepBody body) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, context) -> {
                    body.run(context);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .allowStartIfComplete(again)
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

    /** The run's work folder (see {@link #workFolders}). */
    static Path workFolder(ChunkContext context) {
        return Publisher.workFolder(outputOf(context), jobContext(context).getString(JobParameterNames.WORK_FOLDER));
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
