package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;

/**
 * The ingest stages exactly the files discovery listed: a file that appears in the extract after discovery is not
 * read (it would shift the ordinals the rejects name), and a file name with a line break in it is staged under its
 * own name.
 */
class DiscoveredFilesTest extends BatchTestSupport {

    private static final String CLIENT_HEADER = "client_name,contact_phone,state,employees,submitted_date,client_id,"
            + "contact_name,contact_email,naics,center_id,free_text_note";

    @TempDir
    Path dir;

    @Autowired
    AddsAFileAfterDiscovery afterDiscovery;

    private List<String> expectedRejects() throws IOException {
        return Files.readAllLines(Fixtures.CONTRACT_EXAMPLE.resolve("expected-rejects.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    private long read(JobExecution e) {
        return staging.fileCounts(e.getJobInstance().getInstanceId()).stream().mapToLong(FileCounts::read).sum();
    }

    @Test
    void aFileAddedToTheExtractAfterDiscoveryIsNotRead() throws Exception {
        Path extract = dir.resolve("extract");
        FileSystemUtils.copyRecursively(Fixtures.EXAMPLE_EXTRACT, extract);
        // sorts before every client file: a new scan would shift the ordinals of all of them
        afterDiscovery.file.set(extract.resolve("meis/clients/AA00-late.csv"));

        JobExecution e = run("validate", extract, dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.exists(extract.resolve("meis/clients/AA00-late.csv"))).isTrue();
        assertThat(rejects(e).stream().map(r -> r.file() + "," + r.line()).toList())
                .containsExactlyElementsOf(expectedRejects());
        assertThat(read(e)).isEqualTo(395);
    }

    @Test
    void aFileNameWithALineBreakIsStagedUnderItsOwnName() throws Exception {
        Path extract = dir.resolve("extract");
        FileSystemUtils.copyRecursively(Fixtures.EXAMPLE_EXTRACT, extract);
        String name = "meis/clients/KS01\nlate.csv";
        Files.writeString(extract.resolve(name), CLIENT_HEADER + "\n"
                + "Late Parts,555-0100,KS,40,2014-03-01,C09998,Pat Doe,pat@example.com,332710,KS01,\n"
                + "Late Tools,555-0100,KS,-4,2014-03-01,C09999,Pat Doe,pat@example.com,332710,KS01,\n");

        JobExecution e = run("validate", extract, dir.resolve("out"), null);

        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(read(e)).isEqualTo(395 + 2);
        assertThat(staging.fileCounts(e.getJobInstance().getInstanceId())).filteredOn(f -> f.file().equals(name))
                .singleElement().satisfies(f -> assertThat(f.read()).isEqualTo(2));
        assertThat(rejects(e)).filteredOn(r -> r.file().equals(name)).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(3));
    }

    @TestConfiguration
    static class Discovery {
        @Bean
        @Primary
        AddsAFileAfterDiscovery addsAFileAfterDiscovery(StagingDatabase database) {
            return new AddsAFileAfterDiscovery(database);
        }
    }

    /** The staging store, writing a new client file into the extract right after discovery listed the files. */
    static final class AddsAFileAfterDiscovery extends StagingStore {

        final AtomicReference<Path> file = new AtomicReference<>();

        AddsAFileAfterDiscovery(StagingDatabase database) {
            super(database);
        }

        @Override
        void insertFiles(long runId, List<ExtractFile> files) {
            super.insertFiles(runId, files);
            Path late = file.getAndSet(null);
            if (late != null) {
                try {
                    Files.writeString(late, CLIENT_HEADER + "\n"
                            + "Late Parts,555-0100,KS,-1,2014-03-01,C09997,Pat Doe,pat@example.com,332710,KS01,\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
