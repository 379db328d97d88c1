package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A money movement about to be written to the postings feed. */
public record NewPostingEntry(String company, String kind, String document, String relatedDocument, String account,
                              String currency, BigDecimal amount, LocalDate date, String description, String createdBy,
                              Instant createdAt) {
}
