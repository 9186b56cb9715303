package gov.nist.mep.impact.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a long-lived command (SIGTERM, Ctrl-C) handled before the JVM starts shutting down. A shutdown hook is
 * too late: the H2 job repository, opened with {@code AUTO_SERVER=TRUE} (which H2 allows only with its own close at
 * exit), is closed by H2's hook at the same moment, so a running job could no longer record that it stopped. The
 * signal's handler does the stopping with the database open, then exits.
 */
final class StopSignals {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /**
     * Runs {@code stop} once on SIGTERM or SIGINT, then ends the process with {@code exitCode}. Where the JVM does not
     * let a program handle signals, a shutdown hook runs it instead.
     */
    static void onStop(Runnable stop, int exitCode) {
        AtomicBoolean once = new AtomicBoolean();
        Runnable end = () -> {
            if (once.compareAndSet(false, true)) {
                try {
                    stop.run();
                } finally {
                    Runtime.getRuntime().exit(exitCode);
                }
            }
        };
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> new Thread(end, "mep-stop").start());
            }
        } catch (IllegalArgumentException | LinkageError e) {
            log.warn("signals cannot be handled here ({}); stopping from a shutdown hook", e.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (once.compareAndSet(false, true)) {
                    stop.run();
                }
            }, "mep-stop"));
        }
    }
}
