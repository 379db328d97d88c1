package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a hand-over of a case to a collection agency stands. */
@Schema(description = "Where a hand-over stands: AWAITING_APPROVAL (above the company's approval threshold: a senior"
        + " approver, not the requester, decides), REJECTED, APPROVED (to be sent: the agency has not taken it yet,"
        + " it is sent again by the next round or by /send), HANDED_OVER (the agency holds the case; its status,"
        + " recoveries and fees come back), CLOSED (the agency closed the case), RECALLED (taken back from the agency;"
        + " what it still reports is applied).")
public enum HandoverState {
    /** Above the company's approval threshold: waits for a second person. */
    AWAITING_APPROVAL,
    /** Refused by the approver; nothing was sent. */
    REJECTED,
    /** Approved (or below the threshold) but not yet taken by the agency. */
    APPROVED,
    /** The agency took the case and reports on it. */
    HANDED_OVER,
    /** The agency closed the case. */
    CLOSED,
    /** Taken back from the agency; money it still reports is booked, its status recorded. */
    RECALLED;

    /** Whether the case may not be handed over again while the hand-over is in this state. */
    public boolean active() {
        return this == AWAITING_APPROVAL || this == APPROVED || this == HANDED_OVER;
    }
}
