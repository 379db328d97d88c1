package org.dunwell.integrations.api;

import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Collection cases handed to the company's collection agency through its plugin. A hand-over above the company's
 * approval threshold waits for a senior approver who did not ask for it; at or below it, it goes at once. The agency
 * reports later, by polling ({@link #poll}) or webhook ({@link #receive}): status changes go onto the case and the
 * customer's timeline, recoveries are booked as payments that settle the case's invoices (and are fed to the ERP on
 * the postings feed, so its own booking of the money is matched, not counted twice), fees are recorded and, when the
 * plugin's settings say {@code fees.chargeToDebtor=true}, charged to the customer. Each update is applied once,
 * however often the agency sends it.
 */
public interface AgencyHandovers {

    /** The subject type under which hand-overs are audited (key: the hand-over's id). */
    String AUDIT_SUBJECT = "agency-handover";

    /** The plugin setting that charges the agency's fees to the customer. */
    String CHARGE_FEES_SETTING = "fees.chargeToDebtor";

    HandoverView request(String company, HandoverApplication application, CustomerScope scope, UserName actor);

    HandoverView approve(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                         UserName actor, ApproverLevel level);

    HandoverView reject(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                        UserName actor, ApproverLevel level);

    /** Sends an APPROVED hand-over the agency has not taken yet (after the agency was down). */
    HandoverView send(String company, long id, CustomerScope scope, UserName actor);

    /**
     * Takes a case the agency holds back (HANDED_OVER to RECALLED), once the agency has said so; the case goes on
     * in-house. At {@code expectedVersion} (null skips the check); the reason is recorded.
     */
    HandoverView recall(String company, long id, Long expectedVersion, String reason, CustomerScope scope,
                        UserName actor);

    HandoverView get(String company, long id, CustomerScope scope);

    /** Newest first; {@code account} and {@code state} filter when given. */
    Page<HandoverView> list(String company, String account, HandoverState state, CustomerScope scope,
                            PageRequest page);

    /** The company's agency updates kept but not applied (no hand-over known, another currency), newest first. */
    Page<UnmatchedUpdateView> unmatched(String company, PageRequest page);

    /**
     * One round with each enabled agency of the company: approved hand-overs the agency has not taken are sent, then
     * its updates since the last round are applied. Safe on two servers at once.
     */
    AgencyRound poll(String company, UserName actor);

    /**
     * Applies updates an agency pushed (its webhook, read and found authentic by the plugin).
     */
    AgencyRound receive(String company, String plugin, java.util.List<AgencyEvent> events, UserName actor);
}
