package org.dunwell.collections.domain.writeoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.collections.api.WriteOffView;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A request to write off (part of) an invoice's open amount, decided once by someone other than
 * the requester whose approver level covers the level the amount needs.
 */
@Entity
@Table(name = "write_off")
public class WriteOffRequest extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "document", nullable = false, updatable = false)
    private String document;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;
    @Column(name = "note", updatable = false)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "approver_level", nullable = false, updatable = false)
    private ApproverLevel approverLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private WriteOffStatus status;
    @Column(name = "posted_document")
    private String postedDocument;
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

    protected WriteOffRequest() {
    }

    public WriteOffRequest(String company, String account, String document, Money amount, String reasonCode,
                           String note, ApproverLevel approverLevel, String actor, Instant now) {
        if (!amount.isPositive()) {
            throw InvalidInputException.ofField("amount", "must be positive");
        }
        InputLimits.key("reasonCode", reasonCode, InputLimits.KEY_MAX_LENGTH);
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.ofField("note", "at most 2000 characters");
        }
        this.company = company;
        this.account = account;
        this.document = document;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.reasonCode = reasonCode.trim();
        this.note = note;
        this.approverLevel = approverLevel;
        this.status = WriteOffStatus.PENDING;
        this.requestedBy = actor;
        this.requestedAt = now;
    }

    /** Approves the request by the one four-eyes rule ({@link Approval}). */
    public void approve(String actor, ApproverLevel level, String decisionNote, Instant now) {
        record(approval().approve(what(), actor, level, decisionNote, now));
    }

    /** Rejects the request; a rejection needs a note. */
    public void reject(String actor, ApproverLevel level, String decisionNote, Instant now) {
        record(approval().reject(what(), actor, level, decisionNote, now));
    }

    /** Where the decision stands. */
    public Approval approval() {
        return new Approval(Approval.Status.valueOf(status.name()), approverLevel, requestedBy, decidedBy, decidedAt,
                decisionNote);
    }

    private void record(Approval decided) {
        this.status = WriteOffStatus.valueOf(decided.status().name());
        this.decidedBy = decided.decidedBy();
        this.decidedAt = decided.decidedAt();
        this.decisionNote = decided.note();
    }

    private String what() {
        return "write-off " + id + " of " + amount().toPlainString() + " " + currency;
    }

    public void postedAs(String writeOffDocument) {
        this.postedDocument = writeOffDocument;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public Long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public String account() {
        return account;
    }

    public String document() {
        return document;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public long version() {
        return version;
    }

    public WriteOffStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public WriteOffView toView() {
        return new WriteOffView(id, company, account, document, amount(), reasonCode, note, approverLevel, status,
                postedDocument, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, version);
    }
}
