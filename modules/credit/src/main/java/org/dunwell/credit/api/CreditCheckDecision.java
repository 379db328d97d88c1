package org.dunwell.credit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of an order credit check, from best to worst; the worst result of all fired rules wins. */
@Schema(description = "The outcome of an order credit check, from best to worst; the worst result of all fired rules wins.")
public enum CreditCheckDecision {
    APPROVED,
    WARNING,
    REVIEW,
    BLOCKED;

    /** The worse of two decisions. */
    public CreditCheckDecision worst(CreditCheckDecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
