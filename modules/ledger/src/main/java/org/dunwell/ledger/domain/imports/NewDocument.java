package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.ledger.api.DocumentKind;

/** A document about to be posted. */
public record NewDocument(long id, String company, String document, DocumentKind kind, long customerId,
                          LocalDate documentDate, LocalDate dueDate, String currency, BigDecimal amount,
                          BigDecimal openAmount, String reference, String customerPo, String description,
                          String appliesTo, Long relatedId, String source, Long importId, String createdBy,
                          Instant createdAt) {
}
