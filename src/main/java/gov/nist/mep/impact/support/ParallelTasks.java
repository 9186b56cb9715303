package gov.nist.mep.impact.support;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent tasks (the documents of a report, the fiscal years of a run) on a few threads of their own and
 * returns once every task has ended. When a task fails, the tasks not yet started are cancelled, the ones running are
 * let finish, and only then is the first failure thrown: no task of a failed step is left writing into its work folder
 * or reading its staging after the step has ended (or while a restart begins). Running tasks are never interrupted:
 * an interrupted POI or Log4j thread prints an InterruptedException stack trace of its own on the console, and a
 * document or a year takes seconds, not minutes, to finish.
 */
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /** One unit of work that may throw. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /** The number of threads for {@code tasks} tasks: the cores, at most one per task. */
    public static int threadsFor(int tasks) {
        return Math.max(1, Math.min(tasks, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs every task (see the class comment) on {@code threads} threads named {@code name-N}. */
    public static <K> void runAll(String name, Map<K, Task> tasks, int threads) {
        Map<K, Callable<Void>> callables = new LinkedHashMap<>();
        tasks.forEach((key, task) -> callables.put(key, () -> {
            task.run();
            return null;
        }));
        computeAll(name, callables, threads);
    }

    /**
     * Computes every value (see the class comment) on {@code threads} threads named {@code name-N}; the results are
     * in the order of {@code tasks}' keys. With one thread (or one task) the tasks run in the caller's thread, in
     * order, and the first failure ends them.
     */
    public static <K, V> Map<K, V> computeAll(String name, Map<K, Callable<V>> tasks, int threads) {
        Map<K, V> results = new LinkedHashMap<>();
        if (threads <= 1 || tasks.size() <= 1) {
            for (Map.Entry<K, Callable<V>> task : tasks.entrySet()) {
                try {
                    results.put(task.getKey(), task.getValue().call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), named(name));
        CompletionService<Map.Entry<K, V>> done = new ExecutorCompletionService<>(pool);
        List<Future<Map.Entry<K, V>>> futures = new ArrayList<>();
        Map<K, V> unordered = new LinkedHashMap<>();
        // Set by the first task that fails, in its own thread: a thread it frees starts no other task.
        AtomicBoolean failed = new AtomicBoolean();
        Throwable failure = null;
        boolean interrupted = false;
        try {
            for (Map.Entry<K, Callable<V>> task : tasks.entrySet()) {
                futures.add(done.submit(() -> {
                    if (failed.get()) {
                        throw new NotStarted();
                    }
                    try {
                        return new AbstractMap.SimpleImmutableEntry<>(task.getKey(), task.getValue().call());
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            for (int finished = 0; finished < futures.size() && failure == null; finished++) {
                try {
                    Map.Entry<K, V> result = done.take().get();
                    unordered.put(result.getKey(), result.getValue());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof NotStarted)) {
                        failure = e.getCause();
                    }
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
            failure = new IllegalStateException("interrupted while waiting for " + name + " tasks", e);
        } finally {
            if (failure != null) {
                futures.forEach(f -> f.cancel(false));
            }
            pool.shutdown();
            interrupted |= awaitUninterruptibly(pool);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        rethrow(failure);
        tasks.keySet().forEach(k -> results.put(k, unordered.get(k)));
        return results;
    }

    /**
     * Throws a failure caught on another thread as it is (an unchecked exception or an error), a checked one wrapped;
     * nothing when {@code failure} is null.
     */
    public static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    /** What a task does instead of starting once another has failed; never the failure thrown. */
    private static final class NotStarted extends CancellationException {
        private static final long serialVersionUID = 1L;

        NotStarted() {
            super("not started: another task failed");
        }
    }

    /** Waits until every task of the pool has ended; true when the caller was interrupted meanwhile. */
    private static boolean awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
