package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;

/**
 * A customer's aging with what a stored snapshot keeps besides: the master data pools filter
 * on, the credit limit of the customer master, the due date of the oldest overdue debit still
 * open (null: none), and per bucket the open amount and number of invoices whose collection
 * status is {@code DISPUTED} (today's status and open amount, of debits dated on or before
 * the as-of date).
 */
public record AgedCustomer(CustomerAging aging, String region, String group, String responsible,
                           BigDecimal masterCreditLimit, LocalDate oldestOverdueDueDate, List<Money> disputedAmounts,
                           List<Integer> disputedCounts) {

    public AgedCustomer {
        disputedAmounts = List.copyOf(disputedAmounts);
        disputedCounts = List.copyOf(disputedCounts);
    }

    /** Days past due of the oldest overdue debit on the as-of date (0: nothing overdue). */
    public int oldestOverdueDays() {
        return oldestOverdueDueDate == null ? 0
                : (int) (aging.asOf().toEpochDay() - oldestOverdueDueDate.toEpochDay());
    }
}
