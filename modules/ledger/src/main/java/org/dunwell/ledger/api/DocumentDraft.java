package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A document as the ERP sends it (one CSV row, or one JSON body). Values are as given; the
 * ledger validates them. {@code dueDate} is for invoices only; {@code appliesTo} for credit
 * notes and payments only.
 */
public record DocumentDraft(DocumentKind kind, String company, String document, String account,
                            LocalDate documentDate, LocalDate dueDate, String currency, BigDecimal amount,
                            String reference, String customerPo, String description, String appliesTo) {
}
