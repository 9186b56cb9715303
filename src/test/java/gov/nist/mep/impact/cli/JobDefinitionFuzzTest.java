package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.jobs.operations.JobDefinition;
import gov.nist.mep.impact.jobs.operations.UsageException;
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fuzz campaign of 2026-12-07, "Job definitions": a job name cannot reach outside the jobs folder, a definition
 * saved with a byte-order mark is read, a key given twice is refused naming both lines, and a long value is abridged
 * in the one line that names it.
 */
class JobDefinitionFuzzTest {

    @TempDir
    Path dir;

    private BuiltInFolders.Location jobs() throws Exception {
        return new BuiltInFolders.Location(BuiltInFolders.JOBS, Files.createDirectories(dir.resolve("project/jobs")),
                false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "..", "sub/../../secret", "/etc/secret", "nested/secret"})
    void aJobNameCannotReachOutsideTheJobsFolder(String name) throws Exception {
        BuiltInFolders.Location jobs = jobs();
        Files.writeString(dir.resolve("project/secret.properties"), "job=validate\ninput=/\noutput=/tmp/stolen\n");
        Files.createDirectories(jobs.folder().resolve("nested"));
        Files.writeString(jobs.folder().resolve("nested/secret.properties"), "job=validate\ninput=/\noutput=/x\n");
        Path elsewhere = Files.createDirectories(dir.resolve("cwd"));

        assertThatThrownBy(() -> JobDefinition.find(name, elsewhere, jobs)).isInstanceOf(UsageException.class)
                .hasMessageContaining("no job definition '" + name + "'")
                .hasMessageContaining("a job name is a plain name");
    }

    @Test
    void aJobNameOutsideTheJobsFolderIsRefusedByTheCommand() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("jobs"));
        Files.writeString(project.resolve("secret.properties"), "job=validate\ninput=" + Fixtures.EXAMPLE_EXTRACT
                + "\noutput=" + dir.resolve("stolen") + "\n");

        Console c = new Console(dir).run("run", "../secret", "--jobs", project.resolve("jobs").toString());

        assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("stolen")).doesNotExist();
    }

    @Test
    void aDefinitionSavedWithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("project/jobs/bom.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, ("\uFEFFjob=validate\ninput=in\noutput=out\n").getBytes(StandardCharsets.UTF_8));

        JobDefinition d = JobDefinition.load(file);

        assertThat(d.job()).isEqualTo("validate");
        assertThat(d.input()).isEqualTo(dir.resolve("project/in"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKeyAndBothLines() throws Exception {
        Path file = dir.resolve("project/jobs/twice.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, List.of("# a comment", "job=validate", "input=in", "output = \\", "  out", "input:other"));

        assertThatThrownBy(() -> JobDefinition.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ": key 'input' is given twice, on lines 3 and 6. Fix: keep one of them");
    }

    @Test
    void continuedLinesAndEscapesAreNotMistakenForKeys() throws Exception {
        Path file = dir.resolve("project/jobs/ok.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, List.of("job=validate", "description=one \\", "  input=not a key", "input=in",
                "output=out", "! another comment with input=x"));

        assertThat(JobDefinition.load(file).description()).isEqualTo("one input=not a key");
    }

    @Test
    void aMegabytePathIsAbridgedInTheOneLineThatNamesIt() throws Exception {
        String huge = "/x" + "y".repeat(1_000_000);
        Path jobsFolder = Files.createDirectories(dir.resolve("project/jobs"));
        Files.writeString(jobsFolder.resolve("huge.properties"), "job=validate\ninput=" + huge + "\noutput="
                + dir.resolve("out") + "\n");

        Console c = new Console(dir).run("run", "huge", "--jobs", jobsFolder.toString());

        assertThat(c.exit()).as(c.toString().substring(0, 300)).isEqualTo(ExitCodes.USAGE);
        assertThat(c.errorLines()).hasSize(1);
        assertThat(c.err().length()).isLessThan(600);
        assertThat(c.err()).contains("input folder /xyyyy").contains("characters").contains("does not exist");
    }
}
