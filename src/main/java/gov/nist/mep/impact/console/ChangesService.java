package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.jobs.operations.MetricsDiff;
import gov.nist.mep.impact.support.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The Changes page: the figures a run changed against the outputs it replaced, as {@code diff} computes them. The
 * outputs a run replaced are the ones its publish kept under {@code history/} (the execution records which folder);
 * what replaced them is the next kept version of the same file, or the file in the output folder when no later run
 * replaced it again. National figures first, then states, then centers, then data quality, then the rest; in each,
 * the largest relative change first.
 */
@Service
@ConsoleOnly
class ChangesService {

    /** Rows shown at most; the count says how many there are. */
    static final int MAX_ROWS = 1000;

    enum Level {
        NATIONAL("National"), STATE("State"), CENTER("Center"), DATA_QUALITY("Data quality"), OTHER("Other");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Level of(String file, String path) {
            if (path.startsWith("national.")) {
                return NATIONAL;
            }
            if (path.startsWith("states[")) {
                return STATE;
            }
            if (path.startsWith("centers[") || path.startsWith("centerOversight.centers[")) {
                return CENTER;
            }
            if (file.equals("data-quality.json") || path.startsWith("dataQuality.")) {
                return DATA_QUALITY;
            }
            return OTHER;
        }
    }

    record ChangeRow(String file, String level, String figure, String before, String after, String change,
            String percent, boolean up, boolean down, BigDecimal delta, BigDecimal relative) {
    }

    /**
     * The changes of a run, or why there are none to show.
     *
     * @param replacedFolder the folder of the replaced outputs, relative to the output folder
     */
    record Changes(RunsService.RunRow run, String note, String replacedFolder, List<ChangeRow> rows, int total) {
    }

    private final RunService runs;

    ChangesService(RunService runs) {
        this.runs = runs;
    }

    java.util.Optional<Changes> of(long id) {
        return runs.execution(id).map(this::of);
    }

    private Changes of(JobExecution e) {
        RunsService.RunRow row = RunsService.row(e);
        if (e.getStatus() != BatchStatus.COMPLETED) {
            return new Changes(row, "This run did not complete, so it published nothing and changed no figure.", null,
                    List.of(), 0);
        }
        String replaced = e.getExecutionContext().containsKey(JobParameterNames.HISTORY)
                ? e.getExecutionContext().getString(JobParameterNames.HISTORY) : null;
        Path output = Path.of(e.getJobParameters().getString(JobParameterNames.OUTPUT)).toAbsolutePath().normalize();
        if (replaced == null) {
            String published = e.getExecutionContext().containsKey(JobParameterNames.PUBLISHED)
                    ? e.getExecutionContext().getString(JobParameterNames.PUBLISHED) : "";
            return new Changes(row, published.isEmpty() ? "This run changed no output: every file it made had the"
                    + " same bytes as the one already published." : "This run replaced no earlier output: its"
                    + " outputs were the first published in " + output + ".", null, List.of(), 0);
        }
        Path kept = output.resolve(replaced).normalize();
        Path history = output.resolve(Publisher.HISTORY);
        if (!kept.startsWith(history) || !Files.isDirectory(kept)) {
            return new Changes(row, "The outputs this run replaced are no longer kept (" + replaced + " was removed).",
                    replaced, List.of(), 0);
        }
        List<ChangeRow> rows = new ArrayList<>();
        for (Path before : jsonFiles(kept)) {
            String name = kept.relativize(before).toString().replace('\\', '/');
            Path after = versionAfter(history, kept, output, name);
            if (after == null) {
                continue;
            }
            JsonNode a = PublishedOutputs.read(before);
            JsonNode b = PublishedOutputs.read(after);
            if (a == null || b == null) {
                continue;
            }
            for (MetricsDiff.Change c : MetricsDiff.changes(MetricsDiff.flatten(a), MetricsDiff.flatten(b))) {
                rows.add(row(name, c));
            }
        }
        List<ChangeRow> sorted = sort(rows);
        return new Changes(row, sorted.isEmpty() ? "No figure changed in the JSON outputs this run replaced." : null,
                replaced, sorted.subList(0, Math.min(MAX_ROWS, sorted.size())), sorted.size());
    }

    /** The version of a file that replaced the one kept in {@code kept}: the next kept version, else the current. */
    static Path versionAfter(Path history, Path kept, Path output, String name) {
        List<Path> later;
        try (Stream<Path> folders = Files.list(history)) {
            later = folders.filter(Files::isDirectory)
                    .filter(f -> f.getFileName().toString().compareTo(kept.getFileName().toString()) > 0)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : later) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        Path current = output.resolve(name);
        return Files.isRegularFile(current) ? current : null;
    }

    private static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(Publisher.MANIFEST)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChangeRow row(String file, MetricsDiff.Change c) {
        String change = "";
        String percent = "";
        if (c.delta() != null) {
            change = (c.delta().signum() > 0 ? "+" : "") + c.delta().round(MathContext.DECIMAL64).toPlainString();
        }
        if (c.relative() != null) {
            percent = String.format(Locale.US, "%s%.2f%%", c.relative().signum() > 0 ? "+" : "",
                    c.relative().doubleValue() * 100);
        }
        return new ChangeRow(file, Level.of(file, c.path()).label(), c.path(), MetricsDiff.text(c.before()),
                MetricsDiff.text(c.after()), change, percent, c.delta() != null && c.delta().signum() > 0,
                c.delta() != null && c.delta().signum() < 0, c.delta(), c.relative());
    }

    static List<ChangeRow> sort(List<ChangeRow> rows) {
        Comparator<ChangeRow> byLevel = Comparator.comparing(r -> Level.valueOf(r.level().toUpperCase(Locale.ROOT)
                .replace(' ', '_')));
        // relative changes first, largest first; then changes from zero by size; then the rest (text, absent values)
        Comparator<ChangeRow> kind = Comparator.comparingInt(r -> r.relative() != null ? 0 : r.delta() != null ? 1 : 2);
        Comparator<ChangeRow> bySize = Comparator.comparing((ChangeRow r) -> r.relative() != null ? r.relative().abs()
                : r.delta() != null ? r.delta().abs() : BigDecimal.ZERO, Comparator.reverseOrder());
        return rows.stream().sorted(byLevel.thenComparing(kind).thenComparing(bySize).thenComparing(ChangeRow::figure))
                .toList();
    }
}
