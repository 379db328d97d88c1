package org.dunwell.dunning.domain.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When a message that failed is tried again: after 1, 2, 4, 8, 16 minutes (doubling, at most an hour), and not at
 * all after {@code maxAttempts}.
 */
public final class Backoff {

    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /** The next attempt after {@code attempts} failed ones (counting this one), or null when it is the last. */
    public static Instant next(Instant now, int attempts, int maxAttempts) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration wait = FIRST.multipliedBy(1L << Math.min(attempts - 1, 10));
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
