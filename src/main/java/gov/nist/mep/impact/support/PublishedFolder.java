package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An output folder in the generation layout, and the operations that keep it true. The published set lives in a
 * generation folder; one link ({@code .mep-publish/current}) names the current generation, and every top-level output
 * name is a link through it ({@code metrics-FY2014.json -> .mep-publish/current/metrics-FY2014.json}), so replacing
 * that one link switches the whole set at once while the names stay where users open them:
 *
 * <pre>
 * .mep-publish/current -&gt; 20141001T020000Z-3fa9c2     the switch
 * .mep-publish/20141001T020000Z-3fa9c2/              a complete set with its manifest.json
 * .mep-publish/work-&lt;random&gt;/                        a run's work folder (the next generation)
 * .mep-publish/switch.json                           while a switch is being finished (the journal)
 * manifest.json, metrics-FY2014.json, state-fact-sheets, ... -&gt; .mep-publish/current/...
 * history/20141002T020000Z/                          what that publish replaced or removed, and the manifest before
 * </pre>
 *
 * Every operation that changes the disk first passes a {@link Checkpoint}, which tests use to fail or kill the
 * process at each one.
 */
final class PublishedFolder {

    static final String STORE = ".mep-publish";
    static final String CURRENT = "current";
    static final String JOURNAL = "switch.json";
    static final String WORK_PREFIX = "work-";
    static final String HISTORY = "history";
    static final String MANIFEST = "manifest.json";
    /** Where a file or folder found at one of our names (not our link) is kept, inside the publish's history entry. */
    static final String FOUND = "found-in-folder";
    private static final Pattern HISTORY_ENTRY = Pattern.compile("(\\d{8}T\\d{6}Z)(?:-(\\d+))?");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(PublishedFolder.class);

    /** What a switch in progress changes; written before the switch, deleted when it is finished. */
    record Journal(String from, String to, String work, String history) {
    }

    private final Path root;
    private final Path store;
    private final Checkpoint checkpoint;

    PublishedFolder(Path root, Checkpoint checkpoint) {
        this.root = root.toAbsolutePath().normalize();
        this.store = this.root.resolve(STORE);
        this.checkpoint = checkpoint;
    }

    Path root() {
        return root;
    }

    Path store() {
        return store;
    }

    Path history() {
        return root.resolve(HISTORY);
    }

    /** The current generation folder, or null when nothing is published in this layout. */
    Path current() throws IOException {
        Path link = store.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        Path target = store.resolve(Files.readSymbolicLink(link).toString()).normalize();
        return target.getParent().equals(store) && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target
                : null;
    }

    /** The link a top-level output name holds: through the current generation. */
    static String linkTarget(String top) {
        return STORE + "/" + CURRENT + "/" + top;
    }

    static String top(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(0, slash);
    }

    boolean isOurLink(Path entry) throws IOException {
        return Files.isSymbolicLink(entry)
                && Files.readSymbolicLink(entry).toString().equals(linkTarget(entry.getFileName().toString()));
    }

    // ---- the operations that change the disk, each behind the checkpoint

