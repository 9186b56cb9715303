package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.support.ParallelTasks;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Two reads of staging at once (a year's projects and its survey records): each runs on a thread of its own, and
 * hands its records to the calling thread, which alone sums them, each read's records in that read's order. Reading
 * (the driver turning result rows into Java values) is most of a year's cost; summing is cheap, so the two reads
 * overlap instead of following one another. A bounded queue keeps memory to a few thousand records in flight.
 *
 * <p>A failure of either read, or of the summing, is thrown once both reads have ended (no read is left running
 * after its year failed, and none is interrupted).
 */
final class ConcurrentReads {

    /** Records in flight between the reads and the summing thread. */
    static final int CAPACITY = 4096;

    /** One read: it streams its records to the consumer it is given. */
    @FunctionalInterface
    interface Read<T> {
        void read(Consumer<T> consumer);
    }

    private record Item(boolean first, Object value) {
    }

    private record End(Throwable failure) {
    }

    private ConcurrentReads() {
    }

    /**
     * Runs both reads at once; {@code onFirst} and {@code onSecond} are called on the calling thread, in each read's
     * order (the two reads' records interleaved as they arrive).
     */
    @SuppressWarnings("unchecked")
    static <A, B> void run(String name, Read<A> first, Consumer<A> onFirst, Read<B> second, Consumer<B> onSecond) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        start(name + "-1", queue, first, true);
        start(name + "-2", queue, second, false);
        int open = 2;
        Throwable failure = null;
        boolean interrupted = false;
        while (open > 0) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                interrupted = true; // the reads are still putting: drain them first
                continue;
            }
            if (next instanceof End end) {
                open--;
                failure = failure == null ? end.failure() : failure;
                continue;
            }
            if (failure != null) {
                continue;
            }
            Item item = (Item) next;
            try {
                if (item.first()) {
                    onFirst.accept((A) item.value());
                } else {
                    onSecond.accept((B) item.value());
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        ParallelTasks.rethrow(failure);
    }

    private static <T> void start(String name, BlockingQueue<Object> queue, Read<T> read, boolean first) {
        Thread thread = new Thread(() -> {
            Throwable failure = null;
            try {
                read.read(value -> put(queue, new Item(first, value)));
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                put(queue, new End(failure));
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Puts, waiting for room; the summing thread always drains, so the wait ends. */
    private static void put(BlockingQueue<Object> queue, Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
