package gov.nist.mep.impact.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The command line run in this JVM, as the fuzz tests start it: a private in-memory job repository, the log file in
 * the test's folder, the environment given (none of the test JVM's), and what it printed on each stream.
 */
final class Console {

    private final Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int exit = -1;

    Console(Path folder) {
        this.folder = folder;
    }

    /** Runs {@code args} with an empty environment. */
    Console run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs {@code args} with the environment variables given. */
    Console run(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        all.add("--logging.file.name=" + folder.resolve("mep-impact.log"));
        all.add("--logging.level.gov.nist.mep=WARN");
        out.reset();
        err.reset();
        exit = Main.run(all.toArray(String[]::new), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return this;
    }

    int exit() {
        return exit;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The lines printed on the error stream. */
    List<String> errorLines() {
        return err().strip().lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\nout: " + out() + "\nerr: " + err();
    }
}
