import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Build step of the extracted layout (pom.xml, after cds-extract): takes DuckDB's native library for this machine out
 * of its jar in target/app/lib/ and puts it beside the jar, under the name the driver looks for there.
 *
 * <p>Why: when the library is inside its jar, the driver copies it (72 MB) to a new temporary file on every start and
 * deletes it at exit (half a second of CPU; a run that is killed leaves the copy in the temporary folder). Without it
 * in the jar, the driver loads it from java.library.path or, failing that, from the jar's own folder: the file written
 * here, read from the page cache by every run. The fat jar (target/mep-impact.jar) is not changed.
 *
 * <p>Usage: {@code java DuckDbNativeLibrary.java LIB_FOLDER}. A machine for which the jar has no library keeps the jar
 * as it is (the driver then unpacks as before).
 */
public final class DuckDbNativeLibrary {

    private DuckDbNativeLibrary() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        String name = "libduckdb_java.so_" + os() + "_" + arch();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "duckdb_jdbc-*.jar")) {
            for (Path jar : jars) {
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    Path entry = zip.getPath(name);
                    if (!Files.exists(entry)) {
                        System.out.println(jar.getFileName() + " has no " + name + ": kept as it is");
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(entry)) {
                        Files.copy(in, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.delete(entry);
                }
                System.out.println(name + " taken out of " + jar.getFileName() + " into " + lib);
            }
        }
    }

    /** The driver's names (org.duckdb.DuckDBNative): linux, macos, windows. */
    private static String os() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).trim();
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os.startsWith("linux")
                ? "linux" : os.replaceAll("[^a-z0-9_\\-.]", "");
    }

    /** The driver's names: amd64, arm64. */
    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch.replaceAll("[^a-z0-9_\\-.]", "");
        };
    }
}
