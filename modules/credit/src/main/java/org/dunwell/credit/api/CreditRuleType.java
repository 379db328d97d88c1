package org.dunwell.credit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of blocking rule of an order credit check. Each rule of a company names one of
 * these, its parameter where it has one, and the result it gives when it fires.
 */
@Schema(description = "The kinds of blocking rule of an order credit check.")
public enum CreditRuleType {
    /** Exposure with the order above the limit by more than {@code threshold} percent of it. */
    OVER_LIMIT(true),
    /** The oldest overdue debt more than {@code threshold} days past due. */
    OVERDUE_DAYS(true),
    /** Overdue more than {@code threshold} in the company's accounting currency. */
    OVERDUE_AMOUNT(true),
    /** The customer is on credit hold. */
    ON_HOLD(false),
    /** The customer's risk group is one of {@code riskGroups}. */
    RISK_GROUP(false),
    /** The credit limit's review date has passed. */
    LIMIT_EXPIRED(false),
    /** The customer's credit insurance is not valid on the day (expired or not yet valid). */
    INSURANCE_EXPIRED(false);

    private final boolean needsThreshold;

    CreditRuleType(boolean needsThreshold) {
        this.needsThreshold = needsThreshold;
    }

    public boolean needsThreshold() {
        return needsThreshold;
    }
}
