package gov.nist.mep.impact.support;

import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.metrics.StagedRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The metrics' read port, handing every read to the real one: tests override a read to hold it or to fail it. */
public class DelegatingStagedRecords implements StagedRecords {

    private final StagedRecords staging;

    public DelegatingStagedRecords(StagedRecords staging) {
        this.staging = staging;
    }

    @Override
    public List<Center> centers(long runId) {
        return staging.centers(runId);
    }

    @Override
    public Optional<Crosswalk> crosswalk(long runId) {
        return staging.crosswalk(runId);
    }

    @Override
    public ClientPlacement clientPlacement(long runId) {
        return staging.clientPlacement(runId);
    }

    @Override
    public Map<Integer, BigDecimal> appropriations(long runId) {
        return staging.appropriations(runId);
    }

    @Override
    public List<Financials> financials(long runId) {
        return staging.financials(runId);
    }

    @Override
    public void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer) {
        staging.projectsCompleted(runId, from, to, consumer);
    }

    @Override
    public void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer) {
        staging.surveys(runId, from, to, consumer);
    }

    @Override
    public PeriodSums periodSums(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        return staging.periodSums(runId, from, to, rule);
    }

    @Override
    public List<Story> stories(long runId) {
        return staging.stories(runId);
    }

    @Override
    public List<FileCounts> fileCounts(long runId) {
        return staging.fileCounts(runId);
    }

    @Override
    public Map<String, Long> rejectsByRule(long runId) {
        return staging.rejectsByRule(runId);
    }

    @Override
    public List<CenterReject> centerRejects(long runId) {
        return staging.centerRejects(runId);
    }

    @Override
    public Map<String, Long> recordsByCenter(long runId) {
        return staging.recordsByCenter(runId);
    }

    @Override
    public Map<String, Long> supersededByCenter(long runId) {
        return staging.supersededByCenter(runId);
    }

    @Override
    public List<SupersededRecord> superseded(long runId, String centerId) {
        return staging.superseded(runId, centerId);
    }

    @Override
    public void completedProjects(long runId, LocalDate from, LocalDate to, Consumer<CompletedProject> consumer) {
        staging.completedProjects(runId, from, to, consumer);
    }
}
