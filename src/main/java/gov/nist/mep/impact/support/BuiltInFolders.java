package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The folders built into the jar ({@code jobs/} and {@code report-templates/}, copied there by the build): used when
 * the user gives no folder of their own and the working folder has none, so the jar runs the built-in jobs from any
 * folder. A built-in folder is copied once per process into a temporary folder (removed at exit), because the job
 * definitions and templates are read as files.
 */
public final class BuiltInFolders {

    /** The job definitions. */
    public static final String JOBS = "jobs";
    /** The report templates. */
    public static final String REPORT_TEMPLATES = "report-templates";

    private static final String ROOT = "mep-impact/";
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private BuiltInFolders() {
    }

    /**
     * The folder {@code name}: the first of {@code chosen} (a folder the user named; it must exist), {@code name} in
     * the working folder (when it exists), or the built-in copy.
     */
    public static Location locate(String name, Path chosen, Path workingFolder) {
        if (chosen != null) {
            if (!Files.isDirectory(chosen)) {
                throw new SetupException("the " + name + " folder " + chosen + " does not exist: name an existing"
                        + " folder, or none to use " + (Files.isDirectory(workingFolder.resolve(name))
                        ? workingFolder.resolve(name) : "the built-in " + name));
            }
            return new Location(name, chosen.toAbsolutePath().normalize(), false);
        }
        Path local = workingFolder.resolve(name);
        if (Files.isDirectory(local)) {
            return new Location(name, local.toAbsolutePath().normalize(), false);
        }
        return new Location(name, builtIn(name), true);
    }

    /** The built-in copy of {@code name} ({@link #JOBS} or {@link #REPORT_TEMPLATES}) as a folder on disk. */
    public static Path builtIn(String name) {
        return COPIES.computeIfAbsent(name, BuiltInFolders::copyOut);
    }

    private static Path copyOut(String name) {
        try {
            Path target = Files.createTempDirectory("mep-impact-" + name + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(target)));
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                    BuiltInFolders.class.getClassLoader());
            String prefix = ROOT + name + "/";
            for (Resource resource : resolver.getResources("classpath*:" + prefix + "**")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(prefix);
                if (at < 0 || !resource.isReadable() || url.endsWith("/")) {
                    continue;
                }
                Path file = target.resolve(url.substring(at + prefix.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the built-in " + name + " folder out of the jar", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /**
     * A folder and where it came from.
     *
     * @param name {@link #JOBS} or {@link #REPORT_TEMPLATES}
     * @param builtIn true for the copy built into the jar
     */
    public record Location(String name, Path folder, boolean builtIn) {

        /** How the console names it: the path, or "built-in". */
        public String describe() {
            return builtIn ? "the built-in " + name + " (no " + name + "/ folder here and none given)"
                    : folder.toString();
        }
    }
}
