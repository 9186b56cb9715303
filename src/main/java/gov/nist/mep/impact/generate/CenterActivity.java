package gov.nist.mep.impact.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Everything one center reports over the extract's time span: its clients (first reports, corrections, quarterly
 * re-submissions), its projects (open, then completed; sometimes corrected), the client surveys of its completed
 * projects, and a small share of deliberately invalid records. Only per-center state is kept: the client pools and
 * each client's latest submission date. Client details are re-derived from the client's own random stream.
 */
final class CenterActivity {

    private static final double REPEAT_ELIGIBLE_SHARE = 0.35;
    private static final double REPEAT_INELIGIBLE_SHARE = 0.25;
    private static final double RESUBMISSION_SHARE = 0.4;
    private static final double OPEN_REPORT_SHARE = 0.6;
    private static final double LATE_SHARE = 0.05;
    private static final double PROJECT_CORRECTION_SHARE = 0.02;
    private static final double SURVEYED_SHARE = 0.9;
    private static final double REDELIVERY_SHARE = 0.015;
    private static final double OPEN_CLIENT_ELIGIBLE_SHARE = 0.96;
    private static final double CLIENT_DEFECT_SHARE = 0.006;
    private static final double PROJECT_DEFECT_SHARE = 0.006;
    private static final double SURVEY_DEFECT_SHARE = 0.006;
    private static final double OPEN_SURVEY_DEFECT_SHARE = 0.02;

    private static final int CLIENT_SUBMITTED = RecordKind.CLIENT.column("submitted_date");
    private static final int CLIENT_ID = RecordKind.CLIENT.column("client_id");
    private static final int PROJECT_ID = RecordKind.PROJECT.column("project_id");
    private static final int PROJECT_CATEGORY = RecordKind.PROJECT.column("service_category");
    private static final int PROJECT_COMPLETION = RecordKind.PROJECT.column("completion_date");
    private static final int PROJECT_HOURS = RecordKind.PROJECT.column("staff_hours");
    private static final int PROJECT_SUBMITTED = RecordKind.PROJECT.column("submitted_date");
    private static final int SURVEY_ID = RecordKind.SURVEY.column("survey_id");
    private static final int SURVEY_DATE = RecordKind.SURVEY.column("survey_date");

    private final CenterProfile center;
    private final int centerIndex;
    private final SamplePlan plan;
    private final ClientFactory clientFactory;
    private final ImpactCalibration calibration;
    private final ExtractSink sink;
    private final RecordTally tally;
    private final SplittableRandom random;

    private final ClientPool eligiblePool = new ClientPool();
    private final ClientPool ineligiblePool = new ClientPool();
    private final BitSet ineligibleClients = new BitSet();
    /** Epoch day of each client's latest valid record; 0 before its first. */
    private int[] lastSubmitted = new int[64];
    private int clientNumbers;
    private int projectNumbers;
    private int surveyNumbers;

    CenterActivity(CenterProfile center, int centerIndex, long seed, SamplePlan plan, ClientFactory clientFactory,
            ImpactCalibration calibration, ExtractSink sink, RecordTally tally) {
        this.center = center;
        this.centerIndex = centerIndex;
        this.plan = plan;
        this.clientFactory = clientFactory;
        this.calibration = calibration;
        this.sink = sink;
        this.tally = tally;
        this.random = new SplittableRandom(SeedMix.mix(seed, 0x414354L, centerIndex));
    }

    void run() throws IOException {
        for (ActivityPeriod period : plan.timeline().periods()) {
            SamplePlan.PeriodQuota quota = plan.quota(centerIndex, period);
            if (period.isOpen()) {
                openProjects(period, quota.projects());
            } else {
                completedProjects(period, quota);
            }
        }
        sink.centerFinished();
    }

    /** Serves exactly the quota's clients, each with at least one project completed in the period. */
    private void completedProjects(ActivityPeriod period, SamplePlan.PeriodQuota quota) throws IOException {
        int[] eligible = chooseClients(eligiblePool, quota.eligibleClients(), REPEAT_ELIGIBLE_SHARE, true);
        int[] ineligible = chooseClients(ineligiblePool, quota.ineligibleClients(), REPEAT_INELIGIBLE_SHARE, false);
        int[] served = Arrays.copyOf(eligible, eligible.length + ineligible.length);
        System.arraycopy(ineligible, 0, served, eligible.length, ineligible.length);
        if (served.length == 0) {
            return;
        }
        Draws.shuffle(random, served);
        int[] projectsOfClient = new int[served.length];
        Arrays.fill(projectsOfClient, 1);
        for (int extra = quota.projects() - served.length; extra > 0; extra--) {
            projectsOfClient[random.nextInt(served.length)]++;
        }
        for (int i = 0; i < served.length; i++) {
            for (int j = 0; j < projectsOfClient[i]; j++) {
                completedProject(period, served[i], j == 0);
            }
        }
    }

