package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final LoginAttempts attempts = new LoginAttempts(clock);

    @Test
    void fiveFailuresLockTheNameForOneMinuteThenItMayTryAgain() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("Ana");
        }
        assertThat(attempts.isLocked("ana")).isFalse();
        attempts.failed("ana");
        assertThat(attempts.isLocked("ANA")).isTrue();
        assertThat(attempts.isLocked("bob")).isFalse();

        clock.now = clock.now.plus(Duration.ofSeconds(59));
        assertThat(attempts.isLocked("ana")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("ana")).isFalse();

        // after the lock, one failure is one failure again, not the sixth
        attempts.failed("ana");
        assertThat(attempts.isLocked("ana")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("ana");
        }
        attempts.succeeded("ana");
        attempts.failed("ana");
        assertThat(attempts.isLocked("ana")).isFalse();
    }
}
