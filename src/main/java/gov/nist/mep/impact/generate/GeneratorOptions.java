package gov.nist.mep.impact.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ExtractGenerator} should write: the extract folder, the random seed, the number of distinct projects,
 * and the program years (FY2012–FY2014 unless told otherwise). Figures scale with {@code projects} over the calibrated
 * sample's projects of the same years.
 */
public record GeneratorOptions(Path output, long seed, long projects, int firstFiscalYear, int lastFiscalYear) {

    public GeneratorOptions {
        Objects.requireNonNull(output, "output");
        if (projects < ExtractGenerator.MIN_PROJECTS || projects > ExtractGenerator.MAX_PROJECTS) {
            throw new IllegalArgumentException("projects must be between " + ExtractGenerator.MIN_PROJECTS + " and "
                    + ExtractGenerator.MAX_PROJECTS + ", was " + projects);
        }
        new Timeline(firstFiscalYear, lastFiscalYear);
    }

    /** The calibrated sample's program years, FY2012–FY2014. */
    public GeneratorOptions(Path output, long seed, long projects) {
        this(output, seed, projects, Timeline.CALIBRATED.firstYear(), Timeline.CALIBRATED.lastYear());
    }

    /** The calibrated sample: seed 2014 and {@link ExtractGenerator#DEFAULT_PROJECTS} projects. */
    public static GeneratorOptions calibratedSample(Path output) {
        return new GeneratorOptions(output, ExtractGenerator.DEFAULT_SEED, ExtractGenerator.DEFAULT_PROJECTS);
    }

    /**
     * Parses {@code FIRST-LAST} (e.g. {@code 2005-2014}) or one year into {@code {first, last}}.
     *
     * @throws IllegalArgumentException naming the accepted form and range
     */
    public static int[] fiscalYears(String text) {
        Timeline timeline = Timeline.parse(text);
        return new int[] {timeline.firstYear(), timeline.lastYear()};
    }

    /** The calibrated sample's projects of the given years: at this size a year's figures are the published ones. */
    public static long baseProjects(int firstFiscalYear, int lastFiscalYear) {
        return new Timeline(firstFiscalYear, lastFiscalYear).totalBaseProjects();
    }

    Timeline timeline() {
        return firstFiscalYear == Timeline.CALIBRATED.firstYear() && lastFiscalYear == Timeline.CALIBRATED.lastYear()
                ? Timeline.CALIBRATED : new Timeline(firstFiscalYear, lastFiscalYear);
    }
}