    void createDirectories(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            checkpoint.reached("create folder", folder);
            Files.createDirectories(folder);
        }
    }

    void move(Path from, Path to) throws IOException {
        checkpoint.reached("rename", from);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void delete(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            checkpoint.reached("delete", path);
            Files.deleteIfExists(path);
        }
    }

    void deleteTree(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            checkpoint.reached("delete folder", path);
            FileSystemUtils.deleteRecursively(path);
        }
    }

    /** Makes {@code link} a hard link to {@code existing} (a copy where the file system has none). */
    void hardLink(Path link, Path existing) throws IOException {
        createDirectories(link.getParent());
        delete(link);
        checkpoint.reached("link", link);
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof NoSuchFileException) {
                throw (NoSuchFileException) e;
            }
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Writes a small file whole: a temporary file, forced to disk, renamed into place. */
    void writeDurably(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            checkpoint.reached("write", file);
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(bytes);
            }
            force(temp);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** fsync of a file's bytes and size. */
    void force(Path file) throws IOException {
        checkpoint.reached("fsync", file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (java.nio.file.AccessDeniedException readOnly) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    /** fsync of a folder, so that the names created, renamed or removed in it are on disk. */
    void forceFolder(Path folder) throws IOException {
        checkpoint.reached("fsync folder", folder);
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // a platform that cannot open a folder (not Linux or macOS): its renames are atomic all the same
            log.debug("cannot fsync the folder {}", folder, e);
        }
    }

    /** fsync of every file named and of every folder of a generation, deepest first. */
    void forceAll(Path generation, Collection<String> files) throws IOException {
        for (String file : files) {
            force(generation.resolve(file));
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(generation)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            forceFolder(folder);
        }
    }

    /** Puts our link at a top-level name, atomically (the name never disappears when it held a file or a link). */
    void placeLink(String top) throws IOException {
        Path temp = root.resolve("." + top + ".link-tmp");
        delete(temp);
        checkpoint.reached("link", temp);
        Files.createSymbolicLink(temp, Path.of(linkTarget(top)));
        move(temp, root.resolve(top));
    }

    /**
     * Gives every top-level name our link. A file or folder found at one of them that is not our link (put there by
     * hand) is first kept in the history entry, under {@value #FOUND}, never lost. Returns the names whose link was
     * placed.
     */
    List<String> linkNames(Collection<String> tops, String historyEntry) throws IOException {
        List<String> placed = new ArrayList<>();
        for (String top : tops) {
            Path entry = root.resolve(top);
            if (isOurLink(entry)) {
                continue;
            }
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                Path kept = history().resolve(historyEntry).resolve(FOUND).resolve(top);
                createDirectories(kept.getParent());
                log.warn("{} was not published by this program: kept in {}", entry, kept);
                move(entry, kept);
            }
            placeLink(top);
            placed.add(top);
        }
        if (!placed.isEmpty()) {
            forceFolder(root);
        }
        return placed;
    }

    /** Our links whose output is no longer in the current set (and stray temporary links) are removed. */
    void removeDanglingLinks() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.toList();
        }
        boolean removed = false;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".link-tmp") || isOurLink(entry) && !Files.exists(entry)) {
                delete(entry);
                removed = true;
            }
        }
        if (removed) {
            forceFolder(root);
        }
    }

    /** The switch: {@code current} names {@code generation}, by one atomic rename of a link. */
    void switchTo(String generation) throws IOException {
        Path temp = store.resolve(CURRENT + ".tmp");
        delete(temp);
        checkpoint.reached("link", temp);
        Files.createSymbolicLink(temp, Path.of(generation));
        move(temp, store.resolve(CURRENT));
    }

    // ---- the journal

    void writeJournal(Journal journal) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("from", journal.from());
        node.put("to", journal.to());
        node.put("work", journal.work());
        node.put("history", journal.history());
        writeDurably(store.resolve(JOURNAL), JSON.writeValueAsBytes(node));
        forceFolder(store);
    }

    Journal readJournal() {
        Path file = store.resolve(JOURNAL);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return new Journal(node.path("from").stringValue(null), node.path("to").stringValue(null),
                    node.path("work").stringValue(null), node.path("history").stringValue(null));
        } catch (RuntimeException e) {
            log.warn("unreadable publish journal {}: ignored", file, e);
            return new Journal(null, null, null, null);
        }
    }

    /**
     * Completes or undoes what a killed publish left: after its switch, the rest of it is done (the previous set into
     * history, links of outputs no longer produced removed); before its switch, the new generation goes back to being
     * its run's work folder and the old set stands. Either way the folder then shows one whole set.
     */
    void recover(int historyKeep) throws IOException {
        Journal journal = readJournal();
        if (journal != null) {
            Path current = current();
            if (journal.to() != null && current != null && current.getFileName().toString().equals(journal.to())) {
                log.info("  completing the publish of {} that was interrupted after its switch", journal.to());
                finish(journal, historyKeep);
            } else {
                if (journal.to() != null && journal.work() != null) {
                    Path generation = store.resolve(journal.to());
                    Path work = store.resolve(journal.work());
                    if (Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS)) {
                        if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                            deleteTree(generation);
                        } else {
                            move(generation, work);
                        }
                    }
                }
                delete(store.resolve(JOURNAL));
                forceFolder(store);
            }
        }
        removeDanglingLinks();
        delete(store.resolve(CURRENT + ".tmp"));
        delete(store.resolve("." + JOURNAL + ".tmp"));
    }

    /**
     * The rest of a publish after its switch: links of outputs no longer produced removed; the previous generation,
     * less the files the new one kept, into {@code history/<entry>/} (or deleted when no history is kept); history
     * pruned to {@code historyKeep} entries; the journal removed last.
     */
    void finish(Journal journal, int historyKeep) throws IOException {
        removeDanglingLinks();
        if (journal.from() != null && !journal.from().equals(journal.to())) {
            Path from = store.resolve(journal.from());
            if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                if (historyKeep > 0) {
                    pruneUnchanged(from, store.resolve(journal.to()));
                    moveInto(from, history().resolve(journal.history()));
                    forceFolder(history());
                } else {
                    deleteTree(from);
                }
            }
        }
        pruneHistory(historyKeep);
        delete(store.resolve(JOURNAL));
        forceFolder(store);
    }

    /** Deletes the files of the previous generation that the new one holds with the same bytes. */
    private void pruneUnchanged(Path previous, Path next) throws IOException {
        Map<String, OutputFolder.Written> before = Manifest.outputs(previous.resolve(MANIFEST));
        Map<String, OutputFolder.Written> after = Manifest.outputs(next.resolve(MANIFEST));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(previous)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path file : files) {
            String name = previous.relativize(file).toString().replace('\\', '/');
            Path kept = next.resolve(name);
            if (name.equals(MANIFEST) || !Files.isRegularFile(kept, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean same = Files.isSameFile(file, kept) || before != null && after != null
                    && before.containsKey(name) && Objects.equals(before.get(name), after.get(name));
            if (same) {
                delete(file);
            }
        }
        deleteEmptyFolders(previous);
    }

    private void deleteEmptyFolders(Path top) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(top)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(top))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                if (list.findAny().isEmpty()) {
                    delete(folder);
                }
            }
        }
    }

    /** Renames a folder to {@code target}, or its entries into it when it exists already. */
    private void moveInto(Path folder, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            createDirectories(target.getParent());
            move(folder, target);
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            Path to = target.resolve(entry.getFileName().toString());
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                to = target.resolve(FOUND).resolve("previous-" + entry.getFileName());
                createDirectories(to.getParent());
            }
            move(entry, to);
        }
        deleteTree(folder);
    }

    /** A new history entry's name: the publish's UTC time, with -2, -3... when that second has one already. */
    String historyEntry(String stamp) {
        String name = stamp;
        for (int n = 2; Files.exists(history().resolve(name), LinkOption.NOFOLLOW_LINKS); n++) {
            name = stamp + "-" + n;
        }
        return name;
    }

    /** Keeps the newest {@code keep} history entries (those this program names; anything else is left alone). */
    void pruneHistory(int keep) throws IOException {
        if (!Files.isDirectory(history())) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(history())) {
            entries = list.filter(p -> HISTORY_ENTRY.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> historyKey(p.getFileName().toString()))).toList();
        }
        for (int i = 0; i < entries.size() - keep; i++) {
            deleteTree(entries.get(i));
        }
    }

    private static String historyKey(String name) {
        Matcher m = HISTORY_ENTRY.matcher(name);
        m.matches();
        return m.group(1) + String.format("%09d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }

    /** Deletes what the store holds besides the current generation: older generations, other runs' work folders. */
    void collectGarbage() throws IOException {
        if (!Files.isDirectory(store)) {
            return;
        }
        Path current = current();
        List<Path> entries;
        try (Stream<Path> list = Files.list(store)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!entry.equals(current) && !name.equals(CURRENT) && !name.equals(JOURNAL)) {
                deleteTree(entry);
            }
        }
    }
}
