package gov.nist.mep.impact.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest part every job starts with: discover the extract (structural checks, file list), one chunk-oriented step
 * per file kind (read, validate, stage), then resolve references and supersession across the whole extract.
 */
@Configuration
public class IngestConfiguration {

    /**
     * The job parameter that names the extract folder (absolute path), defined here where it is read; jobs pass it
     * under this name.
     */
    public static final String INPUT_PARAMETER = "input";
    static final String STEP_PREFIX = "ingest-";
    private static final int CHUNK_SIZE = 1000;

    @Bean
    @StepScope
    ExtractRecordReader extractRecordReader(@Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input,
            @Value("#{stepExecution.stepName}") String stepName) {
        return new ExtractRecordReader(kindOfStep(stepName), Path.of(input));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(StagingStore staging,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long runId,
            @Value("#{stepExecution.stepName}") String stepName) {
        return new StagingWriter(staging, runId, kindOfStep(stepName));
    }

    /**
     * Ingest as a flow: discover the extract, then one chunk-oriented step per file kind, the kinds in parallel
     * (they stage into different tables and are resolved together afterwards; {@code mep.ingest.threads}, by
     * default the number of cores), then resolve. The largest kinds start first. Each kind's step restarts on its
     * own from its last commit, as before.
     */
    @Bean
    IngestSteps ingestSteps(JobRepository repository, PlatformTransactionManager transactions,
            ExtractRecordReader reader, StagingWriter writer, StagingStore staging, ExtractResolver resolver,
            @Value("${mep.ingest.threads:0}") int threads) {
        Step discover = new StepBuilder("discover-extract", repository)
                .tasklet((contribution, context) -> {
                    discover(context, staging, repository);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
        List<Flow> kinds = new ArrayList<>();
        for (FileKind kind : LARGEST_FIRST) {
            Step step = new StepBuilder(STEP_PREFIX + stepSuffix(kind), repository)
                    .<SourceRecord, ValidatedRecord>chunk(CHUNK_SIZE)
                    .transactionManager(transactions)
                    .reader(reader)
                    .processor(RecordValidator::validate)
                    .writer(writer)
                    .listener(new ProgressListener(kind))
                    .build();
            kinds.add(new FlowBuilder<SimpleFlow>("flow-" + step.getName()).start(step).build());
        }
        Step resolve = new StepBuilder("resolve-extract", repository)
                .tasklet((contribution, context) -> {
                    resolver.resolve(runId(context));
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        Flow files = new FlowBuilder<SimpleFlow>("ingest-files").split(executor).add(kinds.toArray(Flow[]::new))
                .build();
        return new IngestSteps(new FlowBuilder<SimpleFlow>("ingest").start(discover).next(files).next(resolve)
                .build());
    }

    /** The order in which the kinds' steps start: the largest first, so that the last one to finish is small. */
    private static final List<FileKind> LARGEST_FIRST = List.of(FileKind.PROJECTS, FileKind.SURVEYS,
            FileKind.CLIENTS, FileKind.FINANCIALS, FileKind.CENTERS, FileKind.APPROPRIATIONS, FileKind.STORIES);

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

    private static String stepSuffix(FileKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static FileKind kindOfStep(String stepName) {
        return FileKind.valueOf(stepName.substring(STEP_PREFIX.length()).toUpperCase(Locale.ROOT));
    }

    /** The flow of ingestion, for jobs to start with. */
    public record IngestSteps(Flow flow) {
    }
}
