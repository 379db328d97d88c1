package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an age counts from, and in which unit. */
@Schema(description = "What an age counts from (DUE_DATE, DOCUMENT_DATE), and in which unit (DAYS, MONTHS).")
public record AgingBasis(Basis basis, Unit unit) {

    public static final AgingBasis DAYS_PAST_DUE = new AgingBasis(Basis.DUE_DATE, Unit.DAYS);

    /** The date an open item's age counts from. */
    @Schema(name = "AgingBasisDate", description = "The date an open item's age counts from.")
    public enum Basis {
        DUE_DATE,
        DOCUMENT_DATE
    }

    /** Days, or whole months. */
    @Schema(name = "AgingUnit", description = "Days, or whole months.")
    public enum Unit {
        DAYS,
        MONTHS
    }
}
