package gov.nist.mep.impact.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line from tests of other packages (the console's), its output discarded. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String... args) {
        return runAndPrint(args).exit();
    }

    /** What a command printed (standard output and error together) and its exit code. */
    public record Result(int exit, String printed) {
    }

    public static Result runAndPrint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }
}
