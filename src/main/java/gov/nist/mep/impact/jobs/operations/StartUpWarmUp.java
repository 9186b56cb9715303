package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.ingest.StagingDatabase;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a job run needs before its first step and the command line can have done on the other core while the
 * application starts (about a second on the main thread): the staging engine's native library loaded, and, unless
 * the caller already has it, the extract hashed (its fingerprint is a job parameter). Nothing here writes anything
 * of the run or decides anything: a failure is left for the run to meet again and report the usual way
 * ({@link #hashed} then gives null, and the run hashes the extract itself). Closing waits for the thread, so that
 * the process never ends while the driver is still unpacking its library into the temporary folder.
 */
public final class StartUpWarmUp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StartUpWarmUp.class);

    private final CompletableFuture<ExtractFingerprint.Hashed> hashed;
    private final Thread thread;

    private StartUpWarmUp(Path input, ExtractFingerprint.Hashed known) {
        this.hashed = new CompletableFuture<>();
        this.thread = new Thread(() -> {
            try {
                StagingDatabase.loadEngine();
            } catch (RuntimeException | LinkageError e) {
                log.debug("loading the staging engine ahead failed (the run will say why)", e);
            }
            if (known != null) {
                hashed.complete(known);
                return;
            }
            try {
                hashed.complete(ExtractFingerprint.hash(ExtractLayout.scan(input)));
            } catch (RuntimeException | Error e) {
                log.debug("hashing the extract ahead failed (the run will hash it and say why)", e);
                hashed.complete(null);
            }
        }, "start-up-warm-up");
        thread.setDaemon(true);
    }

    /** Starts the warm-up of a run on {@code input}; {@code known} is the extract's hash when the caller has it. */
    public static StartUpWarmUp start(Path input, ExtractFingerprint.Hashed known) {
        StartUpWarmUp warmUp = new StartUpWarmUp(input, known);
        warmUp.thread.start();
        return warmUp;
    }

    /** The extract's hash, waiting for it; null when hashing it ahead failed. */
    public ExtractFingerprint.Hashed hashed() {
        return hashed.join();
    }

    @Override
    public void close() throws InterruptedException {
        thread.join(TimeUnit.MINUTES.toMillis(1));
    }
}
