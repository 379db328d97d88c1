package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.collections.api.Timelines;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.AgencyHandovers;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.integrations.domain.AgencyStatus;
import org.dunwell.integrations.domain.HandoverStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.Settlements;

/**
 * Each step of a hand-over in one transaction: the request (one active hand-over per case, under the customer's
 * lock), the approver's decision, the agency's acceptance (a note and IN_PROGRESS on the case), and each update the
 * agency sends, kept once by its id before anything is booked: a recovery becomes a payment settling the case's
 * invoices, a fee is added (and charged to the customer when the plugin's settings say so), a status goes onto the
 * case. Every step is in the audit trail and on the customer's timeline (the collections history).
 */
@ApplicationScoped
@Transactional
public class AgencyHandoverRecorder {

    /** The category of the cases opened for a letter's hand-over. */
    public static final String CASE_CATEGORY = "AGENCY";

    /** What applying one update came to. */
    public enum Applied { APPLIED, DUPLICATE, UNMATCHED }

    private HandoverStore store;
    private Cases cases;
    private Documents documents;
    private PaymentBooking payments;
    private CustomerLocks locks;
    private ApprovalRouting routing;
    private AuditTrail audit;
    private BusinessClock clock;

    protected AgencyHandoverRecorder() {
    }

    @Inject
    public AgencyHandoverRecorder(HandoverStore store, Cases cases, Documents documents, Settlements settlements,
                                  CustomerLocks locks, ApprovalRouting routing, AuditTrail audit,
                                  BusinessClock clock) {
        this.store = store;
        this.cases = cases;
        this.documents = documents;
        this.payments = new PaymentBooking(documents, settlements);
        this.locks = locks;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps the request: above the company's approval threshold (or when the amount cannot be converted to its
     * currency) waiting for a senior approver, else approved to be sent.
     */
    public HandoverView recordRequest(HandoverStore.NewHandover asked) {
        locks.lock(asked.company(), asked.account());
        boolean approval = routing.levelFor(asked.company(), asked.amount(), clock.today())
                == ApproverLevel.SENIOR_APPROVER;
        HandoverStore.NewHandover handover = new HandoverStore.NewHandover(asked.company(), asked.caseId(),
                asked.letterId(), asked.account(), asked.plugin(), asked.amount(), asked.invoices(),
                approval ? HandoverState.AWAITING_APPROVAL : HandoverState.APPROVED,
                approval ? ApproverLevel.SENIOR_APPROVER : null, asked.reason(), asked.requestedBy(),
                asked.requestedAt());
        if (store.activeForCase(handover.company(), handover.caseId())) {
            throw new ConflictException("case " + handover.caseId() + " is handed over already, or waits for it: see"
                    + " /agency-handovers?account=" + handover.account());
        }
        java.util.Set<String> withAgency = store.activeInvoices(handover.company(), handover.account());
        List<String> twice = handover.invoices().stream().filter(withAgency::contains).toList();
        if (!twice.isEmpty()) {
            throw new ConflictException(String.join(", ", twice) + " went to the agency in another hand-over already,"
                    + " or waits for it: see /agency-handovers?account=" + handover.account());
        }
        long id = store.insert(handover);
        UserName actor = UserName.of(handover.requestedBy());
        log(handover.company(), handover.account(), id, "requested", null, handover.state().name(),
                "case " + handover.caseId() + " to " + handover.plugin() + ", " + handover.amount() + ": "
                        + handover.reason() + (handover.approvalNeeded() == null ? ""
                        : "; waits for a " + label(handover.approvalNeeded())), actor);
        return store.find(handover.company(), id).orElseThrow();
    }

    /**
     * A letter of the last dunning level hands its customer over: a case of the letter's invoices still open and not
     * with the agency already is opened (category {@code AGENCY}, the system as owner) and handed over as a user's
     * would be. Null when nothing of the letter is left to hand over. Once per letter: a second server doing the same
     * meets the letter's unique key and its transaction, case included, rolls back.
     */
    public HandoverView recordLetterHandover(LetterView letter, String plugin, UserName actor) {
        String company = letter.company();
        locks.lock(company, letter.account());
        java.util.Set<String> withAgency = store.activeInvoices(company, letter.account());
        List<DocumentView> open = letter.invoices().stream()
                .filter(i -> !withAgency.contains(i.document()))
                .map(i -> documents.get(company, i.document()))
                .filter(d -> d.kind().isDebit() && d.openAmount().isPositive()).toList();
        if (open.isEmpty()) {
            return null;
        }
        List<String> numbers = open.stream().map(DocumentView::document).toList();
        CaseView opened = cases.open(company, "Agency hand-over after letter " + letter.number(), CASE_CATEGORY, null,
                "Letter " + letter.number() + " of level " + letter.level() + " (" + letter.sequence()
                        + ") hands the customer over to the collection agency", numbers, CustomerScope.ALL, actor);
        Money total = open.stream().map(DocumentView::openAmount).reduce(Money::plus).orElseThrow();
        return recordRequest(new HandoverStore.NewHandover(company, opened.id(), letter.id(), letter.account(), plugin,
                total, numbers, HandoverState.APPROVED, null, "the last dunning level: letter " + letter.number(),
                actor.value(), clock.now()));
    }

