package org.dunwell.collections.domain.restriction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A restriction on contacting a customer, or (a pause) one of its invoices: in force from its first day to its
 * last (a pause needs one), until lifted; set and lifted with a reason.
 */
@Entity
@Table(name = "contact_restriction")
public class ContactRestriction extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "document", updatable = false)
    private String document;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private RestrictionKind kind;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate from;
    @Column(name = "valid_until", updatable = false)
    private LocalDate until;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Column(name = "lift_reason")
    private String liftReason;

    protected ContactRestriction() {
    }

    public ContactRestriction(String company, String account, String document, RestrictionKind kind, String reason,
                              LocalDate from, LocalDate until, LocalDate today, String by, Instant at) {
        if (kind == null) {
            throw InvalidInputException.ofField("kind", "is required: DO_NOT_CONTACT, HARDSHIP or PAUSED");
        }
        if (document != null && kind != RestrictionKind.PAUSED) {
            throw InvalidInputException.ofField("document", "only a pause is of one invoice");
        }
        LocalDate start = from != null ? InputLimits.day("from", from) : today;
        if (kind == RestrictionKind.PAUSED && until == null) {
            throw InvalidInputException.ofField("until", "a pause needs an end date");
        }
        if (until != null && (InputLimits.day("until", until).isBefore(start) || until.isBefore(today))) {
            throw InvalidInputException.ofField("until", "is before " + (until.isBefore(today) ? "today" : "from"));
        }
        this.company = company;
        this.account = account;
        this.document = document;
        this.kind = kind;
        this.reason = InputLimits.reason("reason", reason);
        this.from = start;
        this.until = until;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** In force on {@code day}: begun, not ended, not lifted. */
    public boolean activeOn(LocalDate day) {
        return liftedAt == null && !from.isAfter(day) && (until == null || !until.isBefore(day));
    }

    public void lift(String by, String why, Instant at) {
        if (liftedAt != null) {
            throw new ConflictException("restriction " + id + " was lifted already");
        }
        this.liftReason = InputLimits.reason("reason", why);
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public long id() {
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

    public RestrictionKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public RestrictionView toView(LocalDate today) {
        return new RestrictionView(id, company, account, document, kind, reason, from, until, activeOn(today),
                createdBy, createdAt, liftedBy, liftedAt, liftReason, version);
    }
}
