package gov.nist.mep.impact.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The extract folder being written. Client and project files are one per center and reporting quarter (e.g.
 * {@code meis/clients/TX01-2014Q2.csv}), created when their first record arrives; survey files are one per wave
 * ({@code survey/wave-2014Q2.csv}). A few files vary the way senders do: shuffled columns, optional columns left
 * out, an extra column, a byte-order mark, JSON Lines.
 */
final class ExtractOutput implements ExtractSink, Closeable {

    private static final String[] RECORD_FOLDERS = {"meis/clients", "meis/projects", "survey"};
    private static final String STORY_FOLDER = "success-stories";
    /** The ZIP-to-district crosswalk (synthetic, see {@link CongressionalDistricts}). */
    static final String CROSSWALK = "reference/zip-congressional-districts.csv";

    private final Path root;
    private final long seed;
    private final String jsonLinesClientFile;
    private final String jsonLinesProjectFile;
    private final String byteOrderMarkClientFile;
    private final Timeline timeline;
    private final ExtractFile[] clientFiles;
    private final ExtractFile[] projectFiles;
    private final ExtractFile[] waveFiles;
    private int files;

    private ExtractOutput(Path root, long seed, List<CenterProfile> centers, Timeline timeline) {
        this.root = root;
        this.seed = seed;
        this.timeline = timeline;
        this.clientFiles = new ExtractFile[timeline.reportingQuarters()];
        this.projectFiles = new ExtractFile[timeline.reportingQuarters()];
        this.waveFiles = new ExtractFile[timeline.waves()];
        List<CenterProfile> largest = centers.stream()
                .sorted(Comparator.comparingDouble(CenterProfile::activityWeight).reversed()
                        .thenComparing(CenterProfile::centerId))
                .toList();
        this.jsonLinesClientFile = largest.get(0).centerId() + "-2013Q2";
        this.jsonLinesProjectFile = largest.get(1).centerId() + "-2014Q1";
        this.byteOrderMarkClientFile = largest.get(2).centerId() + "-2012Q4";
    }

    /**
     * Creates the contract's folders under {@code root}. Record files left there by an earlier run are deleted, so
     * that the folder holds exactly one extract.
     */
    static ExtractOutput create(Path root, long seed, List<CenterProfile> centers, Timeline timeline)
            throws IOException {
        for (String folder : RECORD_FOLDERS) {
            Path path = root.resolve(folder);
            Files.createDirectories(path);
            deleteFiles(path, "*.{csv,jsonl}");
        }
        Files.createDirectories(root.resolve(CROSSWALK).getParent());
        Path stories = root.resolve(STORY_FOLDER);
        Files.createDirectories(stories);
        deleteFiles(stories, "*.json");
        return new ExtractOutput(root, seed, centers, timeline);
    }

    private static void deleteFiles(Path folder, String glob) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, glob)) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
    }

    void writeTable(String file, List<String> header, List<List<String>> rows) throws IOException {
        ExtractFile.writeTable(root.resolve(file), header, rows);
        files++;
    }

    void writeStory(String name, String json) throws IOException {
        Files.writeString(root.resolve(STORY_FOLDER).resolve(name), json, StandardCharsets.UTF_8);
        files++;
    }

    int filesWritten() {
        return files;
    }

    @Override
    public void client(CenterProfile center, FiscalQuarter quarter, String[] row) throws IOException {
        centerFile(RecordKind.CLIENT, clientFiles, center, quarter).write(row);
    }

    @Override
    public void project(CenterProfile center, FiscalQuarter quarter, String[] row) throws IOException {
        centerFile(RecordKind.PROJECT, projectFiles, center, quarter).write(row);
    }

    @Override
    public void survey(FiscalQuarter wave, String[] row) throws IOException {
        int slot = wave.index() - timeline.firstWave().index();
        if (waveFiles[slot] == null) {
            String stem = "wave-" + wave.label();
            waveFiles[slot] = createFile(RecordKind.SURVEY, stem, waveLayout(wave));
        }
        waveFiles[slot].write(row);
    }

    @Override
    public void centerFinished() throws IOException {
        closeAll(clientFiles);
        closeAll(projectFiles);
    }

    @Override
    public void close() throws IOException {
        centerFinished();
        closeAll(waveFiles);
    }

    private ExtractFile centerFile(RecordKind kind, ExtractFile[] openFiles, CenterProfile center, FiscalQuarter quarter)
            throws IOException {
        int slot = quarter.index() - timeline.firstReportingQuarter().index();
        if (openFiles[slot] == null) {
            String stem = center.centerId() + "-" + quarter.label();
            openFiles[slot] = createFile(kind, stem, centerFileLayout(kind, stem));
        }
        return openFiles[slot];
    }

    private ExtractFile createFile(RecordKind kind, String stem, FileLayout layout) throws IOException {
        files++;
        return ExtractFile.create(root.resolve(kind.folder()).resolve(stem + layout.extension()), layout);
    }

    private FileLayout centerFileLayout(RecordKind kind, String stem) {
        if (kind == RecordKind.CLIENT && stem.equals(jsonLinesClientFile)
                || kind == RecordKind.PROJECT && stem.equals(jsonLinesProjectFile)) {
            return FileLayout.jsonLines(kind);
        }
        if (kind == RecordKind.CLIENT && stem.equals(byteOrderMarkClientFile)) {
            return FileLayout.withByteOrderMark(kind);
        }
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x4c41594fL, kind.ordinal(), stem.hashCode()));
        int variant = random.nextInt(1000);
        if (variant < 30) {
            return FileLayout.shuffled(kind, random);
        }
        if (variant < 45) {
            return FileLayout.withoutOptionalColumns(kind);
        }
        if (variant < 65) {
            return FileLayout.withExtraColumn(kind, random);
        }
        return FileLayout.canonical(kind);
    }

    private FileLayout waveLayout(FiscalQuarter wave) {
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x57415645L, wave.index()));
        return switch (wave.label()) {
            case "2013Q2" -> FileLayout.shuffled(RecordKind.SURVEY, random);
            case "2012Q3" -> FileLayout.withoutOptionalColumns(RecordKind.SURVEY);
            case "2014Q1" -> FileLayout.withExtraColumn(RecordKind.SURVEY, random);
            default -> FileLayout.canonical(RecordKind.SURVEY);
        };
    }

    private static void closeAll(ExtractFile[] openFiles) throws IOException {
        for (int i = 0; i < openFiles.length; i++) {
            if (openFiles[i] != null) {
                openFiles[i].close();
                openFiles[i] = null;
            }
        }
    }
}
