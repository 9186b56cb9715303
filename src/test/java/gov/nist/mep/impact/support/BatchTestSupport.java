package gov.nist.mep.impact.support;

import gov.nist.mep.impact.ingest.RejectedRecord;
import gov.nist.mep.impact.ingest.StagingStore;
import gov.nist.mep.impact.jobs.JobParameterNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs the real jobs against a private in-memory H2 database; a completed run's staging is kept to be read. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1",
    "logging.level.gov.nist.mep=WARN", "mep.staging.keep-finished=true"})
public abstract class BatchTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Autowired
    protected JobOperator operator;

    @Autowired
    protected StagingStore staging;

    @Autowired
    private Map<String, Job> jobsByBean;

    protected Job job(String name) {
        return jobsByBean.values().stream().filter(j -> j.getName().equals(name)).findFirst().orElseThrow();
    }

    protected JobExecution run(String jobName, Path input, Path output, Integer fiscalYear) throws Exception {
        return run(jobName, input, output, fiscalYear, null);
    }

    /** Runs a job; {@code reports} (comma separated) overrides the reports it renders. */
    protected JobExecution run(String jobName, Path input, Path output, Integer fiscalYear, String reports)
            throws Exception {
        JobParametersBuilder p = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addLong(JobParameterNames.SEQUENCE, SEQUENCE.incrementAndGet());
        if (fiscalYear != null) {
            p.addLong(JobParameterNames.FISCAL_YEAR, fiscalYear.longValue());
        }
        if (reports != null) {
            p.addString(JobParameterNames.REPORTS, reports);
        }
        return operator.start(job(jobName), p.toJobParameters());
    }

    protected List<RejectedRecord> rejects(JobExecution execution) {
        return staging.rejects(execution.getJobInstance().getInstanceId());
    }

    protected static List<String> rejectLines(List<RejectedRecord> rejects) {
        return rejects.stream().map(r -> r.file() + "," + r.line() + "," + r.column() + "," + r.rule()).toList();
    }
}
