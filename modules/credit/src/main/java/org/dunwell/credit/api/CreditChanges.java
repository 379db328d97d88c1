package org.dunwell.credit.api;

import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/**
 * Changes that would raise what a customer may owe (a group limit, joining a group, a limit type that
 * counts less, the mandatory flag off, a later review date, a released customer hold, a loosened or
 * removed rule, a higher approval threshold or a changed scorecard) wait here until someone else approves
 * them, by the one four-eyes rule ({@link Approval}). Approving applies the change, if the fields it
 * changes still hold the values they held when it was asked (409 otherwise).
 */
public interface CreditChanges {

    /** The company's changes, optionally in one status (PENDING, APPROVED, REJECTED), newest first. */
    Page<CreditChangeView> list(String company, String status, PageRequest page);

    CreditChangeView get(String company, long id);

    CreditChangeView approve(String company, long id, Long expectedVersion, String note, UserName actor,
                             ApproverLevel level);

    CreditChangeView reject(String company, long id, Long expectedVersion, String note, UserName actor,
                            ApproverLevel level);
}
