package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.ingest.CenterRecords;
import gov.nist.mep.impact.ingest.FileCounts;
import gov.nist.mep.impact.ingest.StagedExtract;
import gov.nist.mep.impact.ingest.StagedPeriodSums;
import gov.nist.mep.impact.ingest.StagingStore;
import gov.nist.mep.impact.metrics.StagedRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The metrics' read port over the staging database: the queries are the staging side's ({@link StagedExtract},
 * {@link CenterRecords} and the read methods of {@link StagingStore}); this adapter only hands their rows over as the
 * metrics' own types, so that the metrics depend on what they read, not on the store that stages records. It lives
 * with the jobs, which assemble ingest and metrics, so that neither package points back at the other.
 */
@Component
class StagingReadAdapter implements StagedRecords {

    private final StagedExtract extract;
    private final StagingStore staging;
    private final CenterRecords centerRecords;
    private final StagedPeriodSums sums;

    StagingReadAdapter(StagedExtract extract, StagingStore staging, CenterRecords centerRecords,
            StagedPeriodSums sums) {
        this.extract = extract;
        this.staging = staging;
        this.centerRecords = centerRecords;
        this.sums = sums;
    }

    @Override
    public List<Center> centers(long runId) {
        return extract.centers(runId).stream().map(c -> new Center(c.centerId(), c.centerName(), c.state(),
                c.hostType(), c.awardStartFy(), c.recompeted(), c.regionalOffices())).toList();
    }

    @Override
    public Optional<Crosswalk> crosswalk(long runId) {
        return extract.crosswalk(runId).map(c -> new Crosswalk(c.congress(), c.districts()));
    }

    @Override
    public ClientPlacement clientPlacement(long runId) {
        StagedExtract.ClientPlacement p = extract.clientPlacement(runId);
        return new ClientPlacement(p.withZip(), p.blank(), p.malformed(), p.notInCrosswalk(), p.stateMismatch());
    }

    @Override
    public Map<Integer, BigDecimal> appropriations(long runId) {
        return extract.appropriations(runId);
    }

    @Override
    public List<Financials> financials(long runId) {
        return extract.financials(runId).stream().map(f -> new Financials(f.fiscalYear(), f.centerId(),
                f.federalFunds(), f.stateFunds(), f.localFunds(), f.clientFees(), f.otherIncome())).toList();
    }

    @Override
    public void projectsCompleted(long runId, LocalDate from, LocalDate to, Consumer<Project> consumer) {
        extract.projectsCompleted(runId, from, to, p -> consumer.accept(new Project(p.centerId(), p.projectId(),
                p.clientId(), p.serviceCategory(), p.completionDate(), p.submittedDate(), p.hours(), p.clientNaics(),
                p.clientEmployees(), p.clientDistrict())));
    }

    @Override
    public void surveys(long runId, LocalDate from, LocalDate to, Consumer<Survey> consumer) {
        extract.surveys(runId, from, to, s -> consumer.accept(new Survey(s.surveyId(), s.centerId(), s.projectId(),
                s.clientId(), s.serviceCategory(), s.surveyDate(), s.disposition(), s.newSales(), s.retainedSales(),
                s.costSavings(), s.investment(), s.jobsCreated(), s.jobsRetained(), s.recommend(), s.satisfaction(),
                s.projectHours(), s.clientNaics(), s.clientEmployees(), s.clientDistrict())));
    }

    @Override
    public PeriodSums periodSums(long runId, LocalDate from, LocalDate to, Eligibility rule) {
        StagedPeriodSums.PeriodSums s = sums.sums(runId, from, to,
                new StagedPeriodSums.Eligibility(rule.employeeLimit(), rule.naicsPrefixes(), rule.lateAfterDays()));
        return new PeriodSums(s.projects().stream().map(p -> new ProjectSums(p.centerId(), p.serviceCategory(),
                p.projects(), p.clients(), p.hours(), p.late(), p.ineligible())).toList(),
                s.surveys().stream().map(v -> new SurveySums(v.centerId(), v.serviceCategory(), v.fielded(),
                        v.completed(), v.newSales(), v.retainedSales(), v.costSavings(), v.investment(),
                        v.jobsCreated(), v.jobsRetained(), v.promoters(), v.detractors(), v.recommendAnswers()))
                        .toList(),
                s.respondents().stream().map(r -> new Respondents(r.centerId(), r.serviceCategory(), r.clients()))
                        .toList());
    }

    @Override
    public List<Story> stories(long runId) {
        return extract.stories(runId).stream().map(s -> new Story(s.file(), s.centerId(), s.fiscalYear(),
                s.clientName(), s.title(), s.challenge(), s.solution(), s.results(), s.impactsJson())).toList();
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
        return centerRecords.rejects(runId).stream().map(r -> new CenterReject(r.centerId(), r.file(), r.line(),
                r.column(), r.rule(), r.value(), r.message())).toList();
    }

    @Override
    public Map<String, Long> recordsByCenter(long runId) {
        return centerRecords.recordsByCenter(runId);
    }

    @Override
    public Map<String, Long> supersededByCenter(long runId) {
        return centerRecords.supersededByCenter(runId);
    }

    @Override
    public List<SupersededRecord> superseded(long runId, String centerId) {
        return centerRecords.superseded(runId, centerId).stream().map(s -> new SupersededRecord(s.centerId(),
                s.kind(), s.key(), s.file(), s.line(), s.submittedDate(), s.winnerFile(), s.winnerLine())).toList();
    }

    @Override
    public void completedProjects(long runId, LocalDate from, LocalDate to, Consumer<CompletedProject> consumer) {
        centerRecords.completedProjects(runId, from, to, p -> consumer.accept(new CompletedProject(p.centerId(),
                p.projectId(), p.clientId(), p.serviceCategory(), p.file(), p.line(), p.completionDate(),
                p.submittedDate(), p.staffHours(), p.thirdPartyHours(), p.clientNaics(), p.clientEmployees(),
                p.servedBefore())));
    }
}
