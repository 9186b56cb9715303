package gov.nist.mep.impact.ingest;

import java.io.IOException;
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
 * restart redoes only the partitions that did not finish, and redoes them whole. The files are those discovery listed
 * in the run's staging ({@code stg_file}), never a new scan of the folder, so a file added to the extract after
 * discovery cannot shift the ordinals the rejects name. A partition names its files by ordinal only (the worker reads
 * their paths from the same list, so no file name is ever joined or split). The partitions are named in file order,
 * largest kinds first, and carry the staging's generation (see {@link IngestConfiguration}): the same staging always
 * gives the same partitions, and staging the extract again gives new ones, all of which run.
 */
final class IngestPartitioner implements Partitioner {

    static final String KIND = "kind";
    static final String FILES = "files";
    static final String FIRST_INDEX = "firstIndex";
    static final String KIND_FILES = "kindFiles";

    /** About 4 MB of records per unit: enough to amortise a commit, small enough to redo and to balance the cores. */
    static final long TARGET_BYTES = 4L << 20;

    private final List<ExtractFile> discovered;
    private final int generation;

    IngestPartitioner(List<ExtractFile> discovered, int generation) {
        this.discovered = discovered;
        this.generation = generation;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (FileKind kind : IngestConfiguration.LARGEST_FIRST) {
            List<ExtractFile> files = discovered.stream().filter(f -> f.kind() == kind).toList();
            List<ExtractFile> unit = new ArrayList<>();
            long bytes = 0;
            int first = 0;
            for (int i = 0; i < files.size(); i++) {
                ExtractFile file = files.get(i);
                unit.add(file);
                bytes += size(file.path());
                if (bytes >= TARGET_BYTES || i == files.size() - 1) {
                    partitions.put(name(kind, partitions.size()), context(kind, unit, first, files.size()));
                    first = i + 1;
                    unit = new ArrayList<>();
                    bytes = 0;
                }
            }
        }
        return partitions;
    }

    private String name(FileKind kind, int index) {
        String name = String.format(Locale.ROOT, "%s-%04d", kind.name().toLowerCase(Locale.ROOT), index);
        return generation <= 1 ? name : name + "-staged-again-" + generation;
    }

    private static ExecutionContext context(FileKind kind, List<ExtractFile> files, int firstIndex, int kindFiles) {
        ExecutionContext context = new ExecutionContext();
        context.putString(KIND, kind.name());
        context.putString(FILES, files.stream().map(f -> Integer.toString(f.ordinal()))
                .collect(Collectors.joining(",")));
        context.putInt(FIRST_INDEX, firstIndex);
        context.putInt(KIND_FILES, kindFiles);
        return context;
    }

    /** A file's size, to balance the units; a file gone since discovery counts as empty (staging it will fail). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
