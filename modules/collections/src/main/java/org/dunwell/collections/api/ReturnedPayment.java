package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.ledger.api.DocumentView;

/** A payment returned unpaid (NSF): the reversed payment, the invoices it had settled (reopened), the fee posted. */
public record ReturnedPayment(DocumentView payment, List<DocumentView> reopened, DocumentView fee) {
}
