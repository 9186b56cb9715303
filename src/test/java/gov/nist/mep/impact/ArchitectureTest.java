package gov.nist.mep.impact;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import gov.nist.mep.impact.ingest.CenterRecords;
import gov.nist.mep.impact.ingest.StagedExtract;
import gov.nist.mep.impact.ingest.StagingStore;
import gov.nist.mep.impact.ingest.StagingDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: {@code cli → jobs → report → metrics → ingest}; the web console ({@code console}) sits
 * beside the command line, started by it, and uses jobs and below, never the command line. A layer may use the layers below it,
 * except that {@code report} sees only {@code metrics} (reports render the metrics model, never the extract).
 * {@code economy} (the economy-wide input-output model) works on the metrics model and is attached by {@code jobs};
 * it reads its tables with the extract's CSV parser ({@code ingest.CsvParser}, the project's one CSV reader) and
 * uses nothing else of {@code ingest}.
 * {@code support} (output folder, publishing, software version) is usable by every layer and uses none;
 * {@code generate} (the synthetic extract generator) is used only by the command line and uses nothing of ours but
 * {@code support}. The Boot application class, in the root package, belongs to the command line: it is the entry
 * point that starts {@code cli.Main}.
 */
@AnalyzeClasses(packages = "gov.nist.mep.impact", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "gov.nist.mep.impact";
    private static final String CLI = "gov.nist.mep.impact.cli..";
    private static final String CONSOLE = "gov.nist.mep.impact.console..";
    private static final String JOBS = "gov.nist.mep.impact.jobs..";
    private static final String REPORT = "gov.nist.mep.impact.report..";
    private static final String RENDER = "gov.nist.mep.impact.report.render..";
    private static final String METRICS = "gov.nist.mep.impact.metrics..";
    private static final String ECONOMY = "gov.nist.mep.impact.economy..";
    private static final String INGEST = "gov.nist.mep.impact.ingest..";
    private static final String SUPPORT = "gov.nist.mep.impact.support..";
    private static final String GENERATE = "gov.nist.mep.impact.generate..";

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy(ROOT, CLI)
            .layer("console").definedBy(CONSOLE)
            .layer("jobs").definedBy(JOBS)
            .layer("report").definedBy(REPORT)
            .layer("metrics").definedBy(METRICS)
            .layer("economy").definedBy(ECONOMY)
            .layer("ingest").definedBy(INGEST)
            .layer("generate").definedBy(GENERATE)
            .layer("support").definedBy(SUPPORT)
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("console").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli", "console")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "console", "jobs")
            .whereLayer("economy").mayOnlyBeAccessedByLayers("cli", "console", "jobs")
            .whereLayer("metrics").mayOnlyBeAccessedByLayers("cli", "console", "jobs", "report", "economy")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "console", "jobs", "metrics", "economy")
            .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("support").mayNotAccessAnyLayer()
            .because("dependencies point one way: cli (and the web console beside it) -> jobs -> report -> metrics ->"
                    + " ingest (style guide, habit 13); the command line starts the console, never the other way");

    /** The staging side: the store and its database, and the read queries over them (records, center records). */
    private static final Class<?>[] STAGING = {StagingStore.class, StagingDatabase.class, StagedExtract.class,
        CenterRecords.class};

    /**
     * The staging side (the store, its database, the read queries over them) is ingest's: jobs drive it and nothing
     * else touches it. The command line reads record counts from the job execution, and the metrics read staging,
     * center oversight's reads by center included, through a read port they own ({@code metrics.StagedRecords},
     * implemented in jobs).
     */
    @ArchTest
    static final ArchRule onlyIngestAndJobsUseTheStagingStore = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("staging").definedBy(belongToAnyOf(STAGING))
            .layer("ingest").definedBy(describe("the rest of ingest", (JavaClass c) -> resideInAPackage(INGEST).test(c)
                    && !belongToAnyOf(STAGING).test(c)))
            .layer("jobs").definedBy(JOBS)
            .layer("cli").definedBy(ROOT, CLI)
            .layer("console").definedBy(CONSOLE)
            .layer("metrics").definedBy(METRICS)
            .layer("report").definedBy(REPORT)
            .whereLayer("staging").mayOnlyBeAccessedByLayers("ingest", "jobs");

    /** The economy-wide model reads its tables with the one CSV reader, and nothing else of ingest. */
    @ArchTest
    static final ArchRule theEconomyUsesOnlyTheCsvReaderOfIngest = noClasses().that().resideInAPackage(ECONOMY)
            .should().dependOnClassesThat(describe("ingest classes other than CsvParser",
                    (JavaClass c) -> resideInAPackage(INGEST).test(c)
                            && !c.getName().startsWith(gov.nist.mep.impact.ingest.CsvParser.class.getName())))
            .because("the economy-wide model works on the metrics model; it shares only the CSV reader with ingest");

    @ArchTest
    static final ArchRule theRenderToolkitKnowsNoModel = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAnyPackage(METRICS, INGEST, JOBS, CLI)
            .orShould().dependOnClassesThat().resideInAPackage("gov.nist.mep.impact.report.annual..")
            .orShould().dependOnClassesThat().resideInAPackage("gov.nist.mep.impact.report.impact..")
            .orShould().dependOnClassesThat().resideInAPackage("gov.nist.mep.impact.report.center..")
            .orShould().dependOnClassesThat().resideInAPackage("gov.nist.mep.impact.report")
            .because("report.render is the generic PDF/XLSX toolkit: the reports give it text and numbers");

    /**
     * The console reads the job repository through Spring Batch's {@code JobRepository} and the outputs through their
     * manifest; it never starts a Spring application or a job by itself but through the command line's job runner.
     */
    @ArchTest
    static final ArchRule theConsoleRunsJobsOnlyThroughTheJobRunner = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().belongToAnyOf(org.springframework.batch.core.launch.JobOperator.class)
            .because("a run the console starts is the same job under the same rules as the command line's");

    @ArchTest
    static final ArchRule nothingBelowTheCommandLineKnowsIt = noClasses()
            .that().resideOutsideOfPackages(ROOT, CLI)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, CLI)
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().dependOnClassesThat().belongToAnyOf(org.springframework.boot.ApplicationArguments.class,
                    org.springframework.boot.SpringApplication.class)
            .because("only the command line parses arguments, prints to the console and chooses the exit code");

    /**
     * The rules can fail: a class of report.render that uses a report (report.center), and a class of metrics that
     * reads staging directly (ingest.CenterRecords), both kept in the test sources, break them.
     */
    @Test
    void theRulesSeeTheDependenciesTheyForbid() {
        JavaClasses probes = new ClassFileImporter().importClasses(
                gov.nist.mep.impact.report.render.ArchitectureProbe.class,
                gov.nist.mep.impact.metrics.ArchitectureProbe.class, CenterRecords.class,
                gov.nist.mep.impact.report.center.CenterReports.class);

        assertThat(theRenderToolkitKnowsNoModel.evaluate(probes).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("render.ArchitectureProbe")
                        .contains("report.center.CenterReports"));
        assertThat(onlyIngestAndJobsUseTheStagingStore.evaluate(probes).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("metrics.ArchitectureProbe")
                        .contains("ingest.CenterRecords"));
    }

    /** README's "Project layout" names every package, so that the layering it describes is the one enforced here. */
    @Test
    void theReadmeLayoutNamesEveryPackage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String layout = readme.substring(readme.indexOf("## Project layout"));
        Path root = Path.of("src/main/java/gov/nist/mep/impact");
        List<Path> packages;
        try (Stream<Path> tree = Files.walk(root)) {
            packages = tree.filter(Files::isDirectory).filter(p -> !p.equals(root)).toList();
        }
        assertThat(packages).isNotEmpty().allSatisfy(p -> assertThat(layout).as("README layout").containsPattern(
                "(?m)^" + " ".repeat(2 * root.relativize(p).getNameCount()) + Pattern.quote(p.getFileName() + "/")
                        + " "));
    }

    /** Job parameter names are constants: ingest reads the input folder under the name it defines for jobs. */
    @Test
    void ingestReadsNoJobParameterByALiteralName() throws IOException {
        Pattern literal = Pattern.compile("jobParameters\\['\\w+'\\]|getJobParameters\\(\\)\\.get\\(\"");
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/gov/nist/mep/impact/ingest"))) {
            found = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return literal.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(found).isEmpty();
    }
}
