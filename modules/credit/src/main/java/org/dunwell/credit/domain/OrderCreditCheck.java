package org.dunwell.credit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditCheckView;
import org.dunwell.credit.api.CreditReason;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * The latest credit check of one order (by its reference); a REVIEW or BLOCKED check puts the
 * order on the credit hold list until credit releases or rejects it. Checking the same order
 * again replaces the check and, if held again, reopens the entry.
 */
@Entity
@Table(name = "credit_order_check")
public class OrderCreditCheck extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "order_reference", nullable = false, updatable = false)
    private String orderReference;
    @Column(name = "account", nullable = false)
    private String account;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private CreditCheckDecision decision;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_order_check_reason", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "list_position")
    private List<CheckReasonRow> reasons = new ArrayList<>();
    @Column(name = "exposure", nullable = false)
    private BigDecimal exposure;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "available")
    private BigDecimal available;
    @Enumerated(EnumType.STRING)
    @Column(name = "hold_status", nullable = false)
    private HoldStatus holdStatus;
    @Column(name = "checked_by", nullable = false)
    private String checkedBy;
    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;
    @Column(name = "checked_on")
    private LocalDate checkedOn;
    @Column(name = "erp_reported_on")
    private LocalDate erpReportedOn;
    @Column(name = "checks", nullable = false)
    private int checks;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolution_note")
    private String resolutionNote;

    protected OrderCreditCheck() {
    }

    public OrderCreditCheck(String company, String orderReference) {
        if (orderReference == null || !orderReference.matches("[A-Za-z0-9][A-Za-z0-9_./-]{0,59}")) {
            throw InvalidInputException.ofField("orderReference", "letters, digits, _ . / - (at most 60)");
        }
        this.company = company;
        this.orderReference = orderReference;
    }

    /** A check of an order without reference that is answered but not kept. */
    public static OrderCreditCheck unsaved(String company) {
        OrderCreditCheck check = new OrderCreditCheck();
        check.company = company;
        return check;
    }

    /** Stores a check's outcome; REVIEW and BLOCKED (re)open the hold, anything else clears it. */
    public void checked(String account, Money amount, CreditCheckDecision decision, List<CreditReason> fired,
                        Money exposure, Money limit, Money available, String by, Instant at, LocalDate on) {
        this.checkedOn = on;
        this.erpReportedOn = null;
        this.account = account;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.decision = decision;
        this.reasons.clear();
        fired.forEach(r -> reasons.add(new CheckReasonRow(r)));
        this.exposure = exposure.amount();
        this.creditLimit = limit == null ? null : limit.amount();
        this.available = available == null ? null : available.amount();
        this.checkedBy = by;
        this.checkedAt = at;
        this.checks++;
        this.holdStatus = held(decision) ? HoldStatus.OPEN : HoldStatus.NONE;
        this.resolvedBy = null;
        this.resolvedAt = null;
        this.resolutionNote = null;
    }

    /**
     * Whether the order counts as an open order on top of the ERP's figures: it may go ahead (approved,
     * warned, released), the ERP has not reported it yet, and it was checked on or after {@code since}.
     */
    public boolean countsAsOpenOrder(LocalDate since) {
        return (holdStatus == HoldStatus.NONE || holdStatus == HoldStatus.RELEASED) && erpReportedOn == null
                && checkedOn != null && !checkedOn.isBefore(since);
    }

    /** Checked after {@code day} (a position as of an earlier day leaves it out). */
    public boolean checkedOnAfter(LocalDate day) {
        return checkedOn != null && checkedOn.isAfter(day);
    }

    /** The ERP's open-order figures include this order from {@code on}. */
    public void reportedByErp(LocalDate on) {
        this.erpReportedOn = on;
    }

    public static boolean held(CreditCheckDecision decision) {
        return decision == CreditCheckDecision.REVIEW || decision == CreditCheckDecision.BLOCKED;
    }

    public void release(String by, String note, Instant at) {
        resolve(HoldStatus.RELEASED, by, note, at);
    }

    public void reject(String by, String note, Instant at) {
        resolve(HoldStatus.REJECTED, by, note, at);
    }

    /** A re-evaluation that now passes releases the order by itself. */
    public void passedOnReevaluation(String by, String note, Instant at) {
        close(HoldStatus.RELEASED, by, note, at);
    }

    private void resolve(HoldStatus outcome, String by, String note, Instant at) {
        requireOpen();
        close(outcome, by, note, at);
    }

    private void close(HoldStatus outcome, String by, String note, Instant at) {
        String why = InputLimits.reason("reason", note);
        this.holdStatus = outcome;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolutionNote = why;
    }

    public void requireOpen() {
        if (holdStatus != HoldStatus.OPEN) {
            throw new ConflictException("order " + orderReference + " is not on hold (" + holdStatus + ")");
        }
    }

    public HoldStatus holdStatus() {
        return holdStatus;
    }

    public String account() {
        return account;
    }

    public String company() {
        return company;
    }

    public String orderReference() {
        return orderReference;
    }

    public Money amount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public long version() {
        return version;
    }

    public CreditCheckView toView() {
        Currency c = Currency.getInstance(currency);
        return new CreditCheckView(id, company, orderReference, account, null, currency, Money.of(amount, c), decision,
                reasons.stream().map(CheckReasonRow::toReason).toList(), Money.of(exposure, c),
                creditLimit == null ? null : Money.of(creditLimit, c), available == null ? null : Money.of(available, c),
                holdStatus, checks, checkedBy, checkedAt, resolvedBy, resolvedAt, resolutionNote, version);
    }
}
