package gov.nist.mep.impact.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line from tests of other packages (the console's), its output discarded. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8));
    }
}
