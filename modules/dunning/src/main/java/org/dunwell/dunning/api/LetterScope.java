package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a collection letter covers all of a customer's overdue invoices or one invoice. */
@Schema(description = "PER_CUSTOMER: one letter covers all of a customer's overdue invoices; PER_INVOICE: one"
        + " letter per invoice.")
public enum LetterScope {
    PER_CUSTOMER,
    PER_INVOICE
}
