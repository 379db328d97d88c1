package org.dunwell.kernel.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with a base clock plus an offset that can be moved: tests move it
 * forward through a scenario, and a demo or test server can be set to a business date.
 * Thread-safe.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock base) {
        this(base, Duration.ZERO);
    }

    private AdjustableClock(Clock base, Duration offset) {
        this.base = Objects.requireNonNull(base, "base");
        this.offset = new AtomicReference<>(offset);
    }

    /** Moves the clock by the given amount (may be negative). */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Moves the clock so that today is {@code date}, keeping the time of day. */
    public void setDate(LocalDate date) {
        LocalDate today = LocalDate.now(this);
        advance(Duration.ofDays(today.until(date, ChronoUnit.DAYS)));
    }

    /** Back to the base clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
