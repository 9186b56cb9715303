package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.jobs.operations.UsageException;
import gov.nist.mep.impact.generate.ExtractGenerator;
import gov.nist.mep.impact.generate.GeneratorOptions;
import gov.nist.mep.impact.generate.GeneratorSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The {@code generate} command: a synthetic extract in the contract's layout, the same bytes for the same seed and
 * size. Without options it writes the calibrated sample (seed {@value ExtractGenerator#DEFAULT_SEED}, FY2012–FY2014);
 * {@code --fiscal-years FIRST-LAST} covers other program years (by default with the calibrated sample's projects of
 * those years, so that each year's figures are the sample's).
 */
final class Generate {

    private Generate() {
    }

    static int run(Main.Options options, PrintStream out) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path output = options.path("output", cwd);
        if (output == null) {
            throw new UsageException("generate needs --output DIR");
        }
        if (!options.force() && holdsFiles(output)) {
            throw new UsageException(output + " already holds files, and generate would replace the record files of"
                    + " an extract there. Fix: name a new or empty folder, or add --force to replace them");
        }
        String years = options.value("fiscal-years");
        long projects;
        long seed = longOption(options, "seed", ExtractGenerator.DEFAULT_SEED);
        GeneratorOptions generatorOptions;
        try {
            if (years == null) {
                projects = longOption(options, "projects", ExtractGenerator.DEFAULT_PROJECTS);
                generatorOptions = new GeneratorOptions(output, seed, projects);
            } else {
                int[] range = GeneratorOptions.fiscalYears(years);
                projects = longOption(options, "projects", GeneratorOptions.baseProjects(range[0], range[1]));
                generatorOptions = new GeneratorOptions(output, seed, projects, range[0], range[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long started = System.nanoTime();
        GeneratorSummary summary = new ExtractGenerator().generate(generatorOptions);
        out.printf("Generated a synthetic extract in %s (seed %d, %,d projects) in %.1f s: %s%n", output, seed,
                projects, (System.nanoTime() - started) / 1e9, summary);
        return ExitCodes.OK;
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static long longOption(Main.Options options, String name, long fallback) {
        String value = options.value(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
