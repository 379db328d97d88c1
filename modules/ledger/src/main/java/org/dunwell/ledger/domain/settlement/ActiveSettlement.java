package org.dunwell.ledger.domain.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A settlement that has not been undone. */
public record ActiveSettlement(long id, long debitId, long creditId, BigDecimal amount, LocalDate settledOn) {
}
