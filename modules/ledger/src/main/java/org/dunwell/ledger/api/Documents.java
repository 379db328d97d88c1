package org.dunwell.ledger.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** Invoices, credit notes and payments: posted once, never changed, corrected by other documents. */
public interface Documents {

    DocumentView get(String company, String document);

    Page<DocumentView> list(DocumentFilter filter, PageRequest page);

    /**
     * Posts one document with the rules of the import (a document that exists with the same
     * values is returned unchanged; with other values it is refused).
     */
    DocumentView post(DocumentDraft draft, String defaultCompany, UserName actor);

    /**
     * Cancels an invoice: a credit note of its open amount is posted and settles it; the
     * invoice is {@code CANCELLED}. An invoice with nothing open cannot be cancelled.
     */
    DocumentView cancelInvoice(String company, String invoice, String creditNote, LocalDate date, String reason,
                               UserName actor);

    /** Reverses a payment: its settlements are undone, the invoices reopen, the payment is {@code REVERSED}. */
    DocumentView reversePayment(String company, String payment, LocalDate date, String reason, UserName actor);
}
