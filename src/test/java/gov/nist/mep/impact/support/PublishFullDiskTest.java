package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real disk that fills while a run publishes: a small tmpfs the test mounts (root only; CI runs as root). For every
 * amount of space left, from none to enough, the publish either fails and leaves the old set exactly as it was, with
 * no work folder or partial history copy behind, or succeeds and shows the new set; and a rerun once space is freed
 * completes it.
 */
class PublishFullDiskTest {

    @TempDir
    Path dir;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            exec("umount", "-l", mount.toString());
        }
    }

    private static boolean exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Mounts a tmpfs with these options on a folder of the test; false when this user cannot mount. */
    private boolean mountTmpfs(String options) throws Exception {
        Path target = Files.createDirectories(dir.resolve("tmpfs"));
        if (!"root".equals(System.getProperty("user.name")) || !exec("mount", "-t", "tmpfs", "-o", options,
                "tmpfs", target.toString())) {
            return false;
        }
        mount = target;
        return true;
    }

    static Map<String, String> oldSet() {
        Map<String, String> files = new TreeMap<>();
        files.put("metrics-FY2014.json", "{\"old\": " + "1".repeat(30_000) + "}");
        files.put("rejects.csv", "file,line,column,rule,value,message\nx,1,a,R1,v,m\n");
        files.put("state-fact-sheets/KS-FY2014.pdf", "%PDF old KS " + "k".repeat(40_000));
        files.put("state-fact-sheets/WA-FY2014.pdf", "%PDF old WA " + "w".repeat(40_000));
        files.put("annual-report-FY2014.pdf", "%PDF old report " + "r".repeat(120_000));
        files.put("impact-report-FY2014.pdf", "%PDF old impact report " + "i".repeat(20_000));
        return files;
    }

    static Map<String, String> newSet() {
        Map<String, String> files = new TreeMap<>(oldSet());
        files.put("metrics-FY2014.json", "{\"new\": " + "2".repeat(30_000) + "}");
        files.put("state-fact-sheets/KS-FY2014.pdf", "%PDF new KS " + "k".repeat(40_000));
        files.remove("state-fact-sheets/WA-FY2014.pdf");
        files.put("state-fact-sheets/VT-FY2014.pdf", "%PDF new VT " + "v".repeat(40_000));
        files.put("annual-report-FY2014.pdf", "%PDF new report " + "R".repeat(120_000));
        files.remove("impact-report-FY2014.pdf");
        files.put("data-quality.json", "{\"new\": true}");
        return files;
    }

    /** A run's outputs written into a work folder of its own, ready to publish. */
    record Work(Path folder, List<OutputFolder.Written> written, String run) {
    }

    static Work write(Path out, String run, Map<String, String> files) {
        Path folder = Publisher.newWorkFolder(out);
        OutputFolder work = new OutputFolder(folder);
        List<OutputFolder.Written> written = new ArrayList<>();
        files.forEach((name, text) -> written.add(work.publish(name, o -> o.write(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))));
        return new Work(folder, written, run);
    }

    static Publisher.Request request(Work work) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("job", "test");
        parameters.put("run", work.run());
        return new Publisher.Request(work.written(), file -> true, List.of(new Publisher.Input("centers.csv", 10,
                "ab")), parameters, Map.of(), "test");
    }

    static Publisher.Result publish(Path out, Work work) {
        return Publisher.publish(out, work.folder(), request(work), 30, Instant.parse("2014-10-0" + work.run()
                + "T00:00:00Z"));
    }

    static void publish(Path out, String run, Map<String, String> files) throws IOException {
        publish(out, write(out, run, files));
    }

    /** The files a reader sees in the output folder (following links, leaving out hidden entries and history). */
    static Map<String, String> visible(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                if (!name.startsWith(".") && !name.startsWith("history") && !name.equals("manifest.json")) {
                    files.put(name, Files.readString(p));
                }
            }
        }
        return files;
    }

    /**
     * Every entry of the output folder a user would see with ls -a, hidden ones included, history excluded, and every
     * entry of its store of generations and work folders.
     */
    static List<String> entries(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(out)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("history")).sorted().forEach(names::add);
        }
        Path store = out.resolve(Publisher.STORE);
        if (Files.isDirectory(store)) {
            try (Stream<Path> list = Files.list(store)) {
                list.map(p -> Publisher.STORE + "/" + p.getFileName()).sorted().forEach(names::add);
            }
        }
        return names;
    }

    /** Fills the disk to the last byte, then frees {@code spare} bytes, with a file it returns. */
    static Path fill(Path disk, long spare) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream o = Files.newOutputStream(filler)) {
            while (true) {
                o.write(block);
            }
        } catch (IOException full) {
            // the disk is full: that is what the filler is for
        }
        try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(filler,
                java.nio.file.StandardOpenOption.WRITE)) {
            f.truncate(Math.max(0, f.size() - spare));
        }
        return filler;
    }

    /** Fills the file system's inodes but {@code spare} with empty files in a folder it returns. */
    static Path fillInodes(Path disk, int spare) throws IOException {
        Path folder = Files.createDirectories(disk.resolve("inodes"));
        List<Path> made = new ArrayList<>();
        try {
            for (int i = 0; ; i++) {
                made.add(Files.createFile(folder.resolve("i" + i)));
            }
        } catch (IOException full) {
            // no inode left
        }
        for (int i = 0; i < spare && !made.isEmpty(); i++) {
            Files.delete(made.remove(made.size() - 1));
        }
        return folder;
    }

    /** What one attempt under pressure came to: counted by the callers to show both outcomes happened. */
    private int failed;
    private int succeeded;

    /**
     * Publishes the old set, writes the new one, takes the disk's space or inodes away ({@code fill}), publishes, gives
     * them back ({@code free}), and checks the folder.
     */
    private void publishUnderPressure(Path out, String what, Filler fill) throws Exception {
        publish(out, "1", oldSet());
        List<String> before = entries(out);
        Work rendered = write(out, "2", newSet());
        Path filler = fill.fill();
        boolean ok;
        try {
            publish(out, rendered);
            ok = true;
        } catch (RuntimeException full) {
            ok = false;
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(filler);

        if (ok) {
            succeeded++;
            assertThat(visible(out)).as("%s: published", what).isEqualTo(newSet());
            assertThat(Files.exists(out.resolve(Publisher.STORE).resolve("switch.json"))).isFalse();
        } else {
            failed++;
            assertThat(visible(out)).as("%s: failed, the old set stands", what).isEqualTo(oldSet());
            assertThat(entries(out)).as("%s: no work folder or temporary file behind", what).isEqualTo(before);
            assertThat(Files.exists(out.resolve("history"))).as("%s: no partial history", what).isFalse();
            publish(out, "2", newSet());
            assertThat(visible(out)).as("%s: the rerun publishes the new set", what).isEqualTo(newSet());
        }
        assertThat(out.resolve("history")).isDirectory();
        try (Stream<Path> kept = Files.list(out.resolve("history"))) {
            Path previous = kept.findFirst().orElseThrow();
            assertThat(previous.resolve("state-fact-sheets/WA-FY2014.pdf")).as("%s: the removed output", what)
                    .hasContent(oldSet().get("state-fact-sheets/WA-FY2014.pdf"));
            assertThat(previous.resolve("metrics-FY2014.json")).as("%s: the replaced output", what)
                    .hasContent(oldSet().get("metrics-FY2014.json"));
            assertThat(previous.resolve("rejects.csv")).as("%s: unchanged, not kept", what).doesNotExist();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(out);
    }

    @FunctionalInterface
    interface Filler {
        Path fill() throws IOException;
    }

    @Test
    void whateverSpaceIsLeftThePublishShowsTheOldSetOrTheNewSetAndLeavesNothingBehind() throws Exception {
        assumeTrue(mountTmpfs("size=2m"), "needs root to mount a tmpfs");
        for (long spare = 0; spare <= 400_000; spare += spare < 16_384 ? 4096 : 64_000) {
            long left = spare;
            publishUnderPressure(mount.resolve("out-" + spare), left + " bytes spare", () -> fill(mount, left));
        }
        assertThat(failed).as("some levels fill the disk").isPositive();
        assertThat(succeeded).as("and the largest leaves enough").isPositive();
    }

    @Test
    void whateverInodesAreLeftThePublishShowsTheOldSetOrTheNewSetAndLeavesNothingBehind() throws Exception {
        assumeTrue(mountTmpfs("size=8m,nr_inodes=3000"), "needs root to mount a tmpfs");
        for (int spare = 0; spare <= 24; spare++) {
            int left = spare;
            publishUnderPressure(mount.resolve("out-" + spare), left + " inodes spare", () -> fillInodes(mount, left));
        }
        assertThat(failed).as("some levels use every inode").isPositive();
        assertThat(succeeded).as("and the largest leaves enough").isPositive();
    }
}
