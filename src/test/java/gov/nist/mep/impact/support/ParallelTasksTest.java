package gov.nist.mep.impact.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    @Test
    void everyResultComesBackInTheOrderOfTheTasks() {
        Map<String, Callable<Integer>> tasks = new LinkedHashMap<>();
        for (String name : List.of("c", "a", "d", "b")) {
            tasks.put(name, () -> name.charAt(0) - 'a');
        }

        Map<String, Integer> results = ParallelTasks.computeAll("test", tasks, 3);

        assertThat(results).containsExactly(Map.entry("c", 2), Map.entry("a", 0), Map.entry("d", 3),
                Map.entry("b", 1));
    }

    @Test
    void aFailureIsThrownOnceTheRunningTasksEndedUninterruptedAndTheOthersNeverStart() {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean slowInterrupted = new AtomicBoolean();
        Map<String, ParallelTasks.Task> tasks = new LinkedHashMap<>();
        tasks.put("slow", () -> {
            slowStarted.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // a library call that does not look at interrupts
            }
            slowInterrupted.set(Thread.currentThread().isInterrupted());
            events.add("slow ended");
        });
        tasks.put("failing", () -> {
            slowStarted.await(30, TimeUnit.SECONDS);
            throw new java.io.IOException("disk full");
        });
        tasks.put("queued", () -> events.add("queued ran"));

        assertThatThrownBy(() -> ParallelTasks.runAll("test", tasks, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full").hasCauseInstanceOf(java.io.IOException.class);

        assertThat(events).as("what had happened when the failure was thrown").containsExactly("slow ended");
        assertThat(slowInterrupted).isFalse();
    }

    @Test
    void aRuntimeFailureIsThrownAsItIs() {
        Map<String, ParallelTasks.Task> tasks = new LinkedHashMap<>();
        tasks.put("one", () -> {
            throw new IllegalArgumentException("unknown placeholder {x}");
        });
        tasks.put("two", () -> { });

        assertThatThrownBy(() -> ParallelTasks.runAll("test", tasks, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown placeholder {x}");
    }
}
