package org.dunwell.ledger.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** Invoices, credit notes and payments: posted once, never changed, corrected by other documents. */
public interface Documents {

    /** The document, whoever asks: for the modules' own work, never for a caller's request. */
    DocumentView get(String company, String document);

    /** The document if {@code scope} sees its customer; otherwise not found, exactly as a missing one. */
    DocumentView get(String company, String document, CustomerScope scope);

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

    /**
     * Posts a credit note or write-off against an invoice and settles it in the same step; more
     * than the invoice has open is refused (422), a document number that exists already is 409.
     */
    DocumentView postSettledCredit(SettledCredit credit, UserName actor);

    /**
     * Posts a payment received through Dunwell (see {@link ReceivedPayment}), unsettled; a document number that exists
     * already is 409.
     */
    DocumentView postReceivedPayment(ReceivedPayment payment, UserName actor);

    /** Posts a fee or interest note on a customer's account; a document number that exists already is 409. */
    DocumentView postCharge(Charge charge, UserName actor);

    /**
     * The document as it is once its row lock is held (until the caller's transaction ends): a
     * decision about its open amount made under it (a dispute) queues behind settlements,
     * write-offs and other such decisions instead of racing them.
     */
    DocumentView getForUpdate(String company, String document);

    /** Sets an invoice's (fee's, interest note's) collection status, audited with the reason. */
    DocumentView setCollectionStatus(String company, String document, CollectionStatus status, String reason,
                                     UserName actor);

    /** Reverses a payment: its settlements are undone, the invoices reopen, the payment is {@code REVERSED}. */
    DocumentView reversePayment(String company, String payment, LocalDate date, String reason, UserName actor);
}
