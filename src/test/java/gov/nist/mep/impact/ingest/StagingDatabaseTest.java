package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staging engine's files: where they go, one per run, created only by discovery, gone with the run. */
class StagingDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theStagingFolderNeverDependsOnTheWorkingFolderUnlessTheJobRepositoryDoes() {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:file:./.mep-impact/mep-impact;AUTO_SERVER=TRUE"))
                .as("next to an H2 file, which is itself where the URL says").isAbsolute()
                .isEqualTo(cwd.resolve(".mep-impact/mep-impact.staging"));
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:file:/srv/mep/db")).isEqualTo(Path.of("/srv/mep/db.staging"));
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:/srv/mep/db;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("/srv/mep/db.staging"));
        assertThat(StagingDatabase.defaultDirectory("jdbc:h2:~/mep/db"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "mep", "db.staging"));

        Path postgres = StagingDatabase.defaultDirectory("jdbc:postgresql://db/mep");
        assertThat(postgres).as("a database server's runs: in the user's home, whatever the working folder")
                .isAbsolute().startsWithRaw(Path.of(System.getProperty("user.home"), ".mep-impact", "staging"));
        assertThat(postgres.startsWith(cwd.resolve(".mep-impact"))).isFalse();
        assertThat(StagingDatabase.defaultDirectory("jdbc:postgresql://db/mep")).isEqualTo(postgres);
        assertThat(StagingDatabase.defaultDirectory("jdbc:postgresql://other/mep")).isNotEqualTo(postgres);
    }

    @Test
    void twoJobRepositoriesNamingTheSameStagingFolderNeverShareARunsFile() throws Exception {
        // two processes with an in-memory job repository each (run ids start at 1 in both), or two repositories
        StagingDatabase one = new StagingDatabase("jdbc:h2:mem:mep", dir.toString(), "64MB", 1);
        StagingDatabase two = new StagingDatabase("jdbc:h2:mem:mep", dir.toString(), "64MB", 1);
        StagingDatabase fileA = new StagingDatabase("jdbc:h2:file:" + dir.resolve("a/db"), dir.toString(), "64MB", 1);
        StagingDatabase fileB = new StagingDatabase("jdbc:h2:file:" + dir.resolve("b/db"), dir.toString(), "64MB", 1);
        assertThat(List.of(one.file(1), two.file(1), fileA.file(1), fileB.file(1))).doesNotHaveDuplicates()
                .allSatisfy(f -> assertThat(f).startsWithRaw(dir));
        try {
            StagingStore first = new StagingStore(one);
            StagingStore second = new StagingStore(two);
            first.create(1);
            second.create(1);
            second.deleteRun(1);

            assertThat(first.exists(1)).as("deleting the other's run 1 left this one's").isTrue();
            assertThat(first.jdbc(1).queryForObject("SELECT COUNT(*) FROM stg_file", Long.class)).isZero();
        } finally {
            one.destroy();
            two.destroy();
        }
        assertThat(one.directory()).as("an in-memory repository's folder goes with its process").doesNotExist();
    }

    @Test
    void eachRunHasItsOwnFileWhichDeletingTheRunRemoves() throws Exception {
        StagingDatabase database = new StagingDatabase("jdbc:h2:mem:x", dir.toString(), "64MB", 1);
        StagingStore store = new StagingStore(database);
        try {
            store.create(1);
            store.create(2);
            JdbcTemplate one = store.jdbc(1);
            JdbcTemplate two = store.jdbc(2);
            one.update("INSERT INTO stg_file (run_id, file_ord, kind, path) VALUES (1, 0, 'CENTERS', 'centers.csv')");
            assertThat(two.queryForObject("SELECT COUNT(*) FROM stg_file", Long.class)).isZero();
            assertThat(store.stagedRuns()).containsExactly(1L, 2L);
            assertThat(store.token(1)).isNotEqualTo(store.token(2));

            store.close(1);
            assertThat(store.jdbc(1).queryForObject("SELECT COUNT(*) FROM stg_file", Long.class))
                    .as("closed and opened again: the rows are in the file").isEqualTo(1);

            store.deleteRun(1);
            assertThat(store.stagedRuns()).containsExactly(2L);
            try (var files = Files.list(database.directory())) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run-1"))).isEmpty();
            }
        } finally {
            database.destroy();
        }
    }

    @Test
    void stagedRecordsTakingHalfTheMemoryLimitAreWrittenIntoTheFileAndReadTheSame() throws Exception {
        // 400,000 rows of a number and 32 hexadecimal digits, appended 10,000 at a time as ingest stages them, then
        // all updated as the resolution marks them: against limits of 64MB (written) and 1GB (kept)
        String digest = "SELECT COUNT(*) || '/' || SUM(run_id) || '/' || SUM(LENGTH(token)) FROM stg_run"
                + " WHERE token = upper(token)";
        StagingDatabase small = new StagingDatabase("jdbc:h2:mem:x", dir.resolve("small").toString(), "64MB", 1);
        StagingDatabase large = new StagingDatabase("jdbc:h2:mem:x", dir.resolve("large").toString(), "1GB", 1);
        try {
            StagingStore tight = new StagingStore(small);
            StagingStore roomy = new StagingStore(large);
            tight.create(1);
            roomy.create(1);
            for (JdbcTemplate jdbc : List.of(tight.jdbc(1), roomy.jdbc(1))) {
                for (int i = 0; i < 40; i++) {
                    jdbc.update("INSERT INTO stg_run SELECT i, md5(i::VARCHAR) FROM range(?, ?) t(i)", i * 10_000,
                            (i + 1) * 10_000);
                }
                jdbc.update("UPDATE stg_run SET token = upper(token)");
            }
            long walBefore = Files.size(Path.of(small.file(1) + ".wal"));

            StagingDatabase.Compaction written = small.compactIfLarge(1);
            StagingDatabase.Compaction kept = large.compactIfLarge(1);

            assertThat(written.bytesHeld()).as("memory and spilled bytes, as the engine counts them")
                    .isGreaterThanOrEqualTo(32_000_000);
            assertThat(written.written()).isTrue();
            assertThat(kept.bytesHeld()).isGreaterThanOrEqualTo(32_000_000);
            assertThat(kept.written()).as("under half of 1GB").isFalse();
            assertThat(Files.size(small.file(1))).as("the records are in the database file")
                    .isGreaterThan(1_000_000);
            assertThat(walBefore).as("they were in the write-ahead log before").isGreaterThan(1_000_000);
            assertThat(Files.size(large.file(1))).as("kept: still in the write-ahead log only").isLessThan(1_000_000);
            assertThat(tight.jdbc(1).queryForObject(digest, String.class))
                    .isEqualTo(roomy.jdbc(1).queryForObject(digest, String.class))
                    .isEqualTo("400001/" + (399_999L * 400_000 / 2 + 1) + "/" + (400_000 * 32L + 36));
            tight.close(1);
            assertThat(tight.jdbc(1).queryForObject(digest, String.class)).as("closed and opened again, as a restart")
                    .isEqualTo(roomy.jdbc(1).queryForObject(digest, String.class));
        } finally {
            small.destroy();
            large.destroy();
        }
    }

    @Test
    void readingARunWithoutStagingFailsAndCreatesNothing() throws Exception {
        StagingDatabase database = new StagingDatabase("jdbc:h2:mem:x", dir.toString(), "64MB", 1);
        StagingStore store = new StagingStore(database);
        StagedExtract extract = new StagedExtract(store);
        try {
            assertThatThrownBy(() -> extract.centers(5)).isInstanceOf(StagingMissingException.class)
                    .hasMessageStartingWith("the staging of run 5 is missing: " + database.file(5));
            assertThatThrownBy(() -> store.rejects(5)).isInstanceOf(StagingMissingException.class);
            assertThatThrownBy(() -> store.stage(5, FileKind.CENTERS, List.of(), f -> { }))
                    .isInstanceOf(StagingMissingException.class);

            assertThat(store.stagedRuns()).isEmpty();
            assertThat(database.file(5)).doesNotExist();
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
            store.create(7);
            ExtractFile file = new ExtractFile(FileKind.CENTERS, 0, "centers.csv", centers);
            StagingStore.Staged first = store.stage(7, FileKind.CENTERS, List.of(file), f -> { });
            StagingStore.Staged again = store.stage(7, FileKind.CENTERS, List.of(file), f -> { });

            assertThat(first).isEqualTo(new StagingStore.Staged(2, 1));
            assertThat(again).isEqualTo(first);
            JdbcTemplate jdbc = store.jdbc(7);
            assertThat(jdbc.queryForList("SELECT center_id FROM stg_center", String.class)).containsExactly("OH01");
            assertThat(jdbc.queryForList("SELECT center_id || ' ' || rule || ' ' || line FROM stg_reject",
                    String.class)).containsExactly("KS01 boolean 3");
            assertThat(store.contents(7)).isEqualTo(new StagingStore.Contents(0, 2, 1));
        } finally {
            database.destroy();
        }
    }
}
