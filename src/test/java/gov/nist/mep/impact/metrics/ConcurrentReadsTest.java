package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A year's two reads at once: every record reaches the summing thread, in its read's order, however the reads
 * interleave and however full the queue between them gets; a failure is thrown only once both reads have ended.
 */
class ConcurrentReadsTest {

    private static final int MANY = 3 * ConcurrentReads.CAPACITY + 17;

    @Test
    void everyRecordOfBothReadsArrivesInItsReadsOrderOnTheCallingThread() {
        List<Integer> numbers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Thread caller = Thread.currentThread();
        AtomicBoolean elsewhere = new AtomicBoolean();

        ConcurrentReads.<Integer, String>run("test", c -> {
            for (int i = 0; i < MANY; i++) {
                c.accept(i);
            }
        }, n -> {
            elsewhere.compareAndSet(false, Thread.currentThread() != caller);
            numbers.add(n);
        }, c -> {
            for (int i = 0; i < MANY; i++) {
                c.accept("w" + i);
            }
        }, w -> {
            elsewhere.compareAndSet(false, Thread.currentThread() != caller);
            words.add(w);
        });

        assertThat(numbers).hasSize(MANY);
        assertThat(words).hasSize(MANY);
        for (int i = 0; i < MANY; i++) {
            assertThat(numbers.get(i)).isEqualTo(i);
            assertThat(words.get(i)).isEqualTo("w" + i);
        }
        assertThat(elsewhere).as("a record summed on another thread").isFalse();
    }

    @Test
    void aFailedReadIsThrownOnceTheOtherReadHasEnded() {
        AtomicBoolean otherEnded = new AtomicBoolean();
        List<Integer> summed = new ArrayList<>();

        assertThatThrownBy(() -> ConcurrentReads.<Integer, Integer>run("test", c -> {
            for (int i = 0; i < MANY; i++) {
                c.accept(i);
            }
            otherEnded.set(true);
        }, summed::add, c -> {
            c.accept(-1);
            throw new IllegalStateException("the survey records cannot be read");
        }, summed::add)).hasMessage("the survey records cannot be read");

        assertThat(otherEnded).as("the projects' read ran to its end").isTrue();
    }

    @Test
    void aFailureWhileSummingIsThrownOnceBothReadsHaveEnded() {
        AtomicBoolean firstEnded = new AtomicBoolean();
        AtomicBoolean secondEnded = new AtomicBoolean();

        assertThatThrownBy(() -> ConcurrentReads.<Integer, Integer>run("test", c -> {
            for (int i = 0; i < MANY; i++) {
                c.accept(i);
            }
            firstEnded.set(true);
        }, n -> {
            if (n == 5) {
                throw new ArithmeticException("a record that cannot be summed");
            }
        }, c -> {
            for (int i = 0; i < MANY; i++) {
                c.accept(i);
            }
            secondEnded.set(true);
        }, n -> {
        })).isInstanceOf(ArithmeticException.class);

        assertThat(firstEnded).isTrue();
        assertThat(secondEnded).isTrue();
    }
}
