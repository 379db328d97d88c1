package org.dunwell.server.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * Versions as HTTP sees them: the {@code ETag} of a resource is its version number, and an
 * update must name it in {@code If-Match} (missing: 428; stale: 412, by the service).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names. */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "If-Match must be an ETag this server gave, e.g. \"3\"; got " + ifMatch);
        }
    }

    /** The version an optional {@code If-Match} names; null when there is none (decisions that need no version). */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : requireVersion(ifMatch);
    }

    /** No {@code If-Match} on an update: 428 Precondition Required. */
    public static final class PreconditionRequired extends WebApplicationException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("If-Match is required", 428);
        }
    }
}
