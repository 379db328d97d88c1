package org.dunwell.credit.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * Where a request that needs four eyes stands, and the one rule set by which it is decided: credit limit
 * requests, write-offs, and whatever else must be approved. The requester never decides it (403); the
 * decider's level must cover the level the amount was routed to ({@link ApprovalRouting}: above the
 * company threshold a senior approver, 403 otherwise); a rejection needs a note (400); a decided request
 * is decided (409). A decision returns the new state; the request keeps it.
 */
public record Approval(Status status, ApproverLevel needed, String requestedBy, String decidedBy, Instant decidedAt,
                       String note) {

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    /** The longest decision note. */
    public static final int NOTE_LENGTH = 500;

    public Approval {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(needed, "needed");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    /** A new request, waiting for a decider of the {@code needed} level. */
    public static Approval requested(ApproverLevel needed, String requestedBy) {
        return new Approval(Status.PENDING, needed, requestedBy, null, null, null);
    }

    /** Approved by {@code decider} at {@code level}; {@code what} names the request in refusals. */
    public Approval approve(String what, String decider, ApproverLevel level, String note, Instant at) {
        return decide(what, decider, level, Status.APPROVED, note, at);
    }

    /** Rejected by {@code decider} at {@code level}, with the reason in {@code note}. */
    public Approval reject(String what, String decider, ApproverLevel level, String note, Instant at) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.ofField("note", "a rejection needs a reason");
        }
        return decide(what, decider, level, Status.REJECTED, note, at);
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    private Approval decide(String what, String decider, ApproverLevel level, Status outcome, String note,
                            Instant at) {
        if (status != Status.PENDING) {
            throw new ConflictException(what + " is already " + status);
        }
        if (decider.equals(requestedBy)) {
            throw new ForbiddenException(what + " was requested by " + decider + "; someone else must decide it");
        }
        if (!level.covers(needed)) {
            throw new ForbiddenException(what + " is above the company's approval threshold; a "
                    + needed.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " decides it");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw InvalidInputException.ofField("note", "at most " + NOTE_LENGTH + " characters");
        }
        return new Approval(outcome, needed, requestedBy, decider, at, note == null || note.isBlank() ? null
                : note.strip());
    }
}