    public HandoverView recordDecision(HandoverView held, boolean approve, String note, UserName actor,
                                       ApproverLevel level) {
        if (held.state() != HandoverState.AWAITING_APPROVAL) {
            throw new ConflictException("hand-over " + held.id() + " is " + held.state() + ", not waiting for approval");
        }
        Instant at = clock.now();
        Approval pending = Approval.requested(held.approvalNeeded(), held.requestedBy());
        String what = "hand-over " + held.id();
        Approval decided = approve ? pending.approve(what, actor.value(), level, note, at)
                : pending.reject(what, actor.value(), level, note, at);
        HandoverState next = approve ? HandoverState.APPROVED : HandoverState.REJECTED;
        changed(held, HandoverStore.Change.state(next).decided(actor.value(), at, decided.note()));
        log(held.company(), held.account(), held.id(), approve ? "approved" : "rejected", held.state().name(),
                next.name(), decided.note(), actor);
        return store.find(held.company(), held.id()).orElseThrow();
    }

    public HandoverView recordSent(HandoverView held, String agencyReference, UserName actor) {
        Instant at = clock.now();
        changed(held, HandoverStore.Change.state(HandoverState.HANDED_OVER).handedOver(agencyReference, at));
        CaseView handed = cases.get(held.company(), held.caseId(), CustomerScope.ALL);
        if ("OPEN".equals(handed.status())) {
            cases.changeStatus(held.company(), held.caseId(), handed.version(), "IN_PROGRESS",
                    "handed over to the agency (" + held.plugin() + ")", CustomerScope.ALL, actor);
        }
        cases.note(held.company(), held.caseId(), "Handed over to the agency " + held.plugin() + " as "
                + agencyReference + " (hand-over " + held.id() + ", " + held.amount() + ")", CustomerScope.ALL, actor);
        log(held.company(), held.account(), held.id(), "handed-over", held.state().name(),
                HandoverState.HANDED_OVER.name(), held.plugin() + " took the case as " + agencyReference, actor);
        return store.find(held.company(), held.id()).orElseThrow();
    }

    /** The agency gave the case back: RECALLED, a note on the case, which goes on in-house. */
    public HandoverView recordRecall(HandoverView held, String reason, UserName actor) {
        Instant at = clock.now();
        changed(held, HandoverStore.Change.recalled(at));
        cases.note(held.company(), held.caseId(), "Recalled from the agency " + held.plugin() + " ("
                + held.agencyReference() + "): " + reason, CustomerScope.ALL, actor);
        log(held.company(), held.account(), held.id(), "recalled", held.state().name(),
                HandoverState.RECALLED.name(), "taken back from " + held.plugin() + " (" + held.agencyReference()
                        + "): " + reason, actor);
        return store.find(held.company(), held.id()).orElseThrow();
    }

    /** The agency could not be reached or refused: the hand-over stays where it is, with the error to show. */
    public void recordFailure(HandoverView held, String error) {
        store.change(held.company(), held.id(), held.version(), HandoverStore.Change.failed(error));
    }

