package org.dunwell.credit.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/**
 * Who must approve an amount (a credit limit, a write-off): a credit manager up to the company's
 * approval threshold in its accounting currency, a senior approver above it or when the amount
 * cannot be converted (no exchange rate on {@code date}).
 */
public interface ApprovalRouting {

    ApproverLevel levelFor(String company, Money amount, LocalDate date);
}
