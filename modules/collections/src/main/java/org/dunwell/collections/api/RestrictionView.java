package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A restriction on contacting a customer (or, for a pause, one of its invoices: {@code document}), in force from
 * {@code from} to {@code until} (a pause always has an end; a flag may), until lifted.
 */
@Schema(description = "A restriction on contacting a customer (a pause: or one of its invoices), in force from"
        + " 'from' to 'until', until lifted; who set it, why, and who lifted it.")
public record RestrictionView(long id, String company, String account, String document, RestrictionKind kind,
                              String reason, LocalDate from, LocalDate until, boolean active, String createdBy,
                              Instant createdAt, String liftedBy, Instant liftedAt, String liftReason, long version) {
}
