/**
 * Synthetic extract folders for development, tests and load runs.
 *
 * <p>{@link gov.nist.mep.impact.generate.ExtractGenerator} writes an extract laid out per
 * shared/contract/extracts.md. With {@link gov.nist.mep.impact.generate.GeneratorOptions#calibratedSample} (seed
 * 2014, {@code ExtractGenerator.DEFAULT_PROJECTS} projects) the FY2014 national figures computed per
 * shared/contract/metrics.md are exactly the program's published FY2014 figures; other sizes scale them. The same
 * options always give byte-identical files, and memory stays flat as the size grows (records are streamed center
 * by center; 1,000,000 projects run in -Xmx256m).
 *
 * <pre>
 * GeneratorSummary summary = new ExtractGenerator().generate(GeneratorOptions.calibratedSample(folder));
 * </pre>
 *
 * <p>There is no {@code main} here, so the application keeps a single entry point; a CLI command or a test calls
 * the generator.
 */
package gov.nist.mep.impact.generate;
