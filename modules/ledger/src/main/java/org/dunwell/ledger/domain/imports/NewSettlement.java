package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A settlement about to be recorded. */
public record NewSettlement(long id, String company, long customerId, long debitId, long creditId, BigDecimal amount,
                            LocalDate settledOn, String createdBy, Instant createdAt) {
}
