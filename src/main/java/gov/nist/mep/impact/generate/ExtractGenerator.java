package gov.nist.mep.impact.generate;

import java.io.IOException;
import java.util.List;

/**
 * Writes a synthetic extract folder laid out exactly as shared/contract/extracts.md describes: 60 centers, their
 * funding, and what they and the survey contractor report for program years FY2012–FY2014 (MEIS files start with
 * FY2011, whose completed projects the FY2012 surveys look back on; surveys run into FY2015; other years on request,
 * see {@link Timeline}), with the untidiness
 * the contract allows (re-submissions, corrections, shuffled columns, JSON Lines, quoted names, late reports,
 * ineligible clients) and a small share of deliberately invalid records. Clients have synthetic ZIP codes and the
 * extract a synthetic ZIP-to-congressional-district crosswalk of the real 437 districts ({@link CongressionalDistricts}).
 *
 * <p>At {@link #DEFAULT_PROJECTS} projects the FY2014 national figures computed per shared/contract/metrics.md
 * equal the program's published FY2014 figures: 30,056 clients served, $2.5B new sales, $4.2B retained sales,
 * $1.1B cost savings, 17,883 jobs created and 46,069 retained. Other sizes scale every target with the size.
 *
 * <p>The same options always give byte-identical files. Records are streamed to disk center by center, so memory
 * does not grow with the number of projects.
 */
public final class ExtractGenerator {

    /** The seed of the calibrated sample. */
    public static final long DEFAULT_SEED = 2014L;
    /** Distinct projects in the calibrated sample (all periods, open projects included). */
    public static final long DEFAULT_PROJECTS = Timeline.CALIBRATED.totalBaseProjects();
    public static final long MIN_PROJECTS = 1_000L;
    /** Keeps per-center counters (ints) and per-center state small. */
    public static final long MAX_PROJECTS = 50_000_000L;

    private static final List<String> CENTER_HEADER = List.of("center_id", "center_name", "state", "host_type",
            "award_start_fy", "recompeted", "regional_offices");

    /** Writes an extract into {@code options.output()}, creating folders and replacing files of an earlier run. */
    public GeneratorSummary generate(GeneratorOptions options) throws IOException {
        long seed = options.seed();
        List<CenterProfile> centers = CenterRegistry.centers(seed);
        Timeline timeline = options.timeline();
        SamplePlan plan = SamplePlan.create(options.projects(), centers, timeline);
        CongressionalDistricts districts = new CongressionalDistricts(seed, centers);
        ClientFactory clientFactory = new ClientFactory(seed, districts);

        // first run: measure the raw impacts that count, writing nothing
        ImpactCalibration measuring = ImpactCalibration.measuring(plan.impactTargets());
        simulate(seed, centers, plan, clientFactory, measuring, ExtractSink.DISCARD);

        ImpactCalibration calibration = measuring.applying();
        try (ExtractOutput output = ExtractOutput.create(options.output(), seed, centers, timeline)) {
            output.writeTable("appropriations.csv", Appropriations.HEADER, Appropriations.rows());
            output.writeTable("centers.csv", CENTER_HEADER, centers.stream().map(ExtractGenerator::centerRow).toList());
            output.writeTable("center-financials.csv", FundingPlan.HEADER,
                    FundingPlan.rows(centers, seed, plan.scale(), timeline));
            output.writeTable(ExtractOutput.CROSSWALK, CongressionalDistricts.HEADER, districts.crosswalk());
            RecordTally tally = simulate(seed, centers, plan, clientFactory, calibration, output);
            calibration.requireTargetsMet();
            SuccessStories.write(output, centers, seed);

            GeneratorSummary.RecordCounts clients = tally.counts(RecordKind.CLIENT);
            GeneratorSummary.RecordCounts projects = tally.counts(RecordKind.PROJECT);
            GeneratorSummary.RecordCounts surveys = tally.counts(RecordKind.SURVEY);
            long invalid = clients.rejected() + projects.rejected() + surveys.rejected() + FundingPlan.INVALID_ROWS
                    + SuccessStories.INVALID_FILES;
            return new GeneratorSummary(output.filesWritten(), centers.size(), clients, projects, surveys,
                    SuccessStories.FILES, invalid);
        }
    }

    private static RecordTally simulate(long seed, List<CenterProfile> centers, SamplePlan plan, ClientFactory clientFactory,
            ImpactCalibration calibration, ExtractSink sink) throws IOException {
        RecordTally tally = new RecordTally();
        for (int i = 0; i < centers.size(); i++) {
            new CenterActivity(centers.get(i), i, seed, plan, clientFactory, calibration, sink, tally).run();
        }
        return tally;
    }

    private static List<String> centerRow(CenterProfile center) {
        return List.of(center.centerId(), center.centerName(), center.state(), center.hostType().name(),
                Integer.toString(center.awardStartFy()), Boolean.toString(center.recompeted()),
                center.regionalOffices() == null ? "" : center.regionalOffices().toString());
    }
}
