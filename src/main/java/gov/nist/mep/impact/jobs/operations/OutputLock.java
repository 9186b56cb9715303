package gov.nist.mep.impact.jobs.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The output folder's lock ({@code .mep-impact.lock} in it): one run at a time per output folder, across processes (a
 * file lock, released by the system when a process dies, however it dies) and across the threads of one process (the
 * scheduler). The thread that holds it may take it again (the command line takes it before anything else, so that a
 * second start is refused before it opens the job repository; the job runner takes it again around the job).
 */
public final class OutputLock implements AutoCloseable {

    public static final String FILE = ".mep-impact.lock";

    /** The locks this process holds, by folder. */
    private static final Map<Path, OutputLock> HELD = new HashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner;
    private int holds = 1;

    private OutputLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.owner = Thread.currentThread();
    }

    /**
     * The folder's lock (the folder is created when missing), or null when another run holds it: another process,
     * or another thread of this one.
     */
    public static OutputLock tryAcquire(Path output) throws IOException {
        Path key = output.toAbsolutePath().normalize();
        synchronized (HELD) {
            OutputLock held = HELD.get(key);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    return null;
                }
                held.holds++;
                return held;
            }
            Files.createDirectories(key);
            FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            OutputLock acquired = new OutputLock(key, channel, lock);
            HELD.put(key, acquired);
            return acquired;
        }
    }

    /** The line that refuses a start because the folder is being written. */
    public static String refusal(String job, Path output) {
        return job + " is already running with output folder " + output + "; this start is refused.";
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(folder);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
