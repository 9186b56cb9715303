package gov.nist.mep.impact.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest part every job starts with: discover the extract (structural checks, file list), stage every file
 * (read, validate, append; partitioned into units of files), then resolve references and supersession across the
 * whole extract.
 */
@Configuration
public class IngestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

    /**
     * The job parameter that names the extract folder (absolute path), defined here where it is read; jobs pass it
     * under this name.
     */
    public static final String INPUT_PARAMETER = "input";
    /** The name of the partitioned step that stages the files, and of its worker step. */
    static final String FILES_STEP = "ingest-files";
    static final String PARTITION_STEP = "ingest-partition";

    /**
     * Ingest as a flow: discover the extract (structural checks, file list), stage the files (a partitioned step:
     * units of consecutive files of one kind, each read, validated and appended in one transaction, the units on
     * {@code mep.ingest.threads} threads, by default the number of cores), then resolve. The partition handler is a
     * bean of its own ({@link #ingestPartitionHandler}), so a deployment can swap it for Spring Batch's remote
     * partitioning without touching the flow. A restart redoes the units that did not finish, whole.
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
                .build();
        Step files = new StepBuilder(FILES_STEP, repository)
                .partitioner(PARTITION_STEP, ingestPartitioner)
                .partitionHandler(ingestPartitionHandler)
                .build();
        Step resolve = new StepBuilder("resolve-extract", repository)
                .tasklet((contribution, context) -> {
                    resolver.resolve(runId(context));
                    return RepeatStatus.FINISHED;
                }, transactions)
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

    @Bean
    @StepScope
    Partitioner ingestPartitioner(@Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input) {
        return new IngestPartitioner(Path.of(input));
    }

    /** The worker: stages the files of one partition. */
    @Bean
    Step ingestPartitionStep(JobRepository repository, PlatformTransactionManager transactions, StagingStore staging) {
        return new StepBuilder(PARTITION_STEP, repository)
                .tasklet((contribution, context) -> {
                    stagePartition(contribution, context, staging);
                    return RepeatStatus.FINISHED;
                }, transactions)
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
        // The partition names its files (discovery checked them), so no worker scans the extract again.
        Path input = Path.of((String) context.getStepContext().getJobParameters().get(INPUT_PARAMETER));
        String[] ordinals = partition.getString(IngestPartitioner.FILES).split(",");
        String[] paths = partition.getString(IngestPartitioner.PATHS).split("\n");
        List<ExtractFile> files = new ArrayList<>();
        for (int i = 0; i < ordinals.length; i++) {
            files.add(new ExtractFile(kind, Integer.parseInt(ordinals[i]), paths[i], input.resolve(paths[i])));
        }
        int firstIndex = partition.getInt(IngestPartitioner.FIRST_INDEX);
        int kindFiles = partition.getInt(IngestPartitioner.KIND_FILES);
        long started = System.nanoTime();
        StagingStore.Staged staged = staging.stage(runId(context), kind, files, file -> log.info("  {} {} ({} of {})",
                kind.label(), file.relativePath(), firstIndex + files.indexOf(file) + 1, kindFiles));
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

    private static void discover(ChunkContext context, StagingStore staging, JobRepository repository) {
        long runId = runId(context);
        Path input = Path.of((String) context.getStepContext().getJobParameters().get(INPUT_PARAMETER));
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
        purgeFinishedRuns(staging, repository, runId);
        staging.deleteRun(runId);
        staging.insertFiles(runId, layout.files());
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
     * runs in flight and the last finished one.
     */
    private static void purgeFinishedRuns(StagingStore staging, JobRepository repository, long currentRun) {
        for (long run : staging.stagedRuns()) {
            if (run == currentRun) {
                continue;
            }
            JobInstance instance = repository.getJobInstance(run);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                staging.deleteRun(run);
            }
        }
    }

    static long runId(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
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
