package org.dunwell.credit.api;

/** The outcome of an order credit check, from best to worst; the worst result of all fired rules wins. */
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
