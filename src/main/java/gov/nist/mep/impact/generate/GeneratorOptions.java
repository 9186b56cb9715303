package gov.nist.mep.impact.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ExtractGenerator} should write: the extract folder, the random seed, and the number of distinct
 * projects. Figures scale with {@code projects / ExtractGenerator.DEFAULT_PROJECTS}.
 */
public record GeneratorOptions(Path output, long seed, long projects) {

    public GeneratorOptions {
        Objects.requireNonNull(output, "output");
        if (projects < ExtractGenerator.MIN_PROJECTS || projects > ExtractGenerator.MAX_PROJECTS) {
            throw new IllegalArgumentException("projects must be between " + ExtractGenerator.MIN_PROJECTS + " and "
                    + ExtractGenerator.MAX_PROJECTS + ", was " + projects);
        }
    }

    /** The calibrated sample: seed 2014 and {@link ExtractGenerator#DEFAULT_PROJECTS} projects. */
    public static GeneratorOptions calibratedSample(Path output) {
        return new GeneratorOptions(output, ExtractGenerator.DEFAULT_SEED, ExtractGenerator.DEFAULT_PROJECTS);
    }
}
