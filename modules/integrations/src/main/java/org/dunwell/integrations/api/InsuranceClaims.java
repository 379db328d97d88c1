package org.dunwell.integrations.api;

import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Overdue invoices notified to the customer's trade-credit insurer, and claims filed with it, under the customer's
 * credit insurance (the insurer is the plugin that granted it). A claim is kept before the insurer is asked, under a
 * claim number that stays the same on every attempt, so an insurer that took it but did not answer gets the same
 * claim again, not a second. The insurer's later state comes by refresh or its webhook; every step is audited.
 */
public interface InsuranceClaims {

    /** The subject type under which notices and claims are audited (key: the account). */
    String AUDIT_SUBJECT = "insurance-claim";

    InsuranceClaimView notifyOverdue(String company, ClaimApplication application, CustomerScope scope,
                                     UserName actor);

    InsuranceClaimView file(String company, ClaimApplication application, CustomerScope scope, UserName actor);

    /** A claim still FILING is filed again (same number); any other open claim's state is asked for. */
    InsuranceClaimView refresh(String company, long id, CustomerScope scope, UserName actor);

    InsuranceClaimView get(String company, long id, CustomerScope scope);

    /** Newest first; {@code account} and {@code kind} filter when given. */
    Page<InsuranceClaimView> list(String company, String account, ClaimKind kind, CustomerScope scope,
                                  PageRequest page);

    /** Claim states the insurer pushed (webhook): applied to the claims they name; how many changed. */
    int receive(String company, String plugin, List<InsurerClaimAnswer> answers, UserName actor);
}
