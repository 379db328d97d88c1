package org.dunwell.ledger.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/**
 * A customer's receivable as of a date, in its currency: the open balance (debits less credits
 * that exist then), what of it is overdue after unapplied credits are applied to the oldest
 * debts first, how many days the oldest overdue debt is past due (0 when nothing is), when the
 * relationship began (the first document, else the day the account was created), and how it
 * has paid; and the credit limit the customer was created with (null if none).
 */
public record ReceivableFigures(String company, String account, String currency, Money initialCreditLimit,
                                LocalDate asOf, Money balance,
                                Money overdue, int oldestOverdueDays, LocalDate customerSince,
                                PaymentHistory history) {
}