    public Applied apply(String company, String plugin, AgencyEvent event, boolean chargeFees, UserName actor) {
        HandoverView held = store.byAgencyReference(company, plugin, event.agencyReference()).orElse(null);
        Instant at = clock.now();
        if (held == null) {
            return store.keepUpdate(company, plugin, null, event, null, at) ? Applied.UNMATCHED : Applied.DUPLICATE;
        }
        locks.lock(company, held.account());
        held = store.find(company, held.id()).orElseThrow();
        if (event.kind() != AgencyEvent.Kind.STATUS && !held.amount().currency().getCurrencyCode()
                .equals(event.currency())) {
            // kept, not booked: money in another currency than the case's is for a person to look at
            return store.keepUpdate(company, plugin, null, event, null, at) ? Applied.UNMATCHED : Applied.DUPLICATE;
        }
        String document = switch (event.kind()) {
            case RECOVERY -> "AGY-" + held.id() + "-R" + (count(held, "RECOVERY") + 1);
            case FEE -> chargeFees ? "AGY-" + held.id() + "-F" + (count(held, "FEE") + 1) : null;
            case STATUS -> null;
        };
        if (!store.keepUpdate(company, plugin, held.id(), event, document, at)) {
            return Applied.DUPLICATE;
        }
        switch (event.kind()) {
            case RECOVERY -> recover(held, event, document, actor);
            case FEE -> fee(held, event, document, actor);
            case STATUS -> status(held, event, actor);
            default -> throw new IllegalStateException(event.kind().name());
        }
        return Applied.APPLIED;
    }

    private void recover(HandoverView held, AgencyEvent event, String document, UserName actor) {
        Money amount = Money.of(event.amount(), held.amount().currency());
        LocalDate on = event.date() == null ? clock.today() : event.date();
        boolean settled = payments.book(new ReceivedPayment(held.company(), held.account(), document, amount.amount(),
                on, held.plugin() + " " + held.agencyReference() + " " + event.updateId(),
                "recovered by the agency " + held.plugin() + " on case " + held.agencyReference()), held.invoices(),
                event.invoiceNumber(), actor);
        changed(held, HandoverStore.Change.sums(held.recovered().plus(amount), null));
        log(held.company(), held.account(), held.id(), "recovery", held.recovered().toPlainString(),
                held.recovered().plus(amount).toPlainString(), held.plugin() + " recovered " + amount + " on " + on
                        + " (" + event.updateId() + "), booked as payment " + document
                        + (settled ? "" : ", left unsettled: the case's invoices have nothing open"), actor);
    }

    private void fee(HandoverView held, AgencyEvent event, String document, UserName actor) {
        Money amount = Money.of(event.amount(), held.amount().currency());
        LocalDate on = event.date() == null ? clock.today() : event.date();
        if (document != null) {
            documents.postCharge(new Charge(held.company(), held.account(), DocumentKind.FEE, document,
                    amount.amount(), on, null, "collection costs of the agency " + held.plugin()
                    + (event.note() == null ? "" : ": " + event.note()), held.invoices().get(0)), actor);
        }
        changed(held, HandoverStore.Change.sums(null, held.fees().plus(amount)));
        log(held.company(), held.account(), held.id(), "fee", held.fees().toPlainString(),
                held.fees().plus(amount).toPlainString(), held.plugin() + " charged " + amount
                        + (event.note() == null ? "" : " (" + event.note() + ")")
                        + (document == null ? "" : ", charged to the customer as " + document), actor);
    }

    private void status(HandoverView held, AgencyEvent event, UserName actor) {
        boolean closes = AgencyStatus.closes(event.status());
        boolean closesNow = closes && held.state() == HandoverState.HANDED_OVER;
        changed(held, HandoverStore.Change.agencyStatus(event.status(), closesNow, clock.now()));
        String text = "The agency " + held.plugin() + " reports " + event.status()
                + (event.note() == null ? "" : ": " + event.note());
        cases.note(held.company(), held.caseId(), text, CustomerScope.ALL, actor);
        log(held.company(), held.account(), held.id(), "agency-status", held.agencyStatus(), event.status(),
                text, actor);
    }

    private static long count(HandoverView held, String kind) {
        return held.updates().stream().filter(u -> u.kind().equals(kind)).count();
    }

    private void changed(HandoverView held, HandoverStore.Change change) {
        if (!store.change(held.company(), held.id(), held.version(), change)) {
            throw new ConflictException("hand-over " + held.id() + " was changed meanwhile: read it again");
        }
    }

    /** In the hand-over's own trail and in the customer's collections history, which the timeline shows. */
    private void log(String company, String account, long id, String action, String before, String after,
                     String reason, UserName actor) {
        Instant at = clock.now();
        audit.recordAll(List.of(
                new AuditEntry(company, AgencyHandovers.AUDIT_SUBJECT, Long.toString(id), action, "state", before,
                        after, reason, actor.value(), at),
                new AuditEntry(company, Timelines.HISTORY_SUBJECT, account, "agency-" + action, "handover " + id,
                        before, after, reason, actor.value(), at)));
    }

    private static String label(ApproverLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
