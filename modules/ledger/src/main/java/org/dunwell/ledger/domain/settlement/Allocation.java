package org.dunwell.ledger.domain.settlement;

import org.dunwell.kernel.api.Money;

/** How much of a credit goes to one debit. */
public record Allocation(Debit debit, Money amount) {
}
