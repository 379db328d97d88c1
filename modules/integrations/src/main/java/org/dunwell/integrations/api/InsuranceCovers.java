package org.dunwell.integrations.api;

import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Credit insurance cover asked of the company's enabled insurer plugin. Insurers decide later: a request may stay
 * PENDING until it is refreshed (by a user, or by the scheduled refresh). A granted cover becomes the customer's
 * credit insurance (insured limit, coverage, validity), a withdrawn one is removed from it; every decision is in the
 * audit trail with who asked and why.
 */
public interface InsuranceCovers {

    /** The subject type of cover requests in the audit trail (key: the account). */
    String AUDIT_SUBJECT = "insurance-cover";

    CoverRequestView request(String company, String account, CoverApplication application, CustomerScope scope,
                             UserName actor);

    /**
     * Asks the insurer where it stands on the request and applies a new decision. A refused or withdrawn cover is
     * closed: asking again is a conflict.
     */
    CoverRequestView refresh(String company, long id, CustomerScope scope, UserName actor);

    CoverRequestView get(String company, long id, CustomerScope scope);

    /** The customer's cover requests, newest first. */
    Page<CoverRequestView> covers(String company, String account, CustomerScope scope, PageRequest page);

    /**
     * Asks the insurer about the company's pending requests, oldest first, at most {@code limit} of them: what it has
     * decided is recorded and applied as {@link #refresh} does. A request someone else refreshed at the same moment
     * is left to them; an insurer that does not answer, or a plugin no longer enabled, ends the round (the next one
     * tries again). Nothing to do when the company has no insurer plugin enabled.
     *
     * @return how many requests got a new decision
     */
    int refreshPending(String company, int limit, UserName actor);

    /**
     * Decisions the insurer pushed (its webhook, read and found authentic by the plugin): each is recorded and
     * applied as {@link #refresh} does, on the request with that cover reference; one for no request known here, for
     * a closed request, or the same as held, changes nothing.
     *
     * @return how many requests got a new decision
     */
    int receive(String company, String plugin, java.util.List<InsurerDecision> decisions, UserName actor);

    /**
     * The company's requests the insurer has not decided yet, oldest first (what a refresh walks): for the roles that
     * see every customer.
     */
    Page<CoverRequestView> pending(String company, PageRequest page);
}
