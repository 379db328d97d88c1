package org.dunwell.credit.domain;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/**
 * What a credit check knows about a customer on the day: the credit line with the order already
 * in its exposure, the overdue amount (in the customer's currency and, when a rate is known, in
 * the company's accounting currency), the oldest overdue days, the hold, the risk group, the
 * limit's review date and the insurance's validity (null: no insurance).
 */
public record CheckFacts(LocalDate asOf, CreditLine line, Money overdue, Money overdueInAccounting,
                         int oldestOverdueDays, String holdReason, String riskGroup, LocalDate limitExpiresOn,
                         LocalDate insuranceValidFrom, LocalDate insuranceValidTo, boolean insured) {

    public boolean onHold() {
        return holdReason != null;
    }
}
