package org.dunwell.ledger.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/** One application of a credit (payment, credit note) to a debit (invoice, fee, interest). */
public record SettlementView(long id, String company, String account, String debitDocument, String creditDocument,
                             Money amount, LocalDate settledOn, LocalDate undoneOn, String undoReason,
                             String createdBy) {
}
