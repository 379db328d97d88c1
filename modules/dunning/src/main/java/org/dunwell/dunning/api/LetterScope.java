package org.dunwell.dunning.api;

/** Whether a collection letter covers all of a customer's overdue invoices or one invoice. */
public enum LetterScope {
    PER_CUSTOMER,
    PER_INVOICE
}
