package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A request for a new credit limit, permanent or temporary, decided once by someone other than
 * the requester whose level covers the amount. Decided requests are kept.
 */
@Entity
@Table(name = "credit_limit_request")
public class CreditLimitRequest extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "requested_limit", nullable = false, updatable = false)
    private BigDecimal requestedLimit;
    @Column(name = "previous_limit", updatable = false)
    private BigDecimal previousLimit;
    @Column(name = "temporary_limit", nullable = false, updatable = false)
    private boolean temporary;
    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;
    @Column(name = "effective_to", updatable = false)
    private LocalDate effectiveTo;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Embedded
    private ApprovalColumns decision;

    protected CreditLimitRequest() {
    }

    /** A new request; {@code today} is the business date (a request cannot start in the past). */
    public CreditLimitRequest(String company, String account, Money requested, Money previous, LocalDate from,
                              LocalDate to, boolean temporary, String reason, ApproverLevel level, String requestedBy,
                              Instant requestedAt, LocalDate today) {
        if (requested.isNegative()) {
            throw InvalidInputException.ofField("requestedLimit", "must not be negative");
        }
        String why = InputLimits.reason("reason", reason);
        LocalDate start = from != null ? from : today;
        if (start.isBefore(today)) {
            throw InvalidInputException.ofField("effectiveFrom", "is before today (" + today + ")");
        }
        if (temporary && to == null) {
            throw InvalidInputException.ofField("effectiveTo", "is required for a temporary limit");
        }
        if (!temporary && to != null) {
            throw InvalidInputException.ofField("effectiveTo", "only a temporary limit has an end");
        }
        if (to != null && to.isBefore(start)) {
            throw InvalidInputException.ofField("effectiveTo", "is before effectiveFrom");
        }
        this.company = company;
        this.account = account;
        this.currency = requested.currency().getCurrencyCode();
        this.requestedLimit = requested.amount();
        this.previousLimit = previous == null ? null : previous.amount();
        this.effectiveFrom = start;
        this.effectiveTo = to;
        this.temporary = temporary;
        this.reason = why;
        this.decision = new ApprovalColumns(level, requestedBy, requestedAt);
    }

    /** Approves as {@code approver} at {@code level}, by the one four-eyes rule ({@link Approval}). */
    public void approve(String approver, ApproverLevel level, String note, Instant at, LocalDate today) {
        requireOpen(today);
        decision.approve(what(), approver, level, note, at);
    }

    /** Rejects as {@code approver} at {@code level}; a rejection needs a note. */
    public void reject(String approver, ApproverLevel level, String note, Instant at, LocalDate today) {
        requireOpen(today);
        decision.reject(what(), approver, level, note, at);
    }

    private void requireOpen(LocalDate today) {
        if (decision.status() == Approval.Status.PENDING && lastDay() != null && lastDay().isBefore(today)) {
            throw new ConflictException(what() + " expired on " + lastDay() + " without a decision");
        }
    }

    private String what() {
        return "limit request " + id;
    }

    /** Where the decision stands. */
    public Approval approval() {
        return decision.approval();
    }

    private LocalDate lastDay() {
        return effectiveTo;
    }

    public String statusOn(LocalDate today) {
        boolean over = effectiveTo != null && effectiveTo.isBefore(today);
        Approval.Status status = decision.status();
        return (status == Approval.Status.PENDING || status == Approval.Status.APPROVED) && over ? "EXPIRED" : status.name();
    }

    public LimitGrant grant() {
        return new LimitGrant(Money.of(requestedLimit, currency()), temporary, effectiveFrom, effectiveTo,
                decision.decidedAt());
    }

    private Currency currency() {
        return Currency.getInstance(currency);
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

    public Approval.Status status() {
        return decision.status();
    }

    public Money requestedLimit() {
        return Money.of(requestedLimit, currency());
    }

    public String requestedBy() {
        return decision.requestedBy();
    }

    public boolean temporary() {
        return temporary;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }

    public LimitRequestView toView(LocalDate today) {
        return new LimitRequestView(id, company, account, currency, Money.of(requestedLimit, currency()),
                previousLimit == null ? null : Money.of(previousLimit, currency()), temporary, effectiveFrom,
                effectiveTo, reason, decision.approverLevel(), statusOn(today), decision.requestedBy(),
                decision.requestedAt(), decision.decidedBy(), decision.decidedAt(), decision.decisionNote(), version);
    }
}
