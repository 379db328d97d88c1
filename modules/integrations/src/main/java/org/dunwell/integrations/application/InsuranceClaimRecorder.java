package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import org.dunwell.integrations.api.ClaimState;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.integrations.api.InsuranceClaims;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.domain.ClaimStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.Settlements;

/**
 * Each step of a notice or claim in one transaction with its audit entry: kept, answered by the insurer, or not
 * reached; the claim's version makes sure two refreshes never both record an answer. When a claim becomes
 * {@code PAID}, the insurer's payment is booked in the same transaction as a payment received on the customer's account
 * ({@link #paymentDocument}), settling the claim's invoices oldest due first, and goes to the ERP on the postings feed.
 */
@ApplicationScoped
@Transactional
public class InsuranceClaimRecorder {

    private ClaimStore store;
    private AuditTrail audit;
    private BusinessClock clock;
    private PaymentBooking payments;
    private CustomerLocks locks;

    protected InsuranceClaimRecorder() {
    }

    @Inject
    public InsuranceClaimRecorder(ClaimStore store, AuditTrail audit, BusinessClock clock, Documents documents,
                                  Settlements settlements, CustomerLocks locks) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.payments = new PaymentBooking(documents, settlements);
        this.locks = locks;
    }

    /** The ledger's document of the insurer's payment of a claim: {@code INS-} and the claim number. */
    public static String paymentDocument(String claimNumber) {
        return "INS-" + claimNumber;
    }

    /** A notice the insurer took, with its reference. */
    public InsuranceClaimView recordNotice(ClaimStore.NewClaim notice, String insurerReference) {
        long id = store.insert(notice);
        store.answer(notice.company(), id, 1, insurerReference, ClaimState.NOTIFIED, null, null, null,
                notice.requestedAt());
        log(notice.company(), notice.account(), "overdue-notified", null, ClaimState.NOTIFIED.name(),
                notice.plugin() + " told of " + String.join(", ", notice.invoices()) + " (" + notice.amount()
                        + ") under cover " + notice.coverReference() + " as " + insurerReference + ": "
                        + notice.reason(), notice.requestedBy(), notice.requestedAt());
        return store.find(notice.company(), id).orElseThrow();
    }

    /** A claim kept before the insurer is asked: FILING, under its claim number. */
    public InsuranceClaimView recordClaim(ClaimStore.NewClaim claim) {
        long id = store.insert(claim);
        InsuranceClaimView kept = store.find(claim.company(), id).orElseThrow();
        log(claim.company(), claim.account(), "claim-filed", null, ClaimState.FILING.name(), "claim "
                + kept.claimNumber() + " to " + claim.plugin() + " for " + String.join(", ", claim.invoices()) + " ("
                + claim.amount() + ") under cover " + claim.coverReference() + ": " + claim.reason(),
                claim.requestedBy(), claim.requestedAt());
        return kept;
    }

    /** The insurer's answer, recorded when it differs from the one held. */
    public InsuranceClaimView recordAnswer(InsuranceClaimView held, InsurerClaimAnswer answer, UserName actor) {
        if (held.state() == answer.state() && Objects.equals(held.insurerReference(), answer.insurerReference())
                && Objects.equals(held.settledAmount(), answer.settledAmount())
                && Objects.equals(held.note(), answer.note()) && held.lastError() == null) {
            return held;
        }
        boolean paidNow = answer.state() == ClaimState.PAID && held.state() != ClaimState.PAID;
        if (paidNow) {
            locks.lock(held.company(), held.account());
        }
        Instant at = clock.now();
        if (!store.answer(held.company(), held.id(), held.version(), answer.insurerReference(), answer.state(),
                answer.settledAmount(), answer.note(), null, at)) {
            throw new ConflictException("claim " + held.id() + " was updated meanwhile: read it again");
        }
        log(held.company(), held.account(), "claim-answered", held.state().name(), answer.state().name(),
                held.plugin() + " on claim " + held.claimNumber() + " (" + answer.insurerReference() + ")"
                        + (answer.settledAmount() == null ? "" : ": " + answer.settledAmount())
                        + (answer.note() == null ? "" : ": " + answer.note()), actor.value(), at);
        if (paidNow && answer.settledAmount().isPositive()) {
            bookPayment(held, answer, actor, at);
        }
        return store.find(held.company(), held.id()).orElseThrow();
    }

    /**
     * The insurer's payment as a payment received on the customer's account, dated the business day it is learnt,
     * settling the claim's invoices that are still open, oldest due first (what is left stays unsettled on the
     * account). In another currency than the claim's it is not booked: the trail says so, for a person to book.
     */
    private void bookPayment(InsuranceClaimView held, InsurerClaimAnswer answer, UserName actor, Instant at) {
        Money paid = answer.settledAmount();
        if (!paid.currency().equals(held.amount().currency())) {
            log(held.company(), held.account(), "claim-payment", null, null, held.plugin() + " paid claim "
                    + held.claimNumber() + " in " + paid.currency() + ", not in the claim's " + held.currency()
                    + ": not booked, for a person to book", actor.value(), at);
            return;
        }
        String document = paymentDocument(held.claimNumber());
        boolean settled = payments.book(new ReceivedPayment(held.company(), held.account(), document, paid.amount(),
                clock.today(), held.plugin() + " " + answer.insurerReference(), "paid by the insurer "
                + held.plugin() + " on claim " + held.claimNumber()), held.invoices(), null, actor);
        log(held.company(), held.account(), "claim-payment", null, paid.toString(), held.plugin() + " paid " + paid
                + " on claim " + held.claimNumber() + ", booked as payment " + document
                + (settled ? "" : ", left unsettled: the claim's invoices have nothing open"), actor.value(),
                at);
    }

    /** The insurer was not reached or refused the call: the claim keeps its state, with the error to show. */
    public InsuranceClaimView recordFailure(InsuranceClaimView held, ClaimState state, String error, UserName actor) {
        Instant at = clock.now();
        if (store.answer(held.company(), held.id(), held.version(), null, state, held.settledAmount(), held.note(),
                error, at) && state != held.state()) {
            log(held.company(), held.account(), "claim-answered", held.state().name(), state.name(), error,
                    actor.value(), at);
        }
        return store.find(held.company(), held.id()).orElseThrow();
    }

    private void log(String company, String account, String action, String before, String after, String reason,
                     String actor, Instant at) {
        audit.record(new AuditEntry(company, InsuranceClaims.AUDIT_SUBJECT, account, action, "state", before, after,
                reason, actor, at));
    }
}
