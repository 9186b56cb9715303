package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staging engine's files: where they go, one per run, gone with the run. */
class StagingDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theStagingFolderGoesWithTheJobRepository() {
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:file:./.mep-impact/mep-impact;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("./.mep-impact/mep-impact.staging"));
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:file:/srv/mep/db"))
                .isEqualTo(Path.of("/srv/mep/db.staging"));
        Path postgres = StagingDatabase.defaultDirectory("jdbc:postgresql://db/mep");
        assertThat(postgres.getParent()).isEqualTo(Path.of(".mep-impact", "staging"));
        assertThat(StagingDatabase.defaultDirectory("jdbc:postgresql://other/mep")).isNotEqualTo(postgres);
    }

    @Test
    void eachRunHasItsOwnFileWhichDeletingTheRunRemoves() throws Exception {
        StagingDatabase database = new StagingDatabase("jdbc:h2:mem:x", dir.toString(), "64MB", 1);
        StagingStore store = new StagingStore(database);
        try {
            JdbcTemplate one = store.jdbc(1);
            JdbcTemplate two = store.jdbc(2);
            one.update("INSERT INTO stg_file (run_id, file_ord, kind, path) VALUES (1, 0, 'CENTERS', 'centers.csv')");
            assertThat(two.queryForObject("SELECT COUNT(*) FROM stg_file", Long.class)).isZero();
            assertThat(store.stagedRuns()).containsExactly(1L, 2L);

            store.close(1);
            assertThat(store.jdbc(1).queryForObject("SELECT COUNT(*) FROM stg_file", Long.class))
                    .as("closed and opened again: the rows are in the file").isEqualTo(1);

            store.deleteRun(1);
            assertThat(store.stagedRuns()).containsExactly(2L);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run-1"))).isEmpty();
            }
        } finally {
            database.destroy();
        }
    }

    @Test
    void aUnitOfFilesIsStagedOnceEvenWhenStagedAgainAfterAnInterruption() throws Exception {
        Path centers = dir.resolve("extract").resolve("centers.csv");
        Files.createDirectories(centers.getParent());
        Files.writeString(centers, "center_id,center_name,state,host_type,award_start_fy,recompeted\n"
                + "OH01,Ohio MEP,OH,NONPROFIT,2010,false\n"
                + "KS01,Kansas MEP,KS,UNIVERSITY,2010,maybe\n");
        StagingDatabase database = new StagingDatabase("jdbc:h2:mem:x", dir.resolve("staging").toString(), "64MB", 1);
        StagingStore store = new StagingStore(database);
        try {
            ExtractFile file = new ExtractFile(FileKind.CENTERS, 0, "centers.csv", centers);
            StagingStore.Staged first = store.stage(7, FileKind.CENTERS, List.of(file), f -> { });
            StagingStore.Staged again = store.stage(7, FileKind.CENTERS, List.of(file), f -> { });

            assertThat(first).isEqualTo(new StagingStore.Staged(2, 1));
            assertThat(again).isEqualTo(first);
            JdbcTemplate jdbc = store.jdbc(7);
            assertThat(jdbc.queryForList("SELECT center_id FROM stg_center", String.class)).containsExactly("OH01");
            assertThat(jdbc.queryForList("SELECT center_id || ' ' || rule || ' ' || line FROM stg_reject",
                    String.class)).containsExactly("KS01 boolean 3");
        } finally {
            database.destroy();
        }
    }
}
