package org.dunwell.credit.domain;

import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.Money;

/**
 * Routes a request by its amount in the company's accounting currency: up to the threshold a
 * credit manager approves, above it a senior approver. An amount that cannot be converted (no
 * exchange rate) goes to the senior approver.
 */
public record ApprovalThreshold(Money threshold) {

    public ApproverLevel levelFor(Money amountInAccounting) {
        if (amountInAccounting == null || amountInAccounting.isGreaterThan(threshold)) {
            return ApproverLevel.SENIOR_APPROVER;
        }
        return ApproverLevel.CREDIT_MANAGER;
    }
}
