package org.dunwell.ledger.domain.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Money;

/**
 * Splits what is open of a credit over debits in the order given: each debit gets the
 * smaller of what it has open and what is left of the credit (and of the cap). Never more
 * than either side has open; what is left stays on the credit (unsettled payment, unapplied
 * credit note).
 */
public final class SettlementPlanner {

    private SettlementPlanner() {
    }

    public static List<Allocation> plan(Money creditOpen, List<Debit> debitsInOrder, Optional<Money> cap) {
        Money left = cap.map(c -> c.min(creditOpen)).orElse(creditOpen);
        List<Allocation> allocations = new ArrayList<>();
        for (Debit debit : debitsInOrder) {
            if (!left.isPositive()) {
                break;
            }
            if (!debit.open().isPositive()) {
                continue;
            }
            Money amount = left.min(debit.open());
            allocations.add(new Allocation(debit, amount));
            left = left.minus(amount);
        }
        return allocations;
    }
}
