package org.dunwell.credit.api;

import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** Order credit checks and the credit hold list. */
public interface CreditChecks {

    /**
     * Checks an order of {@code amount} (counted in the exposure) against the company's rules on
     * the business date. With an order reference the check is kept (a re-check of the same
     * reference updates it); REVIEW and BLOCKED put the order on the hold list.
     */
    CreditCheckView check(String company, String account, Money amount, String orderReference, CustomerScope scope,
                          UserName actor);

    CreditCheckView byOrder(String company, String orderReference);

    CreditCheckView get(String company, long id);

    /** Checks whose hold is in this state (OPEN by default), of one account or all, oldest first, with names. */
    Page<CreditCheckView> holds(String company, HoldStatus status, String account, PageRequest page);

    CreditCheckView release(String company, long id, Long expectedVersion, String reason, UserName actor);

    CreditCheckView reject(String company, long id, Long expectedVersion, String reason, UserName actor);

    /** Checks the held order again with today's figures; released by itself if it now passes. */
    CreditCheckView reevaluate(String company, long id, Long expectedVersion, String reason, UserName actor);
}
