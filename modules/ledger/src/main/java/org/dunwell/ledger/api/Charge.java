package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fee or interest note the ledger posts on a customer's account (an NSF fee, a dunning fee),
 * in the customer's currency, due on {@code dueDate} (default: its date).
 */
public record Charge(String company, String account, DocumentKind kind, String document, BigDecimal amount,
                     LocalDate date, LocalDate dueDate, String description) {
}
