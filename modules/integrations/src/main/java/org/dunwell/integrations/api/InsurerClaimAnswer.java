package org.dunwell.integrations.api;

import java.util.Objects;
import org.dunwell.kernel.api.Money;

/**
 * Where the insurer stands on a claim, in Dunwell's terms: its reference, our claim number (when it says), the
 * state, the amount it accepted or paid (when it says) and its note.
 */
public record InsurerClaimAnswer(String insurerReference, String claimNumber, ClaimState state, Money settledAmount,
                                 String note) {

    public InsurerClaimAnswer {
        Objects.requireNonNull(insurerReference, "insurerReference");
        Objects.requireNonNull(state, "state");
        if (state == ClaimState.PAID && settledAmount == null) {
            throw new IllegalArgumentException("a paid claim says how much was paid");
        }
    }
}
