package gov.nist.mep.impact.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest part every job starts with: discover the extract (structural checks, file list), stage every file
 * (read, validate, append; partitioned into units of files), then resolve references and supersession across the
 * whole extract.
 *
 * <p>The staging database is the run's own and lives outside the job repository, so the repository's record that a
 * step completed proves nothing about it: it can be deleted, or a restart can run where it is not. The three steps
 * therefore run on every attempt of a run and decide from the staging itself what is left to do. Discovery records
 * in the job execution context what it created ({@link StagingReceipt}); on a restart it checks the staging against
 * that record and, when it is missing or not whole, stages the whole extract again (a new generation: its units are
 * new partitions, all of which run) instead of letting the later steps compute figures from nothing. Otherwise the
 * units that completed are not staged again, and resolution is not redone.
 */
@Configuration
public class IngestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

    /**
     * The job parameter that names the extract folder (absolute path), defined here where it is read; jobs pass it
     * under this name.
     */
    public static final String INPUT_PARAMETER = "input";
    /**
     * The job parameter with the SHA-256 of the extract's files (see {@link ExtractFingerprint}), when the launcher
     * gives it: staging the extract again checks that it is still the extract the run started on.
     */
    public static final String FINGERPRINT_PARAMETER = "extractFingerprint";
    /** The name of the partitioned step that stages the files, and of its worker step. */
    static final String FILES_STEP = "ingest-files";
    static final String PARTITION_STEP = "ingest-partition";

    /**
     * Ingest as a flow: discover the extract (structural checks, file list), stage the files (a partitioned step:
     * units of consecutive files of one kind, each read, validated and appended in one transaction, the units on
     * {@code mep.ingest.threads} threads, by default the number of cores), then resolve. The partition handler is a
     * bean of its own ({@link #ingestPartitionHandler}), so a deployment can swap it for Spring Batch's remote
     * partitioning without touching the flow. A restart redoes the units that did not finish, whole, and everything
     * when the staging is not whole (see the class comment).
     */
    @Bean
    IngestSteps ingestSteps(JobRepository repository, PlatformTransactionManager transactions, StagingStore staging,
            ExtractResolver resolver, PartitionHandler ingestPartitionHandler, Partitioner ingestPartitioner,
            @Value("${mep.staging.keep-finished:false}") boolean keepFinished) {
        Step discover = new StepBuilder("discover-extract", repository)
                .tasklet((contribution, context) -> {
                    discover(context, staging, repository);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .allowStartIfComplete(true)
                .build();
        // Units are partitions of the staging's generation; the ones that completed are not run again (the splitter
        // does not restart a completed partition), the manager itself runs on every attempt.
        SimpleStepExecutionSplitter units = new SimpleStepExecutionSplitter(repository, PARTITION_STEP,
                ingestPartitioner);
        Step files = new StepBuilder(FILES_STEP, repository)
                .partitioner(PARTITION_STEP, ingestPartitioner)
                .splitter(units)
                .partitionHandler(ingestPartitionHandler)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStatus() == BatchStatus.COMPLETED) {
                            long run = step.getJobExecution().getJobInstance().getInstanceId();
                            StagingReceipt.staged(step.getJobExecution().getExecutionContext(),
                                    staging.contents(run));
                        }
                        return null;
                    }
                })
                .allowStartIfComplete(true)
                .build();
        Step resolve = new StepBuilder("resolve-extract", repository)
                .tasklet((contribution, context) -> {
                    ExecutionContext job = jobContext(context);
                    if (!StagingReceipt.resolved(job)) {
                        resolver.resolve(runId(context));
                        StagingReceipt.markResolved(job);
                    }
                    return RepeatStatus.FINISHED;
                }, transactions)
                .allowStartIfComplete(true)
                .build();
        JobExecutionListener lifecycle = new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                long run = execution.getJobInstance().getInstanceId();
                if (execution.getStatus() == BatchStatus.COMPLETED && !keepFinished) {
                    staging.deleteRun(run);
                } else {
                    staging.close(run);
                }
            }
        };
        return new IngestSteps(new FlowBuilder<SimpleFlow>("ingest").start(discover).next(files).next(resolve)
                .build(), lifecycle);
    }

    /** The units of the run's current staging, from the files discovery listed in it. */
    @Bean
    @StepScope
    Partitioner ingestPartitioner(@Value("#{stepExecution}") StepExecution step, StagingStore staging) {
        JobExecution job = step.getJobExecution();
        Path input = Path.of((String) job.getJobParameters().getParameter(INPUT_PARAMETER).value());
        return new IngestPartitioner(staging.files(job.getJobInstance().getInstanceId(), input),
                StagingReceipt.generation(job.getExecutionContext()));
    }

    /**
     * The worker: stages the files of one partition. Its work is in the staging database, in a transaction of its
     * own, so the step holds no job-repository connection while it runs (Spring Batch takes one only to record the
     * step): any number of units can run at once whatever the size of the repository's connection pool.
     */
    @Bean
    Step ingestPartitionStep(JobRepository repository, StagingStore staging) {
        return new StepBuilder(PARTITION_STEP, repository)
                .tasklet((contribution, context) -> {
                    stagePartition(contribution, context, staging);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    /** The partitions run on local threads; swap this bean for a remote partition handler to spread them. */
    @Bean
    PartitionHandler ingestPartitionHandler(Step ingestPartitionStep, @Value("${mep.ingest.threads:0}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(ingestPartitionStep);
        handler.setTaskExecutor(executor);
        return handler;
    }

    private static void stagePartition(StepContribution contribution, ChunkContext context, StagingStore staging) {
        ExecutionContext partition = context.getStepContext().getStepExecution().getExecutionContext();
        FileKind kind = FileKind.valueOf(partition.getString(IngestPartitioner.KIND));
        Path input = Path.of((String) context.getStepContext().getJobParameters().get(INPUT_PARAMETER));
        // The partition names its files by ordinal; their paths are those discovery listed in the staging.
        Set<Integer> ordinals = new HashSet<>();
        for (String ordinal : partition.getString(IngestPartitioner.FILES).split(",")) {
            ordinals.add(Integer.valueOf(ordinal));
        }
        long runId = runId(context);
        List<ExtractFile> files = new ArrayList<>(staging.files(runId, input).stream()
                .filter(f -> ordinals.contains(f.ordinal())).toList());
        if (files.size() != ordinals.size()) {
            throw new IllegalStateException("the staging of run " + runId + " lists " + files.size() + " of the "
                    + ordinals.size() + " files of unit " + context.getStepContext().getStepName());
        }
        int firstIndex = partition.getInt(IngestPartitioner.FIRST_INDEX);
        int kindFiles = partition.getInt(IngestPartitioner.KIND_FILES);
        long started = System.nanoTime();
        int[] position = {0};
        StagingStore.Staged staged = staging.stage(runId, kind, files, file -> log.info("  {} {} ({} of {})",
                kind.label(), file.relativePath(), firstIndex + ++position[0], kindFiles));
        for (long i = 0; i < staged.read(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(staged.read() - staged.rejected());
        contribution.incrementFilterCount(staged.rejected());
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        log.info("  {}: {} records of {} file(s) staged in {} s ({} records/s)", kind.label(),
                String.format("%,d", staged.read()), files.size(), String.format("%.1f", seconds),
                String.format("%,.0f", staged.read() / seconds));
    }

    /** The order in which the kinds' partitions are made: the largest first, so that the last to finish is small. */
    static final List<FileKind> LARGEST_FIRST = List.of(FileKind.PROJECTS, FileKind.SURVEYS,
            FileKind.CLIENTS, FileKind.CROSSWALK, FileKind.FINANCIALS, FileKind.CENTERS, FileKind.APPROPRIATIONS,
            FileKind.STORIES);

    /**
     * Discovery, on every attempt of a run. On a restart whose staging is whole (see {@link StagingReceipt#problem})
     * it keeps it; else (a first attempt, or staging missing or not whole) it scans the extract, checks every header,
     * drops the staging of runs that can no longer restart, creates the run's staging database and lists the files in
     * it, recording what it created in the job execution context.
     */
    private static void discover(ChunkContext context, StagingStore staging, JobRepository repository) {
        long runId = runId(context);
        JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
        ExecutionContext job = execution.getExecutionContext();
        Path input = Path.of((String) context.getStepContext().getJobParameters().get(INPUT_PARAMETER));
        int generation = StagingReceipt.generation(job) + 1;
        if (StagingReceipt.present(job)) {
            String problem = StagingReceipt.problem(job, staging, runId);
            if (problem == null) {
                log.info("  staging of run {} checked: {} files{} in {}", runId, job.getLong(StagingReceipt.FILES),
                        job.containsKey(StagingReceipt.READ) ? String.format(", %,d records",
                                job.getLong(StagingReceipt.READ)) : "", staging.file(runId));
                return;
            }
            log.warn("  the staging of run {} {}: staging the whole extract again", runId, problem);
        }
        ExtractLayout layout = ExtractLayout.scan(input);
        for (ExtractFile file : layout.files()) {
            if (file.kind() != FileKind.STORIES && file.relativePath().endsWith(".csv")) {
                // Opening reads and checks the header: a missing column fails the job before anything is staged.
                checkHeader(file);
            }
        }
        // The crosswalk's rules are all structural: checked whole here, before the long ingest starts.
        for (ExtractFile crosswalk : layout.files(FileKind.CROSSWALK)) {
            DistrictCrosswalkCheck.Checked checked = DistrictCrosswalkCheck.check(crosswalk);
            log.info("  {} {}: {} rows, Congress {}, every ZIP code's shares add up to 1", FileKind.CROSSWALK.label(),
                    crosswalk.relativePath(), String.format("%,d", checked.rows()),
                    checked.congress() == null ? "none (no row)" : checked.congress());
        }
        Object fingerprint = context.getStepContext().getJobParameters().get(FINGERPRINT_PARAMETER);
        if (generation > 1 && fingerprint != null && !fingerprint.equals(ExtractFingerprint.of(layout))) {
            throw new StructuralException(input + ": the extract changed since run " + runId + " started (the SHA-256"
                    + " of its files differs), so its staging cannot be made again. Run the same command again:"
                    + " a changed extract is a new run");
        }
        purgeRunsThatCannotRestart(staging, repository, execution);
        String token = staging.create(runId);
        staging.insertFiles(runId, layout.files());
        StagingReceipt.discovered(job, staging.file(runId).toString(), token, generation, layout.files().size());
    }

    private static void checkHeader(ExtractFile file) {
        try (RecordFile opened = RecordFile.open(file)) {
            opened.getClass();
        } catch (java.io.IOException e) {
            throw StructuralException.at(file.relativePath(), 0, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Staging of runs that can no longer restart is dropped (one file each), so the staging folder holds at most the
     * runs in flight or restartable and the last finished one: runs unknown to the job repository, completed or
     * abandoned runs, and runs that did not complete on this same extract folder whose files have changed since (their
     * fingerprint differs from this run's: the same command now starts a new run, never restarts them).
     */
    private static void purgeRunsThatCannotRestart(StagingStore staging, JobRepository repository,
            JobExecution current) {
        long currentRun = current.getJobInstance().getInstanceId();
        for (long run : staging.stagedRuns()) {
            if (run == currentRun) {
                continue;
            }
            JobInstance instance = repository.getJobInstance(run);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED
                    || !last.getStatus().isRunning() && extractChanged(last, current)) {
                staging.deleteRun(run);
            }
        }
    }

    /** True when {@code earlier} read the same extract folder as {@code current}, whose files have changed since. */
    private static boolean extractChanged(JobExecution earlier, JobExecution current) {
        JobParameter<?> earlierPrint = earlier.getJobParameters().getParameter(FINGERPRINT_PARAMETER);
        JobParameter<?> currentPrint = current.getJobParameters().getParameter(FINGERPRINT_PARAMETER);
        JobParameter<?> earlierInput = earlier.getJobParameters().getParameter(INPUT_PARAMETER);
        JobParameter<?> currentInput = current.getJobParameters().getParameter(INPUT_PARAMETER);
        return earlierPrint != null && currentPrint != null && earlierInput != null && currentInput != null
                && Objects.equals(earlierInput.value(), currentInput.value())
                && !Objects.equals(earlierPrint.value(), currentPrint.value());
    }

    static long runId(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    /**
     * The flow of ingestion, for jobs to start with, and the listener every such job registers: when the job
     * completes, its staging (no longer needed: a completed run is never restarted) is deleted, unless
     * {@code mep.staging.keep-finished} keeps it for inspection until the next run starts (the tests read it); a
     * job that did not complete keeps it for its restart, closed.
     */
    public record IngestSteps(Flow flow, JobExecutionListener stagingLifecycle) {
    }
}
