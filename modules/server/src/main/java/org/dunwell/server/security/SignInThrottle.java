package org.dunwell.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins counted per user name and per client address (docs/security.md): after
 * {@code dunwell.signin.maxFailuresPerUser} failures (default 5) for one user name, or
 * {@code dunwell.signin.maxFailuresPerAddress} (default 20) from one address, within
 * {@code dunwell.signin.windowSeconds} (default 900), further sign-ins of that user or from that
 * address are answered 429 with {@code Retry-After} until the oldest failure leaves the window;
 * right or wrong credentials alike, so that guessing gains nothing. A successful sign-in clears the
 * user's count. Counts live in this server's memory: each server of an installation counts its own.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "dunwell.signin.maxFailuresPerUser", defaultValue = "5")
    int maxPerUser;

    @Inject
    @ConfigProperty(name = "dunwell.signin.maxFailuresPerAddress", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "dunwell.signin.windowSeconds", defaultValue = "900")
    long windowSeconds;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The limits (CDI sets them from the configuration). */
    SignInThrottle limits(int perUser, int perAddress, long window) {
        this.maxPerUser = perUser;
        this.maxPerAddress = perAddress;
        this.windowSeconds = window;
        return this;
    }

    /** How long a sign-in of this user from this address must wait; zero when it may go ahead. */
    public Duration waitFor(String user, String address) {
        Instant now = clock.instant();
        Duration forUser = wait("user:" + user, maxPerUser, now);
        Duration forAddress = wait("address:" + address, maxPerAddress, now);
        return forUser.compareTo(forAddress) >= 0 ? forUser : forAddress;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(entry -> expire(entry.getValue(), now).isEmpty());
        }
        record("user:" + user, now);
        record("address:" + address, now);
    }

    public void succeeded(String user) {
        failures.remove("user:" + user);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now).addLast(now);
        }
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plusSeconds(windowSeconds));
        }
    }

    private Deque<Instant> expire(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant oldest = now.minusSeconds(windowSeconds);
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.pollFirst();
            }
            return times;
        }
    }
}
