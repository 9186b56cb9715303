package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's work folder into its output folder, all at once (see {@link PublishedFolder} for the layout). The
 * run's outputs, the outputs of the current set it does not replace (other fiscal years) and {@code manifest.json}
 * become a new generation: files whose bytes did not change are hard links to the current ones (they are not
 * replaced: same file, same time), everything is forced to disk, and one atomic rename of a link makes it current.
 * Then the previous generation, less what the new one kept, goes to {@code history/<UTC time>/} (replaced and removed
 * outputs and the previous manifest), and history is pruned to the newest {@code mep.publish.history-keep} entries.
 * A failure before the switch leaves the old set as it was and removes the work folder; a kill at any point leaves
 * the old set or the new one, and the next run on the folder completes or undoes what was left ({@link #recover}).
 */
public final class Publisher {

    public static final String MANIFEST = PublishedFolder.MANIFEST;
    public static final String HISTORY = PublishedFolder.HISTORY;
    /** The hidden folder of the generations and the runs' work folders, inside the output folder. */
    public static final String STORE = PublishedFolder.STORE;
    /** How many earlier sets history keeps when the setting is not given. */
    public static final int DEFAULT_HISTORY_KEEP = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private Publisher() {
    }

    /** One input file of the run, relative to the extract. */
    public record Input(String file, long size, String sha256) {
    }

    /**
     * What to publish.
     *
     * @param outputs the files the run wrote into its work folder, as it recorded them (nothing else is published)
     * @param replaces which outputs of the current set this run answers for: those it does not produce any more are
     *     removed (kept in history); the others it does not produce are carried over (another fiscal year's report)
     * @param inputs the extract's files
     * @param parameters the run's parameters
     * @param settings the settings that change an output, with their values
     * @param softwareVersion the program's version
     */
    public record Request(List<OutputFolder.Written> outputs, Predicate<String> replaces, List<Input> inputs,
            Map<String, String> parameters, Map<String, String> settings, String softwareVersion) {
    }

    /**
     * What a publish did.
     *
     * @param changed outputs new or with other bytes
     * @param unchanged outputs with the same bytes, not replaced
     * @param removed outputs no longer produced, taken out of the set
     * @param restored outputs whose name had been deleted from the folder by hand, shown again
     * @param history where the replaced and removed outputs were kept, or null
     */
    public record Result(List<String> changed, List<String> unchanged, List<String> removed, List<String> restored,
            Path history) {
    }

    /** Creates a new work folder for a run, in the output folder's store, under a name no other run can have. */
    public static Path newWorkFolder(Path output) {
        Path store = output.toAbsolutePath().normalize().resolve(STORE);
        try {
            Files.createDirectories(store);
            return Files.createDirectory(store.resolve(PublishedFolder.WORK_PREFIX + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder in " + store, e);
        }
    }

    /** The work folder of that name in the output folder's store. */
    public static Path workFolder(Path output, String name) {
        if (!name.startsWith(PublishedFolder.WORK_PREFIX) || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a work folder name: " + name);
        }
        return output.toAbsolutePath().normalize().resolve(STORE).resolve(name);
    }

    public static Result publish(Path output, Path work, Request request, int historyKeep, Instant now) {
        return publish(output, work, request, historyKeep, now, Checkpoint.NONE);
    }

    static Result publish(Path output, Path work, Request request, int historyKeep, Instant now,
            Checkpoint checkpoint) {
        PublishedFolder folder = new PublishedFolder(output, checkpoint);
        try {
            folder.recover(historyKeep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the interrupted publish in " + output, e);
        }
        Switch attempt = new Switch(folder, work.toAbsolutePath().normalize(), request, historyKeep, now);
        try {
            return attempt.run();
        } catch (IOException | RuntimeException e) {
            attempt.undo(e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot publish into " + output, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Completes (after its switch) or undoes (before it) what a killed publish left in the output folder; the
     * command line calls it when it takes the folder's lock, and every publish calls it first.
     */
    public static void recover(Path output, int historyKeep) {
        try {
            new PublishedFolder(output, Checkpoint.NONE).recover(historyKeep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the interrupted publish in " + output, e);
        }
    }

    /**
     * Whether the folder holds what its manifest says: empty when {@code manifest.json} is there and every output it
     * lists is there with its size and SHA-256; else the first thing that differs, in words.
     */
    public static Optional<String> difference(Path output) {
        Path manifest = output.resolve(MANIFEST);
        Map<String, OutputFolder.Written> listed = Manifest.outputs(manifest);
        if (listed == null) {
            return Optional.of(Files.exists(manifest) ? "manifest.json cannot be read" : "manifest.json is missing");
        }
        return listed.values().parallelStream().map(o -> {
            Path file = output.resolve(o.file());
            try {
                if (!Files.isRegularFile(file)) {
                    return o.file() + " is missing";
                }
                if (Files.size(file) != o.size() || !Sha256.ofFile(file).equals(o.sha256())) {
                    return o.file() + " differs from manifest.json (size or SHA-256)";
                }
                return null;
            } catch (IOException e) {
                return o.file() + " cannot be read (" + e.getMessage() + ")";
            }
        }).filter(d -> d != null).sorted().findFirst();
    }

    /** One publish: the new generation built from the work folder, the switch, the rest. */
    private static final class Switch {

        private final PublishedFolder folder;
        private final Path work;
        private final Request request;
        private final int historyKeep;
        private final Instant now;
        private Path generation;
        private PublishedFolder.Journal journal;
        private boolean switched;

        Switch(PublishedFolder folder, Path work, Request request, int historyKeep, Instant now) {
            this.folder = folder;
            this.work = work;
            this.request = request;
            this.historyKeep = historyKeep;
            this.now = now;
        }

        Result run() throws IOException {
            folder.createDirectories(folder.store());
            Path current = folder.current();
            if (current == null) {
                current = adoptEarlierLayout();
            }
            Map<String, OutputFolder.Written> produced = new TreeMap<>();
            for (OutputFolder.Written w : request.outputs()) {
                checkName(w.file());
                produced.put(w.file(), w);
            }
            keepOnly(produced);

            Map<String, OutputFolder.Written> before = current == null ? null
                    : Manifest.outputs(current.resolve(MANIFEST));
            Map<String, OutputFolder.Written> set = new TreeMap<>(produced);
            List<String> removed = new ArrayList<>();
            if (before != null) {
                for (String file : before.keySet()) {
                    if (produced.containsKey(file)) {
                        continue;
                    }
                    Path kept = current.resolve(file);
                    if (request.replaces().test(file) || !Files.isRegularFile(kept, LinkOption.NOFOLLOW_LINKS)) {
                        removed.add(file);
                    } else {
                        folder.hardLink(work.resolve(file), kept);
                        set.put(file, new OutputFolder.Written(file, Files.size(kept), Sha256.ofFile(kept)));
                    }
                }
            }
            List<String> changed = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (OutputFolder.Written w : produced.values()) {
                Path published = current == null ? null : current.resolve(w.file());
                if (published != null && Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(published) == w.size() && Sha256.ofFile(published).equals(w.sha256())) {
                    unchanged.add(w.file());
                    folder.hardLink(work.resolve(w.file()), published);
                } else {
                    changed.add(w.file());
                }
            }
            byte[] manifest = Manifest.bytes(request, set.values());
            Set<String> tops = new LinkedHashSet<>();
            tops.add(MANIFEST);
            set.keySet().forEach(f -> tops.add(PublishedFolder.top(f)));
            String historyEntry = folder.historyEntry(STAMP.format(now));

            if (current != null && changed.isEmpty() && removed.isEmpty()
                    && Arrays.equals(manifest, readOrNull(current.resolve(MANIFEST)))) {
                // the current set is these bytes: only names deleted by hand are shown again
                List<String> restored = folder.linkNames(tops, historyEntry);
                folder.deleteTree(work);
                folder.pruneHistory(historyKeep);
                return new Result(List.of(), List.copyOf(unchanged), List.of(), restored, null);
            }

            folder.writeDurably(work.resolve(MANIFEST), manifest);
            List<String> durable = new ArrayList<>(set.keySet());
            durable.add(MANIFEST);
            folder.forceAll(work, durable);

            String name = STAMP.format(now) + "-" + HexFormat.of().formatHex(randomBytes());
            journal = new PublishedFolder.Journal(current == null ? null : current.getFileName().toString(), name,
                    work.getFileName().toString(), historyEntry);
            folder.writeJournal(journal);
            generation = folder.store().resolve(name);
            folder.move(work, generation);
            folder.forceFolder(folder.store());
            Set<String> previousTops = new LinkedHashSet<>();
            if (before != null) {
                previousTops.add(MANIFEST);
                before.keySet().forEach(f -> previousTops.add(PublishedFolder.top(f)));
            }
            List<String> placed = folder.linkNames(tops, historyEntry);

            folder.switchTo(name);
            switched = true;

            try {
                folder.forceFolder(folder.store());
                folder.finish(journal, historyKeep);
                folder.collectGarbage();
            } catch (IOException | RuntimeException e) {
                // published: the next run on the folder finishes moving the previous set into history
                log.warn("published, but the previous outputs could not yet be moved into history ({}); the next run"
                        + " on {} does it", e.toString(), folder.root(), e);
            }
            List<String> restored = placed.stream().filter(previousTops::contains).toList();
            Path history = journal.from() == null || historyKeep == 0 ? null
                    : folder.history().resolve(historyEntry);
            return new Result(List.copyOf(changed), List.copyOf(unchanged), List.copyOf(removed), restored,
                    history != null && Files.isDirectory(history) ? history : null);
        }

        /**
         * An output folder published by an earlier version of this program holds real files and a real manifest.json
         * at the top level: they become the current generation first (hard links, the same bytes under the same
         * names), so that this publish replaces them all at once like any other set.
         */
        private Path adoptEarlierLayout() throws IOException {
            Path manifest = folder.root().resolve(MANIFEST);
            Map<String, OutputFolder.Written> listed = Files.isSymbolicLink(manifest) ? null
                    : Manifest.outputs(manifest);
            if (listed == null) {
                return null;
            }
            Set<String> tops = new LinkedHashSet<>();
            tops.add(MANIFEST);
            listed.keySet().forEach(f -> tops.add(PublishedFolder.top(f)));
            String name = STAMP.format(now) + "-earlier";
            Path adopted = folder.store().resolve(name);
            folder.deleteTree(adopted);
            List<String> present = new ArrayList<>();
            for (String top : tops) {
                Path entry = folder.root().resolve(top);
                if (Files.isSymbolicLink(entry) || !Files.exists(entry)) {
                    continue;
                }
                present.add(top);
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                        folder.hardLink(adopted.resolve(folder.root().relativize(f).toString()), f);
                    }
                }
            }
            folder.forceAll(adopted, List.of());
            folder.switchTo(name);
            folder.forceFolder(folder.store());
            for (String top : present) {
                Path entry = folder.root().resolve(top);
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    // a folder cannot be replaced by a link in one rename: moved aside (its files are in the
                    // adopted generation), then linked
                    Path aside = folder.store().resolve("earlier-" + top);
                    folder.deleteTree(aside);
                    folder.move(entry, aside);
                    folder.placeLink(top);
                    folder.deleteTree(aside);
                } else {
                    folder.placeLink(top);
                }
            }
            folder.forceFolder(folder.root());
            log.info("  {}: outputs of an earlier version adopted as the current set", folder.root());
            return adopted;
        }

        /** The work folder holds exactly what the run recorded: anything else there is deleted, never published. */
        private void keepOnly(Map<String, OutputFolder.Written> produced) throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(work)) {
                files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
            }
            for (Path f : files) {
                String name = work.relativize(f).toString().replace('\\', '/');
                if (!produced.containsKey(name)) {
                    log.info("  not published (not written by this run): {}", f);
                    folder.delete(f);
                }
            }
            for (OutputFolder.Written w : produced.values()) {
                Path f = work.resolve(w.file());
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.size(f) != w.size()) {
                    throw new IllegalStateException("the work folder " + work + " does not hold " + w.file()
                            + " as the run wrote it (" + w.size() + " bytes)");
                }
            }
        }

        /** Before the switch: the old set stands; the work folder, the journal and new links go. */
        void undo(Exception cause) {
            try {
                if (switched || generation != null && generation.equals(folder.current())) {
                    return;
                }
                if (journal != null) {
                    folder.delete(folder.store().resolve(PublishedFolder.JOURNAL));
                }
                if (generation != null) {
                    folder.deleteTree(generation);
                }
                folder.deleteTree(work);
                folder.delete(folder.store().resolve(PublishedFolder.CURRENT + ".tmp"));
                folder.removeDanglingLinks();
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }

        private static byte[] readOrNull(Path file) throws IOException {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        }

        private static byte[] randomBytes() {
            byte[] bytes = new byte[3];
            RANDOM.nextBytes(bytes);
            return bytes;
        }

        private static void checkName(String file) {
            String top = PublishedFolder.top(file);
            if (file.isEmpty() || file.startsWith("/") || file.contains("..") || top.startsWith(".")
                    || top.equals(HISTORY) || file.equals(MANIFEST)) {
                throw new IllegalArgumentException("an output cannot be named " + file);
            }
        }
    }
}
