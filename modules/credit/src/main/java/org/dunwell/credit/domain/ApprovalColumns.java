package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;

/**
 * Where a request that needs four eyes stands, as the columns of the request's table: the level it was routed
 * to, who asked and when, who decided, when and with which note. Decided only by the one rule, {@link Approval}.
 */
@Embeddable
public class ApprovalColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_level", nullable = false, updatable = false)
    private ApproverLevel approverLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Approval.Status status = Approval.Status.PENDING;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;

    protected ApprovalColumns() {
    }

    /** A new request, waiting for a decider of {@code level}. */
    public ApprovalColumns(ApproverLevel level, String requestedBy, Instant requestedAt) {
        this.approverLevel = level;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Approval approval() {
        return new Approval(status, approverLevel, requestedBy, decidedBy, decidedAt, decisionNote);
    }

    /** Approves as {@code approver} at {@code level}; {@code what} names the request in refusals. */
    public void approve(String what, String approver, ApproverLevel level, String note, Instant at) {
        record(approval().approve(what, approver, level, note, at));
    }

    /** Rejects as {@code approver} at {@code level}; a rejection needs a note. */
    public void reject(String what, String approver, ApproverLevel level, String note, Instant at) {
        record(approval().reject(what, approver, level, note, at));
    }

    private void record(Approval decided) {
        this.status = decided.status();
        this.decidedBy = decided.decidedBy();
        this.decidedAt = decided.decidedAt();
        this.decisionNote = decided.note();
    }

    public Approval.Status status() {
        return status;
    }

    public ApproverLevel approverLevel() {
        return approverLevel;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
