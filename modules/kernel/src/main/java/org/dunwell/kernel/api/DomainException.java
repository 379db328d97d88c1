package org.dunwell.kernel.api;

import java.util.List;
import java.util.Locale;

/**
 * The root of every error the domain raises on purpose. Each kind says which HTTP-neutral
 * {@link Kind} it is; the server turns the kind into a status and a problem+json body, so
 * no domain module knows about HTTP.
 */
public abstract class DomainException extends RuntimeException {

    /** What went wrong, in terms a caller can act on. */
    public enum Kind {
        /** The request itself is malformed or out of range. */
        INVALID_INPUT,
        /** Well-formed, but a business rule refuses it. */
        RULE_VIOLATION,
        /** The thing asked for does not exist (or is not visible to the caller). */
        NOT_FOUND,
        /** The caller may not do this at all. */
        FORBIDDEN,
        /** The state moved on (already approved, already closed, key taken). */
        CONFLICT,
        /** The caller's version of the thing is stale (optimistic locking). */
        STALE_VERSION,
        /** Something the request needs outside Dunwell (a plugin's service) cannot answer now; try again later. */
        UNAVAILABLE
    }

    private final transient List<Violation> violations;

    protected DomainException(String message) {
        this(message, List.of());
    }

    protected DomainException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public abstract Kind kind();

    /** A short stable slug naming the problem type ({@code not-found}, {@code credit-limit-exceeded}). */
    public String problemType() {
        return kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Field- or line-level details; empty when the message says it all. */
    public List<Violation> violations() {
        return violations;
    }
}
