package org.dunwell.ledger.application;

/** What happened to one row or document: applied, unchanged, or rejected with a reason of a kind. */
record PostingOutcome(long line, Result result, Rejection rejection, String reason, long documentId) {

    enum Result {
        APPLIED,
        UNCHANGED,
        REJECTED
    }

    /** Why a row was refused: its values, a conflict with what is stored, or a business rule. */
    enum Rejection {
        INVALID,
        CONFLICT,
        RULE
    }

    static PostingOutcome applied(long line, long id) {
        return new PostingOutcome(line, Result.APPLIED, null, null, id);
    }

    static PostingOutcome unchanged(long line, long id) {
        return new PostingOutcome(line, Result.UNCHANGED, null, null, id);
    }

    /** Not posted: the row is a movement Dunwell made and fed to the ERP (its reference is that reconciliation key). */
    static PostingOutcome matched(long line, String reason) {
        return new PostingOutcome(line, Result.UNCHANGED, null, reason, 0);
    }

    static PostingOutcome rejected(long line, Rejection rejection, String reason) {
        return new PostingOutcome(line, Result.REJECTED, rejection, reason, 0);
    }
}
