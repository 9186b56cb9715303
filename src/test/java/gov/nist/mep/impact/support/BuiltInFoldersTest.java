package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jobs and templates folders: the one named, else the working folder's, else the copy built into the jar. */
class BuiltInFoldersTest {

    @TempDir
    Path dir;

    @Test
    void withNoFolderHereTheBuiltInCopyIsUsedAndHoldsEveryFile() throws Exception {
        BuiltInFolders.Location jobs = BuiltInFolders.locate(BuiltInFolders.JOBS, null, dir);
        BuiltInFolders.Location templates = BuiltInFolders.locate(BuiltInFolders.REPORT_TEMPLATES, null, dir);

        assertThat(jobs.builtIn()).isTrue();
        assertThat(jobs.describe()).contains("built-in jobs");
        for (String job : new String[] {"validate", "annual-report", "impact-report", "nightly"}) {
            assertThat(Files.readString(jobs.folder().resolve(job + ".properties")))
                    .isEqualTo(Files.readString(Path.of("jobs", job + ".properties")));
        }
        assertThat(Files.readString(templates.folder().resolve("annual-report/00-cover.md")))
                .isEqualTo(Files.readString(Path.of("report-templates/annual-report/00-cover.md")));
        assertThat(templates.folder().resolve("state-fact-sheet/summary.md")).exists();
    }

    @Test
    void theWorkingFoldersOwnFolderWins() throws Exception {
        Path local = Files.createDirectories(dir.resolve("report-templates"));

        BuiltInFolders.Location l = BuiltInFolders.locate(BuiltInFolders.REPORT_TEMPLATES, null, dir);

        assertThat(l.builtIn()).isFalse();
        assertThat(l.folder()).isEqualTo(local);
    }

    @Test
    void aFolderNamedByTheUserWinsAndMustExist() throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Path mine = Files.createDirectories(dir.resolve("my-jobs"));

        assertThat(BuiltInFolders.locate(BuiltInFolders.JOBS, mine, dir).folder()).isEqualTo(mine);
        assertThatThrownBy(() -> BuiltInFolders.locate(BuiltInFolders.JOBS, dir.resolve("nope"), dir))
                .isInstanceOf(SetupException.class).hasMessageContaining("nope does not exist")
                .hasMessageContaining(dir.resolve("jobs").toString());
    }
}
