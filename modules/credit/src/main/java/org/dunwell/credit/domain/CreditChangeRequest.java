package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A change that raises what a customer may owe, kept until someone other than the requester, at a level
 * that covers it, decides it ({@link Approval}). Decided requests are kept.
 */
@Entity
@Table(name = "credit_change_request")
public class CreditChangeRequest extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false)
    private CreditChangeView.Subject subject;
    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_action", nullable = false, updatable = false)
    private CreditChangeView.Action action;
    @Column(name = "changes", nullable = false, updatable = false)
    private String changes;
    @Column(name = "subject_version", updatable = false)
    private Long subjectVersion;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Embedded
    private ApprovalColumns decision;

    protected CreditChangeRequest() {
    }

    /**
     * A new request. {@code subjectVersion} is the subject's version when asked, for subjects whose every
     * change is one of these (rules, settings); null where only the changed fields are compared.
     */
    public CreditChangeRequest(String company, CreditChangeView.Subject subject, String subjectKey,
                               CreditChangeView.Action action, FieldChanges changes, Long subjectVersion,
                               String reason, ApproverLevel level, String requestedBy, Instant requestedAt) {
        this.company = company;
        this.subject = subject;
        this.subjectKey = subjectKey;
        this.action = action;
        this.changes = changes.encode();
        this.subjectVersion = subjectVersion;
        this.reason = InputLimits.reason("reason", reason);
        this.decision = new ApprovalColumns(level, requestedBy, requestedAt);
    }

    /** Approves as {@code approver} at {@code level}, by the one four-eyes rule. */
    public void approve(String approver, ApproverLevel level, String note, Instant at) {
        decision.approve(what(), approver, level, note, at);
    }

    /** Rejects as {@code approver} at {@code level}; a rejection needs a note. */
    public void reject(String approver, ApproverLevel level, String note, Instant at) {
        decision.reject(what(), approver, level, note, at);
    }

    private String what() {
        return "credit change " + id;
    }

    public Approval approval() {
        return decision.approval();
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String company() {
        return company;
    }

    public CreditChangeView.Subject subject() {
        return subject;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public CreditChangeView.Action action() {
        return action;
    }

    public FieldChanges changes() {
        return FieldChanges.decode(changes);
    }

    public Long subjectVersion() {
        return subjectVersion;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return decision.requestedBy();
    }

    public CreditChangeView toView() {
        return new CreditChangeView(id, company, subject, subjectKey, action, changes().fields(), reason,
                decision.approverLevel(), decision.status().name(), decision.requestedBy(), decision.requestedAt(),
                decision.decidedBy(), decision.decidedAt(), decision.decisionNote(), version);
    }
}