    /** Some returning clients (from earlier periods), the rest new. */
    private int[] chooseClients(ClientPool pool, int count, double repeatShare, boolean eligible) {
        int repeat = (int) Math.min(Math.round(count * repeatShare), pool.size() / 2);
        int[] chosen = new int[count];
        BitSet taken = new BitSet(pool.size());
        for (int k = 0; k < repeat; k++) {
            int index;
            do {
                index = random.nextInt(pool.size());
            } while (taken.get(index));
            taken.set(index);
            chosen[k] = pool.get(index);
        }
        for (int k = repeat; k < count; k++) {
            chosen[k] = newClient(eligible);
        }
        return chosen;
    }

    private int newClient(boolean eligible) {
        int client = reserveClientNumber();
        if (eligible) {
            eligiblePool.add(client);
        } else {
            ineligiblePool.add(client);
            ineligibleClients.set(client);
        }
        return client;
    }

    private int reserveClientNumber() {
        int client = ++clientNumbers;
        if (client >= lastSubmitted.length) {
            lastSubmitted = Arrays.copyOf(lastSubmitted, lastSubmitted.length * 2);
        }
        return client;
    }

    private void completedProject(ActivityPeriod period, int client, boolean firstOfClientInPeriod) throws IOException {
        String projectId = Ids.padded("P", ++projectNumbers, 6);
        LocalDate completion = period.firstDay().plusDays(random.nextInt(period.days()));
        LocalDate start = completion.minusDays(durationDays());
        ServiceCategory category = ServiceCategory.draw(random);
        long staffTenths = staffHoursTenths();
        long thirdPartyHours = random.nextInt(100) < 30 ? Draws.between(random, 1, 120) : 0;
        long feeCents = clientFeeCents(staffTenths);
        FiscalQuarter completedIn = FiscalQuarter.of(completion);
        FiscalQuarter startedIn = FiscalQuarter.of(start);
        boolean reportedOpen = startedIn.compareTo(completedIn) < 0
                && startedIn.compareTo(plan.timeline().firstReportingQuarter()) >= 0
                && random.nextDouble() < OPEN_REPORT_SHARE;
        reportClient(client, reportedOpen ? startedIn : completedIn, firstOfClientInPeriod);
        String clientId = ClientFactory.clientId(client);

        if (reportedOpen) {
            long hoursSoFar = Math.max(100, staffTenths * Draws.between(random, 20, 80) / 100);
            sink.project(center, startedIn, projectRow(projectId, clientId, category, start, null, hoursSoFar, 0, feeCents,
                    submittedAfter(startedIn, false)));
            tally.accepted(RecordKind.PROJECT);
        }
        LocalDate submitted = submittedAfter(completedIn, random.nextDouble() < LATE_SHARE);
        String[] row = projectRow(projectId, clientId, category, start, completion, staffTenths, thirdPartyHours, feeCents,
                submitted);
        if (random.nextDouble() < PROJECT_CORRECTION_SHARE) {
            String[] miscoded = row.clone();
            row[PROJECT_SUBMITTED] = submitted.plusDays(Draws.between(random, 3, 25)).toString();
            switch (random.nextInt(3)) {
                case 0 -> miscoded[PROJECT_CATEGORY] = category.other(random).name();
                case 1 -> miscoded[PROJECT_HOURS] = hours(Math.max(100, staffTenths + Draws.between(random, -50, 400)));
                default -> {
                    // a completion date moved by the correction, possibly across a quarter or fiscal-year boundary
                    LocalDate moved = completion.plusDays(Draws.between(random, -15, 15));
                    miscoded[PROJECT_COMPLETION] = (moved.isBefore(start) ? completion.plusDays(7) : moved).toString();
                }
            }
            writeInEitherOrder(RecordKind.PROJECT, completedIn, miscoded, row);
            countRecord(RecordKind.PROJECT, reportedOpen);
            tally.superseded(RecordKind.PROJECT);
        } else {
            sink.project(center, completedIn, row);
            countRecord(RecordKind.PROJECT, reportedOpen);
        }
        if (random.nextDouble() < PROJECT_DEFECT_SHARE) {
            plantProjectDefect(row, completedIn, completion);
        }
        survey(projectId, !ineligibleClients.get(client), completion, category);
    }

