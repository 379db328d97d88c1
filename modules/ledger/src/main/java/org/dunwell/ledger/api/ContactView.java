package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person at the customer. {@code primary}: the first one to write to for this purpose (a customer has
 * at most one primary contact per purpose).
 */
@Schema(description = "A person at the customer; primary marks the first one to write to for its purpose"
        + " (at most one per purpose).")
public record ContactView(@Schema(required = true) String name,
                          @Schema(required = true) ContactPurpose purpose,
                          @Schema(required = true) boolean primary,
                          String role, String email, String phone,
                          @Schema(description = "A language code such as en, de or fr-CA") String language) {
}
