package gov.nist.mep.impact.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} with the calibrated sample's options writes sample-data/ byte for byte, every file. */
class SampleDataReproducedTest {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theCalibratedSampleIsSampleDataByteForByte() throws IOException {
        new ExtractGenerator().generate(GeneratorOptions.calibratedSample(temp));

        Map<String, Path> written = files(temp);
        Map<String, Path> committed = files(SAMPLE);
        assertThat(written.keySet()).containsExactlyElementsOf(committed.keySet());
        for (Map.Entry<String, Path> f : written.entrySet()) {
            assertThat(Files.mismatch(f.getValue(), committed.get(f.getKey()))).as(f.getKey()).isEqualTo(-1L);
        }
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }
}
