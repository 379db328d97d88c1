package org.dunwell.plugin.api.insurance;

/** Where a claim stands at the insurer. */
public enum ClaimState {
    FILED, UNDER_REVIEW, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, PAID
}
