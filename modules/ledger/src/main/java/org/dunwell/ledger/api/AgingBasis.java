package org.dunwell.ledger.api;

/** What an age counts from, and in which unit. */
public record AgingBasis(Basis basis, Unit unit) {

    public static final AgingBasis DAYS_PAST_DUE = new AgingBasis(Basis.DUE_DATE, Unit.DAYS);

    /** The date an open item's age counts from. */
    public enum Basis {
        DUE_DATE,
        DOCUMENT_DATE
    }

    /** Days, or whole months. */
    public enum Unit {
        DAYS,
        MONTHS
    }
}
