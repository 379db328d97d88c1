package org.dunwell.ledger.domain.settlement;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order in which a credit settles a customer's open debits when the customer named none
 * (domain.md §1). Configurable per company.
 */
public enum SettlementOrder {

    /**
     * German statutory order, a good default elsewhere: across claims, due before not yet due
     * (§366(2) BGB), then the oldest (by due date, then document date; all claims count as
     * equally secured, since the ledger holds no security); within one claim fees, then
     * interest, then principal (§367 BGB).
     */
    STATUTORY {
        @Override
        public Comparator<Debit> on(LocalDate settlementDate) {
            Comparator<Debit> dueFirst = Comparator.comparing(d -> d.claimDueDate().isAfter(settlementDate));
            return dueFirst.thenComparing(Debit::claimDueDate)
                    .thenComparing(Debit::claimDocumentDate)
                    .thenComparing(Debit::claimDocument)
                    .thenComparingInt(Debit::rankInClaim)
                    .thenComparing(Debit::document);
        }
    },

    /** Oldest due date first, whether due or not; within a claim fees, interest, principal. */
    OLDEST_DUE_FIRST {
        @Override
        public Comparator<Debit> on(LocalDate settlementDate) {
            return Comparator.comparing(Debit::claimDueDate)
                    .thenComparing(Debit::claimDocument)
                    .thenComparingInt(Debit::rankInClaim)
                    .thenComparing(Debit::document);
        }
    },

    /** Oldest document date first. */
    OLDEST_DOCUMENT_FIRST {
        @Override
        public Comparator<Debit> on(LocalDate settlementDate) {
            return Comparator.comparing(Debit::documentDate).thenComparing(Debit::document);
        }
    };

    /** The order of debits for a settlement made on {@code settlementDate}. */
    public abstract Comparator<Debit> on(LocalDate settlementDate);
}
