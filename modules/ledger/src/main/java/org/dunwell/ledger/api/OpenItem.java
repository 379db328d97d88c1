package org.dunwell.ledger.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/**
 * A document with something open as of a date: for a debit what the customer still owes
 * on it, for a credit what is not applied yet.
 */
public record OpenItem(String document, DocumentKind kind, LocalDate documentDate, LocalDate dueDate, Money amount,
                       Money openAmount, CollectionStatus collectionStatus, String reference, String customerPo,
                       String description) {
}
