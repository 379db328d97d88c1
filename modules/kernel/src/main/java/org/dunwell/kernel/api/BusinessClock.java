package org.dunwell.kernel.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one place the domain learns what day and time it is. Business logic takes a
 * {@code BusinessClock} or an explicit as-of date; it never calls {@code now()} itself.
 * The business date is the calendar date in the company's time zone.
 */
public final class BusinessClock {

    private final Clock clock;

    public BusinessClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A clock fixed at the start of the given day in UTC: for tests and reruns as of a past date. */
    public static BusinessClock fixedAt(LocalDate date) {
        return new BusinessClock(Clock.fixed(date.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The underlying clock, for libraries that take a {@link Clock}. */
    public Clock clock() {
        return clock;
    }
}
