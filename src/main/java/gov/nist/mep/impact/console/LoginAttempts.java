package gov.nist.mep.impact.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Five failed sign-ins in a row lock a user name for a minute (known names and unknown ones alike, so the lock says
 * nothing about which names exist). A success clears the count.
 */
@Component
@ConsoleOnly
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);
    /** Names remembered at most, so that a flood of made-up names cannot fill the memory. */
    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String name) {
        Failures f = failures.get(key(name));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    void failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            failures.values().removeIf(f -> f.lockedUntil() == null || !clock.instant().isBefore(f.lockedUntil()));
        }
        failures.compute(key(name), (k, f) -> {
            int count = f == null || f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil()) ? 1
                    : f.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    void succeeded(String name) {
        failures.remove(key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
