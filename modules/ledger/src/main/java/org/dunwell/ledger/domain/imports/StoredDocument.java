package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.ledger.api.DocumentKind;

/** The values of a document already in the ledger, as the import compares them. */
public record StoredDocument(long id, String document, DocumentKind kind, String account, long customerId, LocalDate documentDate,
                             LocalDate dueDate, String currency, BigDecimal amount, BigDecimal openAmount,
                             String reference, String customerPo, String description, String appliesTo,
                             String status) {
}
