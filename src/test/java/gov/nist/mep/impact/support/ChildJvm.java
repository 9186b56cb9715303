package gov.nist.mep.impact.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command of the application as a process of its own (as cron or a shell starts it), for the tests that start,
 * stop and kill it. Its temporary files go to a folder of the test's own, which JUnit deletes: a process the test
 * kills cannot delete them itself (the staging engine's driver unpacks its 72 MB native library there on every
 * start, Java 2D its fonts), and they would pile up in the machine's temporary folder.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -Xmx<heap> ... MepImpactApplication}; arguments are added after it. */
    public static List<String> application(Path testFolder, String heap) throws IOException {
        Path temporary = Files.createDirectories(testFolder.resolve("jvm-tmp"));
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), "gov.nist.mep.impact.MepImpactApplication"));
    }
}