    private void openProjects(ActivityPeriod period, int count) throws IOException {
        for (int k = 0; k < count; k++) {
            boolean eligible = random.nextDouble() < OPEN_CLIENT_ELIGIBLE_SHARE;
            ClientPool pool = eligible ? eligiblePool : ineligiblePool;
            int client = pool.size() > 0 && random.nextBoolean() ? pool.get(random.nextInt(pool.size())) : newClient(eligible);
            String projectId = Ids.padded("P", ++projectNumbers, 6);
            LocalDate start = period.firstDay().plusDays(random.nextInt(period.days()));
            ServiceCategory category = ServiceCategory.draw(random);
            long hoursSoFar = Math.max(100, staffHoursTenths() * Draws.between(random, 20, 70) / 100);
            long feeCents = clientFeeCents(hoursSoFar);
            FiscalQuarter quarter = FiscalQuarter.of(start);
            reportClient(client, quarter, true);
            String[] row = projectRow(projectId, ClientFactory.clientId(client), category, start, null, hoursSoFar, 0,
                    feeCents, submittedAfter(quarter, false));
            sink.project(center, quarter, row);
            tally.accepted(RecordKind.PROJECT);
            if (random.nextDouble() < OPEN_SURVEY_DEFECT_SHARE) {
                // a survey of a project that is still open: the contract requires a completed project
                surveyOfRejectedOrOpenProject(projectId, start.plusDays(Draws.between(random, 30, 150)));
            }
            if (random.nextDouble() < PROJECT_DEFECT_SHARE) {
                plantProjectDefect(row, quarter, null);
            }
        }
    }

    /** Reports a client the first time it appears; a returning client is sometimes re-submitted. */
    private void reportClient(int client, FiscalQuarter quarter, boolean mayResubmit) throws IOException {
        if (lastSubmitted[client] == 0) {
            firstClientReport(client, quarter);
        } else if (mayResubmit && random.nextDouble() < RESUBMISSION_SHARE) {
            LocalDate submitted = submittedAfter(quarter, false);
            if (submitted.toEpochDay() > lastSubmitted[client]) {
                ClientProfile profile = profile(client);
                sink.client(center, quarter, clientRow(profile, profile.naics(), profile.employees(), submitted));
                lastSubmitted[client] = (int) submitted.toEpochDay();
                tally.superseded(RecordKind.CLIENT);
            }
        }
    }

    private void firstClientReport(int client, FiscalQuarter quarter) throws IOException {
        ClientProfile profile = profile(client);
        LocalDate submitted = submittedAfter(quarter, false);
        String[] row = clientRow(profile, profile.naics(), profile.employees(), submitted);
        if (profile.wasCorrected()) {
            String[] original = clientRow(profile, profile.firstNaics(), profile.firstEmployees(), submitted);
            LocalDate corrected = submitted.plusDays(Draws.between(random, 3, 20));
            row[CLIENT_SUBMITTED] = corrected.toString();
            writeInEitherOrder(RecordKind.CLIENT, quarter, original, row);
            tally.accepted(RecordKind.CLIENT);
            tally.superseded(RecordKind.CLIENT);
            lastSubmitted[client] = (int) corrected.toEpochDay();
        } else {
            sink.client(center, quarter, row);
            tally.accepted(RecordKind.CLIENT);
            lastSubmitted[client] = (int) submitted.toEpochDay();
        }
        if (random.nextDouble() < CLIENT_DEFECT_SHARE) {
            plantClientDefect(row, quarter);
        }
    }

    private ClientProfile profile(int client) {
        return clientFactory.profile(centerIndex, center, client, !ineligibleClients.get(client));
    }

    private void survey(String projectId, boolean eligible, LocalDate completion, ServiceCategory category)
            throws IOException {
        if (random.nextDouble() >= SURVEYED_SHARE) {
            return;
        }
        LocalDate surveyDate = completion.plusDays(Draws.between(random, 183, 365));
        FiscalQuarter wave = FiscalQuarter.of(surveyDate);
        if (wave.compareTo(plan.timeline().firstWave()) < 0) {
            // the survey contractor's deliveries in the extract start with the first program year
            return;
        }
        String surveyId = surveyId();
        SurveyDisposition disposition = SurveyDisposition.draw(random);
        SurveyAnswers answers = SurveyAnswers.draw(random, category);
        boolean redelivered = random.nextDouble() < REDELIVERY_SHARE && wave.compareTo(plan.timeline().lastWave()) < 0;
        boolean counted = eligible && disposition == SurveyDisposition.COMPLETE;
        String[] row = surveyRow(surveyId, projectId, surveyDate, disposition, answers, counted);
        if (redelivered) {
            // the contractor delivers the record again in the next wave, e.g. a late answer after a no-response
            SurveyDisposition earlier = disposition == SurveyDisposition.COMPLETE
                    ? SurveyDisposition.NO_RESPONSE : SurveyDisposition.COMPLETE;
            SurveyAnswers earlierAnswers = SurveyAnswers.draw(random, category);
            sink.survey(wave, surveyRow(surveyId, projectId, surveyDate, earlier, earlierAnswers, false));
            sink.survey(wave.next(), row);
            tally.accepted(RecordKind.SURVEY);
            tally.superseded(RecordKind.SURVEY);
        } else {
            sink.survey(wave, row);
            tally.accepted(RecordKind.SURVEY);
        }
        if (random.nextDouble() < SURVEY_DEFECT_SHARE) {
            plantSurveyDefect(row, wave, completion);
        }
    }

