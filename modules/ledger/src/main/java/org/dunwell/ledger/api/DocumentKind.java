package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of financial document on a customer's account. Debits raise what the customer
 * owes (invoice, fee, interest note); credits lower it (credit note, payment, write-off).
 */
@Schema(description = "The kinds of financial document on a customer's account.")
public enum DocumentKind {
    INVOICE(true),
    FEE(true),
    INTEREST(true),
    CREDIT_NOTE(false),
    PAYMENT(false),
    WRITE_OFF(false);

    private final boolean debit;

    DocumentKind(boolean debit) {
        this.debit = debit;
    }

    public boolean isDebit() {
        return debit;
    }

    public boolean isCredit() {
        return !debit;
    }
}
