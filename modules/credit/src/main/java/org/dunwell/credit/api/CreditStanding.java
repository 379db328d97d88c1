package org.dunwell.credit.api;

import org.dunwell.kernel.api.Money;

/**
 * A customer's credit in a list: the limit in force and what is available of it (both null when
 * no limit is checked), whether the exposure is over the limit, the stored risk score and group,
 * and whether the customer is on credit hold.
 */
public record CreditStanding(String account, Money creditLimit, Money availableCredit, boolean overLimit,
                             Integer riskScore, String riskGroup, boolean onHold) {
}
