package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Interest notes: interest on a customer's overdue (not disputed) invoices as of a day, by an interest code, for the
 * periods not charged yet (a letter run's interest and a note's share them: each period is charged once).
 */
public interface InterestNotes {

    /** What a note would charge, nothing written. */
    InterestNoteView preview(String company, String account, String interestCode, LocalDate asOf, CustomerScope scope);

    /** Posts the note: an interest document per invoice in the ledger (in the invoice's claim). 422 when it is zero. */
    InterestNoteView post(String company, String account, String interestCode, LocalDate asOf, CustomerScope scope,
                          UserName actor);

    InterestNoteView get(String company, long id, CustomerScope scope);

    List<InterestNoteView> list(String company, String account, CustomerScope scope);

    /**
     * Waives a posted note (write-offs of what its documents have open): at once within the actor's waive limit,
     * else WAIVER_REQUESTED for someone else to approve.
     */
    InterestNoteView waive(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                           UserName actor);

    /** Decides a requested waiver: approved, the note is waived; rejected (with a note), it stays posted. */
    InterestNoteView decideWaiver(String company, long id, long expectedVersion, boolean approve, String note,
                                  CustomerScope scope, UserName actor, ApproverLevel level);

    /** Charges a waived note again (new interest documents of what was waived). */
    InterestNoteView reinstate(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                               UserName actor);

    /** Reverses a posted note (credit notes of what is open); its periods may be charged again. */
    InterestNoteView reverse(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                             UserName actor);

    /** How much {@code user} may waive on one note without a second person. */
    BigDecimal putWaiveLimit(String company, String user, BigDecimal limit, String reason, UserName actor);
}
