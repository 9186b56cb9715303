package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of one extract folder as the contract lays them out. Every file and folder must exist except
 * {@code success-stories/} and {@code reference/zip-congressional-districts.csv}; a missing one is a structural
 * error. Files are ordered by their path relative to the
 * extract, which within a folder is the contract's "file order".
 */
public final class ExtractLayout {

    private final Path root;
    private final List<ExtractFile> files;
    private final List<String> ignored;

    private ExtractLayout(Path root, List<ExtractFile> files, List<String> ignored) {
        this.root = root;
        this.files = files;
        this.ignored = ignored;
    }

    public static ExtractLayout scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw StructuralException.missing(root, "the extract folder does not exist");
        }
        record Found(FileKind kind, String relative, Path path) {
        }
        List<Found> found = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            Path location = root.resolve(kind.location());
            if (kind.isFolder()) {
                if (!Files.isDirectory(location)) {
                    if (kind.isOptional() && !Files.exists(location)) {
                        continue;
                    }
                    throw StructuralException.missing(location, "required folder " + kind.location() + "/ is missing");
                }
                try (Stream<Path> children = Files.list(location)) {
                    for (Path p : children.sorted().toList()) {
                        String name = p.getFileName().toString();
                        String relative = kind.location() + "/" + name;
                        if (kind.accepts(name)) {
                            if (!Files.isRegularFile(p)) {
                                throw StructuralException.missing(p, "named like a record file (" + kind.patterns()
                                        + ") but " + whatItIs(p) + ": remove it or replace it with the file");
                            }
                            found.add(new Found(kind, relative, p));
                        } else if (kind.accepts(name.toLowerCase(Locale.ROOT))) {
                            throw StructuralException.missing(p, "the extension must be lower case ("
                                    + kind.patterns() + "): rename the file, or its records are not read");
                        } else {
                            ignored.add(relative + (Files.isDirectory(p) ? "/" : "") + " (not " + kind.patterns()
                                    + ")");
                        }
                    }
                } catch (IOException e) {
                    throw StructuralException.missing(location, "cannot be listed (" + e.getMessage() + ")");
                }
            } else {
                if (kind.isOptional()) {
                    ignored.addAll(othersBeside(root, kind));
                    if (!Files.exists(location, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    if (!Files.isRegularFile(location)) {
                        throw StructuralException.missing(location, "is " + whatItIs(location) + ", not the "
                                + kind.label() + " file: remove it or replace it with the file");
                    }
                }
                if (!Files.isRegularFile(location)) {
                    throw StructuralException.missing(location, "required file " + kind.location() + " is missing");
                }
                if (!Files.isReadable(location)) {
                    throw StructuralException.missing(location, "cannot be read");
                }
                found.add(new Found(kind, kind.location(), location));
            }
        }
        found.sort(Comparator.comparing(Found::relative));
        List<ExtractFile> files = new ArrayList<>();
        for (Found f : found) {
            files.add(new ExtractFile(f.kind(), files.size() + 1, f.relative(), f.path()));
        }
        return new ExtractLayout(root, List.copyOf(files), List.copyOf(ignored));
    }

    /**
     * Entries beside an optional file in its own folder ({@code reference/}): not read, so listed as ignored (never
     * skipped silently).
     */
    private static List<String> othersBeside(Path root, FileKind kind) {
        String location = kind.location();
        int slash = location.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        String folderName = location.substring(0, slash);
        Path folder = root.resolve(folderName);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> others = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path p : children.sorted().toList()) {
                String relative = folderName + "/" + p.getFileName();
                if (!relative.equals(location)) {
                    others.add(relative + (Files.isDirectory(p) ? "/" : "") + " (not " + location + ")");
                }
            }
        } catch (IOException e) {
            throw StructuralException.missing(folder, "cannot be listed (" + e.getMessage() + ")");
        }
        return others;
    }

    private static String whatItIs(Path p) {
        if (Files.isDirectory(p)) {
            return "a folder";
        }
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return "a link to a file that does not exist";
        }
        return "not a regular file (a pipe or a device)";
    }

    /**
     * Entries of the record folders that are not read because their names do not have the folder's extensions
     * ({@code notes.txt}): listed as warnings in the console summary and data-quality.json, never silently skipped.
     */
    public List<String> ignored() {
        return ignored;
    }

    public Path root() {
        return root;
    }

    /** Every file of the extract in path order. */
    public List<ExtractFile> files() {
        return files;
    }

    /** The files of one kind in file order. */
    public List<ExtractFile> files(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }
}
