package org.dunwell.collections.domain.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A customer's dispute of (part of) an invoice: open until it is resolved once. */
@Entity
@Table(name = "dispute")
public class Dispute extends VersionedEntity {

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
    @Column(name = "lines_text", updatable = false)
    private String lines;
    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;
    @Column(name = "explanation", updatable = false)
    private String explanation;
    @Column(name = "investigator")
    private String investigator;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DisputeStatus status;
    @Column(name = "resolution_amount")
    private BigDecimal resolutionAmount;
    @Column(name = "credit_note")
    private String creditNote;
    @Column(name = "resolution_note")
    private String resolutionNote;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Dispute() {
    }

    /** A new open dispute of {@code amount}, which the caller has checked against what is open. */
    public Dispute(String company, String account, String document, Money amount, String lines, String reasonCode,
                   String explanation, String investigator, String actor, Instant now) {
        if (!amount.isPositive()) {
            throw InvalidInputException.ofField("amount", "must be positive");
        }
        InputLimits.key("reasonCode", reasonCode, InputLimits.KEY_MAX_LENGTH);
        if (explanation != null && explanation.length() > 4000) {
            throw InvalidInputException.ofField("explanation", "at most 4000 characters");
        }
        if (lines != null && lines.length() > 500) {
            throw InvalidInputException.ofField("lines", "at most 500 characters");
        }
        this.company = company;
        this.account = account;
        this.document = document;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.lines = lines;
        this.reasonCode = reasonCode.trim();
        this.explanation = explanation;
        this.investigator = investigator;
        this.status = DisputeStatus.OPEN;
        this.createdBy = actor;
        this.createdAt = now;
    }

    /**
     * Resolves the open dispute with {@code outcome}. A credit issued needs a positive resolution
     * amount no larger than the disputed amount; the other outcomes take an optional one.
     */
    public void resolve(DisputeStatus outcome, Money resolution, String note, String actor, Instant now) {
        if (outcome == null || outcome == DisputeStatus.OPEN) {
            throw InvalidInputException.ofField("status", "is required: RESOLVED, CREDIT_ISSUED or CUSTOMER_WITHDREW");
        }
        if (status != DisputeStatus.OPEN) {
            throw new ConflictException("dispute " + id + " is already " + status);
        }
        if (note != null && note.length() > 400) {
            throw InvalidInputException.ofField("note", "at most 400 characters");
        }
        if (outcome == DisputeStatus.CREDIT_ISSUED && resolution == null) {
            throw InvalidInputException.ofField("resolutionAmount", "is required when a credit is issued");
        }
        if (resolution != null) {
            if (!resolution.isPositive() && outcome == DisputeStatus.CREDIT_ISSUED) {
                throw InvalidInputException.ofField("resolutionAmount", "must be positive");
            }
            if (resolution.isNegative() || resolution.isGreaterThan(amount())) {
                throw InvalidInputException.ofField("resolutionAmount", "must be between 0 and the disputed amount "
                        + amount().toPlainString());
            }
        }
        this.status = outcome;
        this.resolutionAmount = resolution == null ? null : resolution.amount();
        this.resolutionNote = note;
        this.resolvedBy = actor;
        this.resolvedAt = now;
    }

    public void creditedBy(String creditNoteDocument) {
        this.creditNote = creditNoteDocument;
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

    public DisputeStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Money resolutionAmount() {
        return resolutionAmount == null ? null : Money.of(resolutionAmount, Money.currency(currency));
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public DisputeView toView() {
        return new DisputeView(id, company, account, document, amount(), lines, reasonCode, explanation, investigator,
                status, resolutionAmount(),
                creditNote, resolutionNote, resolvedBy, resolvedAt, createdBy, createdAt, version);
    }
}