    private String[] surveyRow(String surveyId, String projectId, LocalDate surveyDate, SurveyDisposition disposition,
            SurveyAnswers answers, boolean counted) {
        long[] calibrated = calibration.calibrate(FiscalQuarter.fiscalYearOf(surveyDate), counted, answers.calibratedFields());
        String[] row = new String[RecordKind.SURVEY.columns().size()];
        row[0] = surveyId;
        row[1] = center.centerId();
        row[2] = projectId;
        row[3] = surveyDate.toString();
        row[4] = disposition.name();
        System.arraycopy(answers.columns(disposition, calibrated), 0, row, 5, SurveyAnswers.COLUMNS);
        return row;
    }

    private void plantClientDefect(String[] valid, FiscalQuarter quarter) throws IOException {
        PlantedDefects.ClientDefect defect = Draws.pick(random, PlantedDefects.ClientDefect.values());
        boolean sameKey = defect != PlantedDefects.ClientDefect.UNKNOWN_CENTER && random.nextBoolean();
        String[] base;
        if (sameKey) {
            // submitted later than the valid record: it would win if a rejected record could supersede
            base = valid.clone();
            base[CLIENT_SUBMITTED] = LocalDate.parse(valid[CLIENT_SUBMITTED]).plusDays(Draws.between(random, 1, 20)).toString();
        } else {
            ClientProfile stranger = clientFactory.profile(centerIndex, center, reserveClientNumber(), true);
            base = clientRow(stranger, stranger.naics(), stranger.employees(), LocalDate.parse(valid[CLIENT_SUBMITTED]));
        }
        sink.client(center, quarter, PlantedDefects.client(base, defect, random));
        tally.rejected(RecordKind.CLIENT);
        if (!sameKey && random.nextBoolean()) {
            // the center goes on to report a project (and maybe a survey) of the rejected client: rejected in turn
            String projectId = Ids.padded("P", ++projectNumbers, 6);
            LocalDate completion = quarter.firstDay().plusDays(random.nextInt(80));
            LocalDate start = completion.minusDays(durationDays());
            sink.project(center, quarter, projectRow(projectId, base[CLIENT_ID], ServiceCategory.draw(random), start, completion,
                    staffHoursTenths(), 0, clientFeeCents(400), submittedAfter(quarter, false)));
            tally.rejected(RecordKind.PROJECT);
            if (random.nextBoolean()) {
                surveyOfRejectedOrOpenProject(projectId, completion.plusDays(Draws.between(random, 183, 365)));
            }
        }
    }

    private void plantProjectDefect(String[] valid, FiscalQuarter quarter, LocalDate completion) throws IOException {
        PlantedDefects.ProjectDefect defect = Draws.pick(random, PlantedDefects.ProjectDefect.values());
        boolean sameKey = random.nextBoolean();
        String[] base = valid.clone();
        if (sameKey) {
            base[PROJECT_SUBMITTED] = LocalDate.parse(valid[PROJECT_SUBMITTED]).plusDays(Draws.between(random, 1, 20)).toString();
        } else {
            base[PROJECT_ID] = Ids.padded("P", ++projectNumbers, 6);
        }
        sink.project(center, quarter, PlantedDefects.project(base, defect, random));
        tally.rejected(RecordKind.PROJECT);
        if (!sameKey && completion != null && random.nextInt(4) == 0) {
            surveyOfRejectedOrOpenProject(base[PROJECT_ID], completion.plusDays(Draws.between(random, 183, 365)));
        }
    }

