package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit the ledger posts itself against one invoice and settles with it at once: a credit
 * note (a dispute resolved with credit) or a write-off. {@code amount} may not exceed what the
 * invoice has open when it is posted; {@code date} defaults to the business date.
 */
public record SettledCredit(String company, String invoice, DocumentKind kind, String document, BigDecimal amount,
                            LocalDate date, String reason) {
}
