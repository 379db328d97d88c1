package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fee or interest note the ledger posts on a customer's account (an NSF fee, a dunning fee, interest), in the
 * customer's currency, due on {@code dueDate} (default: its date). {@code claimOf} names the customer's invoice it
 * belongs to (interest on that invoice, a letter's fee for it), so that a payment settles the claim's fees, then
 * its interest, then its principal (§367 BGB); null: a claim of its own.
 */
public record Charge(String company, String account, DocumentKind kind, String document, BigDecimal amount,
                     LocalDate date, LocalDate dueDate, String description, String claimOf) {

    public Charge(String company, String account, DocumentKind kind, String document, BigDecimal amount,
                  LocalDate date, LocalDate dueDate, String description) {
        this(company, account, kind, document, amount, date, dueDate, description, null);
    }
}