    private void plantSurveyDefect(String[] valid, FiscalQuarter wave, LocalDate completion) throws IOException {
        PlantedDefects.SurveyDefect defect = Draws.pick(random, PlantedDefects.SurveyDefect.values());
        String[] base = valid.clone();
        if (random.nextBoolean()) {
            base[SURVEY_ID] = surveyId();
        }
        String[] invalid = PlantedDefects.survey(base, defect, random, completion);
        FiscalQuarter invalidWave = defect == PlantedDefects.SurveyDefect.BEFORE_COMPLETION
                ? FiscalQuarter.of(LocalDate.parse(invalid[SURVEY_DATE])) : wave;
        sink.survey(invalidWave.clamp(plan.timeline().firstWave(), plan.timeline().lastWave()), invalid);
        tally.rejected(RecordKind.SURVEY);
    }

    /** A complete-looking survey of a project that is rejected or still open, so the survey must be rejected too. */
    private void surveyOfRejectedOrOpenProject(String projectId, LocalDate surveyDate) throws IOException {
        SurveyAnswers answers = SurveyAnswers.draw(random, ServiceCategory.OTHER);
        String[] row = surveyRow(surveyId(), projectId, surveyDate, SurveyDisposition.COMPLETE, answers, false);
        sink.survey(FiscalQuarter.of(surveyDate).clamp(plan.timeline().firstWave(), plan.timeline().lastWave()), row);
        tally.rejected(RecordKind.SURVEY);
    }

    private void writeInEitherOrder(RecordKind kind, FiscalQuarter quarter, String[] earlier, String[] later)
            throws IOException {
        // the later submission wins by submitted_date, wherever it stands in the file
        boolean laterFirst = random.nextBoolean();
        write(kind, quarter, laterFirst ? later : earlier);
        write(kind, quarter, laterFirst ? earlier : later);
    }

    private void write(RecordKind kind, FiscalQuarter quarter, String[] row) throws IOException {
        if (kind == RecordKind.CLIENT) {
            sink.client(center, quarter, row);
        } else {
            sink.project(center, quarter, row);
        }
    }

    /** The first record of a key is accepted; when an earlier record of the key exists, one of them is superseded. */
    private void countRecord(RecordKind kind, boolean keySeenBefore) {
        if (keySeenBefore) {
            tally.superseded(kind);
        } else {
            tally.accepted(kind);
        }
    }

    private String surveyId() {
        return Ids.padded(center.centerId() + "-S", ++surveyNumbers, 7);
    }

    private LocalDate submittedAfter(FiscalQuarter quarter, boolean late) {
        return quarter.lastDay().plusDays(late ? Draws.between(random, 31, 150) : Draws.between(random, 1, 30));
    }

    private int durationDays() {
        return (int) Math.max(7, Math.min(330, Math.round(Draws.lognormal(random, 75, 0.6))));
    }

    private long staffHoursTenths() {
        return Math.max(100, Math.min(4000, Math.round(Draws.lognormal(random, 60, 0.8) * 10)));
    }

    /** About what the hours cost the client; sometimes nothing, sometimes not reported (blank: -1). */
    private long clientFeeCents(long staffTenths) {
        int kind = random.nextInt(100);
        if (kind < 12) {
            return -1;
        }
        if (kind < 15) {
            return 0;
        }
        return Math.round(staffTenths / 10.0 * Draws.between(random, 60, 140)) * 100;
    }

    private String[] clientRow(ClientProfile profile, String naics, int employees, LocalDate submitted) {
        return new String[] {center.centerId(), profile.clientId(), profile.clientName(), profile.state(), naics,
            Integer.toString(employees), profile.zip(), profile.contactName(), profile.contactEmail(),
            profile.contactPhone(), submitted.toString()};
    }

    private String[] projectRow(String projectId, String clientId, ServiceCategory category, LocalDate start,
            LocalDate completion, long staffTenths, long thirdPartyHours, long feeCents, LocalDate submitted) {
        return new String[] {center.centerId(), projectId, clientId, category.name(), start.toString(),
            completion == null ? "" : completion.toString(), hours(staffTenths),
            thirdPartyHours == 0 ? "" : Long.toString(thirdPartyHours),
            feeCents < 0 ? "" : BigDecimal.valueOf(feeCents, 2).toPlainString(), submitted.toString()};
    }

    private static String hours(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    /** Client numbers of one kind (eligible or not) served so far. */
    private static final class ClientPool {
        private int[] clients = new int[64];
        private int size;

        void add(int client) {
            if (size == clients.length) {
                clients = Arrays.copyOf(clients, size * 2);
            }
            clients[size++] = client;
        }

        int get(int index) {
            return clients[index];
        }

        int size() {
            return size;
        }
    }
}
