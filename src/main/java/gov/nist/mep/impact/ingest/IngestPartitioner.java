package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits an extract's files into the units of work of the ingest: runs of consecutive files of one kind, about
 * {@link #TARGET_BYTES} each (a file is never split). Each partition stages its files in one transaction, so a
 * restart redoes only the partitions that did not finish, and redoes them whole. The partitions are named in file
 * order, largest kinds first, so that the same extract always gives the same partitions.
 */
final class IngestPartitioner implements Partitioner {

    static final String KIND = "kind";
    static final String FILES = "files";
    static final String PATHS = "paths";
    static final String FIRST_INDEX = "firstIndex";
    static final String KIND_FILES = "kindFiles";

    /** About 4 MB of records per unit: enough to amortise a commit, small enough to redo and to balance the cores. */
    static final long TARGET_BYTES = 4L << 20;

    private final Path input;

    IngestPartitioner(Path input) {
        this.input = input;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        ExtractLayout layout = ExtractLayout.scan(input);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (FileKind kind : IngestConfiguration.LARGEST_FIRST) {
            List<ExtractFile> files = layout.files(kind);
            List<ExtractFile> unit = new ArrayList<>();
            long bytes = 0;
            int first = 0;
            for (int i = 0; i < files.size(); i++) {
                ExtractFile file = files.get(i);
                unit.add(file);
                bytes += size(file.path());
                if (bytes >= TARGET_BYTES || i == files.size() - 1) {
                    partitions.put(String.format(Locale.ROOT, "%s-%04d", kind.name().toLowerCase(Locale.ROOT),
                            partitions.size()), context(kind, unit, first, files.size()));
                    first = i + 1;
                    unit = new ArrayList<>();
                    bytes = 0;
                }
            }
        }
        return partitions;
    }

    private static ExecutionContext context(FileKind kind, List<ExtractFile> files, int firstIndex, int kindFiles) {
        ExecutionContext context = new ExecutionContext();
        context.putString(KIND, kind.name());
        context.putString(FILES, files.stream().map(f -> Integer.toString(f.ordinal()))
                .collect(Collectors.joining(",")));
        context.putString(PATHS, files.stream().map(ExtractFile::relativePath).collect(Collectors.joining("\n")));
        context.putInt(FIRST_INDEX, firstIndex);
        context.putInt(KIND_FILES, kindFiles);
        return context;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
