package org.dunwell.integrations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where hand-overs to agencies are kept, with every update the agencies sent and each agency's polling cursor. */
public interface HandoverStore {

    long insert(NewHandover handover);

    Optional<HandoverView> find(String company, long id);

    /** The hand-over the agency (plugin) knows by this reference. */
    Optional<HandoverView> byAgencyReference(String company, String plugin, String agencyReference);

    /** The customer's invoices in hand-overs waiting, approved or with the agency. */
    java.util.Set<String> activeInvoices(String company, String account);

    /** Whether a hand-over of the case is waiting, approved or with the agency. */
    boolean activeForCase(String company, long caseId);

    Page<HandoverView> list(String company, String account, HandoverState state, CustomerScope scope,
                            PageRequest page);

    /** The company's APPROVED hand-overs of the plugin (not yet taken by the agency), oldest first. */
    List<HandoverView> toSend(String company, String plugin, int limit);

    /**
     * Moves the hand-over on if it is still at {@code expectedVersion}; null fields are left as they are.
     *
     * @return false when someone else changed it first
     */
    boolean change(String company, long id, long expectedVersion, Change change);

    /**
     * Keeps an update of the agency, once: false when the agency's update of that kind and id was kept before (by
     * this round, another server's or an earlier one). {@code handoverId} null: for no hand-over known here.
     */
    boolean keepUpdate(String company, String plugin, Long handoverId, AgencyEvent event, String document,
                       Instant receivedAt);

    /** The company's updates kept for no hand-over, newest first. */
    Page<org.dunwell.integrations.api.UnmatchedUpdateView> unmatched(String company, PageRequest page);

    /** Where the company's polling of the plugin stands (null: from the agency's beginning). */
    String cursor(String company, String plugin);

    void saveCursor(String company, String plugin, String cursor, Instant at);

    /** A hand-over to keep. */
    record NewHandover(String company, long caseId, Long letterId, String account, String plugin, Money amount, List<String> invoices,
                       HandoverState state, ApproverLevel approvalNeeded, String reason, String requestedBy,
                       Instant requestedAt) {
    }

    /** What a step changes: state, approval, agency reference and status, sums, error, times. */
    record Change(HandoverState state, String decidedBy, Instant decidedAt, String decisionNote, String agencyReference,
                  String agencyStatus, Money recovered, Money fees, String lastError, boolean clearError,
                  Instant handedOverAt, Instant closedAt) {

        public static Change state(HandoverState state) {
            return new Change(state, null, null, null, null, null, null, null, null, false, null, null);
        }

        public Change decided(String by, Instant at, String note) {
            return new Change(state, by, at, note, agencyReference, agencyStatus, recovered, fees, lastError,
                    clearError, handedOverAt, closedAt);
        }

        public Change handedOver(String reference, Instant at) {
            return new Change(HandoverState.HANDED_OVER, decidedBy, decidedAt, decisionNote, reference, agencyStatus,
                    recovered, fees, null, true, at, closedAt);
        }

        public static Change failed(String error) {
            return new Change(null, null, null, null, null, null, null, null, error, false, null, null);
        }

        public static Change agencyStatus(String status, boolean closed, Instant at) {
            return new Change(closed ? HandoverState.CLOSED : null, null, null, null, null, status, null, null, null,
                    false, null, closed ? at : null);
        }

        /** Taken back from the agency at {@code at}: RECALLED, the error cleared. */
        public static Change recalled(Instant at) {
            return new Change(HandoverState.RECALLED, null, null, null, null, null, null, null, null, true, null, at);
        }

        public static Change sums(Money recovered, Money fees) {
            return new Change(null, null, null, null, null, null, recovered, fees, null, false, null, null);
        }
    }
}
