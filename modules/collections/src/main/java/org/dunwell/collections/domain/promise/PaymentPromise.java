package org.dunwell.collections.domain.promise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A customer's promise to pay an amount by a date for some of its invoices; decided once. */
@Entity
@Table(name = "payment_promise")
public class PaymentPromise extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "promised_on", nullable = false, updatable = false)
    private LocalDate promisedOn;
    @Column(name = "grace_days", nullable = false, updatable = false)
    private int graceDays;
    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;
    @Column(name = "contact", updatable = false)
    private String contact;
    @Column(name = "agent", nullable = false, updatable = false)
    private String agent;
    @Column(name = "notes", updatable = false)
    private String notes;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PromiseStatus status;
    @Column(name = "received")
    private BigDecimal received;
    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;
    @Column(name = "escalation_id")
    private Long escalationId;
    @Column(name = "closed_reason")
    private String closedReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promise_invoice", joinColumns = @JoinColumn(name = "promise_id"))
    @Column(name = "document")
    private List<String> documents = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PaymentPromise() {
    }

    /**
     * A new open promise made on {@code today}; the promised date may not be before it, the
     * amount must be positive, and at least one invoice must be named.
     */
    public PaymentPromise(String company, String account, Money amount, LocalDate promisedOn, int graceDays,
                          List<String> documents, String contact, String agent, String notes, String actor,
                          Instant now, LocalDate today) {
        if (!amount.isPositive()) {
            throw InvalidInputException.ofField("amount", "must be positive");
        }
        if (promisedOn == null) {
            throw InvalidInputException.ofField("promisedOn", "is required");
        }
        if (promisedOn.isBefore(today)) {
            throw InvalidInputException.ofField("promisedOn", "is in the past (the business date is " + today + ")");
        }
        if (documents.isEmpty()) {
            throw InvalidInputException.ofField("documents", "name at least one invoice the promise covers");
        }
        if (notes != null && notes.length() > 2000) {
            throw InvalidInputException.ofField("notes", "at most 2000 characters");
        }
        if (contact != null && contact.length() > 200) {
            throw InvalidInputException.ofField("contact", "at most 200 characters");
        }
        this.company = company;
        this.account = account;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.promisedOn = promisedOn;
        this.graceDays = graceDays;
        this.madeOn = today;
        this.documents.addAll(documents);
        this.contact = contact;
        this.agent = agent;
        this.notes = notes;
        this.status = PromiseStatus.OPEN;
        this.createdBy = actor;
        this.createdAt = now;
    }

    /** The last day a payment counts. */
    public LocalDate deadline() {
        return promisedOn.plusDays(graceDays);
    }

    /** Judges the promise as of {@code asOf} with what was received for it; true when that closed it. */
    public boolean judge(Money receivedInTime, LocalDate asOf) {
        requireOpen();
        PromiseStatus verdict = PromiseVerdict.of(amount(), receivedInTime, deadline(), asOf);
        if (verdict == PromiseStatus.OPEN) {
            return false;
        }
        this.status = verdict;
        this.received = receivedInTime.amount();
        this.evaluatedOn = asOf;
        return true;
    }

    public void escalatedBy(long activityId) {
        this.escalationId = activityId;
    }

    public void cancel(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.ofField("reason", "is required to cancel a promise (at most 500 characters)");
        }
        requireOpen();
        this.status = PromiseStatus.CANCELLED;
        this.closedReason = reason;
    }

    private void requireOpen() {
        if (status != PromiseStatus.OPEN) {
            throw new ConflictException("promise " + id + " is already " + status);
        }
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

    public String agent() {
        return agent;
    }

    public PromiseStatus status() {
        return status;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public List<String> documents() {
        return List.copyOf(documents);
    }

    public long version() {
        return version;
    }

    /** What was received in time, once decided; null while open. */
    public Money received() {
        return received == null ? null : Money.of(received, Money.currency(currency));
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public PromiseView toView() {
        return new PromiseView(id, company, account, amount(), promisedOn, graceDays, deadline(), madeOn,
                List.copyOf(documents), contact, agent, notes, status,
                received(), evaluatedOn, escalationId,
                closedReason, createdBy, createdAt, version);
    }
}
