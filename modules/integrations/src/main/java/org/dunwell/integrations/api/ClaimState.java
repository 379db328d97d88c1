package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a notice or claim stands at the insurer. */
@Schema(description = "NOTIFIED (a notice the insurer took), FILING (a claim not yet acknowledged: a refresh files it"
        + " again under the same claim number), FILED, UNDER_REVIEW, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, PAID.")
public enum ClaimState {
    NOTIFIED, FILING, FILED, UNDER_REVIEW, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, PAID;

    /** Whether nothing can follow. */
    public boolean closed() {
        return this == NOTIFIED || this == REJECTED || this == PAID;
    }
}
