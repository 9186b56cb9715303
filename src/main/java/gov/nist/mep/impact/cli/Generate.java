package gov.nist.mep.impact.cli;

import java.io.PrintStream;

/** The {@code generate} command: a synthetic extract in the contract's layout. */
final class Generate {

    private Generate() {
    }

    static int run(Main.Options options, PrintStream out) {
        throw new UsageException("generate is not available in this build yet");
    }
}
