package org.dunwell.plugin.api;

import java.time.Duration;
import java.util.Optional;

/** The vendor is down, slow or busy (5xx, 429, timeout): the same call may succeed later. */
public final class RetryLaterException extends PluginException {

    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public RetryLaterException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public RetryLaterException(String message) {
        this(message, null, null);
    }

    /** How long the vendor asked to wait (its {@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
