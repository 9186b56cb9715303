package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.JobParameterNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Which run published which version of a metrics file across the runs of an output folder. */
class CentersServiceTest {

    static final String NAME = "metrics-FY2014.json";

    @TempDir
    Path output;

    private static ExecutionIndex.Summary run(long id, BatchStatus status, String published, String history) {
        ExecutionContext context = new ExecutionContext();
        if (published != null) {
            context.putString(JobParameterNames.PUBLISHED, published);
        }
        if (history != null) {
            context.putString(JobParameterNames.HISTORY, history);
        }
        return new ExecutionIndex.Summary(id, "center-report", status, LocalDateTime.of(2026, 12, 1, 2, 30)
                .plusDays(id), null, Map.of(), context);
    }

    private Path file(String folder) throws IOException {
        Path f = output.resolve(folder).resolve(NAME);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{}");
        return f;
    }

    /** Runs 1, 2 and 5 changed the file; 4 made the same bytes again; 3 failed. Newest first, as the index lists. */
    private List<ExecutionIndex.Summary> runs() {
        return List.of(run(5, BatchStatus.COMPLETED, "data-quality.json," + NAME, "history/20261205T023000Z"),
                run(4, BatchStatus.COMPLETED, "", null),
                run(3, BatchStatus.FAILED, null, null),
                run(2, BatchStatus.COMPLETED, NAME + ",rejects.csv", "history/20261202T023000Z"),
                run(1, BatchStatus.COMPLETED, NAME + ",rejects.csv", null));
    }

    @Test
    void eachVersionIsTheOneItsPublisherReplacedKeptInHistory() throws IOException {
        Path now = file(".");
        Path byRun2 = file("history/20261205T023000Z");
        Path byRun1 = file("history/20261202T023000Z");

        List<CentersService.Found> versions = CentersService.versions(runs(), NAME, output, 4);

        assertThat(versions).extracting(f -> f.run().id()).containsExactly(5L, 2L, 1L);
        assertThat(versions).extracting(CentersService.Found::file).containsExactly(now.normalize(), byRun2, byRun1);
        // at most as many as asked
        assertThat(CentersService.versions(runs(), NAME, output, 2)).extracting(f -> f.run().id())
                .containsExactly(5L, 2L);
    }

    @Test
    void theVersionsStopWhereHistoryNoLongerKeepsOne() throws IOException {
        file(".");
        file("history/20261205T023000Z");
        // history/20261202T023000Z pruned (mep.publish.history-keep)

        assertThat(CentersService.versions(runs(), NAME, output, 4)).extracting(f -> f.run().id())
                .containsExactly(5L, 2L);
    }

    @Test
    void aHistoryFolderOutsideTheOutputsHistoryIsNeverRead() throws IOException {
        file(".");
        file("elsewhere");
        List<ExecutionIndex.Summary> runs = List.of(run(2, BatchStatus.COMPLETED, NAME, "history/../elsewhere"),
                run(1, BatchStatus.COMPLETED, NAME, null));

        assertThat(CentersService.versions(runs, NAME, output, 4)).hasSize(1);
    }

    @Test
    void withoutARecordedPublisherOnlyTheCurrentVersionIsShownAndItsRunIsUnknown() throws IOException {
        Path now = file(".");

        List<CentersService.Found> versions = CentersService.versions(List.of(run(7, BatchStatus.COMPLETED, "",
                null)), NAME, output, 4);

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).run()).isNull();
        assertThat(versions.get(0).file()).isEqualTo(now.normalize());
    }
}
