package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.dunning.api.InterestNoteView;
import org.dunwell.dunning.api.InterestNotes;
import org.dunwell.dunning.domain.interest.InterestCode;
import org.dunwell.dunning.domain.interest.InterestNoteStore;
import org.dunwell.dunning.domain.interest.InterestTerms;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.dunning.domain.sequence.SequenceRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.SettledCredit;

/**
 * Interest notes through the one interest engine: previewed, posted (an interest document per invoice, in its
 * claim, each period charged once), waived (within the user's limit at once, above it through the approval rule),
 * reinstated, reversed; every step in the customer's history with who and why.
 */
@ApplicationScoped
@Transactional
public class InterestNoteService implements InterestNotes {

    private InterestNoteStore notes;
    private SequenceRepository codes;
    private LetterStore letters;
    private AccountQueries accounts;
    private Customers customers;
    private Documents documents;
    private CustomerLocks locks;
    private ApprovalRouting routing;
    private DunningLog log;
    private BusinessClock clock;

    protected InterestNoteService() {
    }

    @Inject
    public InterestNoteService(InterestNoteStore notes, SequenceRepository codes, LetterStore letters,
                               AccountQueries accounts, Customers customers, Documents documents, CustomerLocks locks,
                               ApprovalRouting routing, DunningLog log, BusinessClock clock) {
        this.notes = notes;
        this.codes = codes;
        this.letters = letters;
        this.accounts = accounts;
        this.customers = customers;
        this.documents = documents;
        this.locks = locks;
        this.routing = routing;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public InterestNoteView preview(String company, String account, String interestCode, LocalDate asOf,
                                    CustomerScope scope) {
        CustomerView customer = customers.get(company, account, scope);
        return compute(company, customer, interestCode, asOf == null ? clock.today() : InputLimits.day("asOf", asOf),
                UserName.SYSTEM);
    }

    private InterestNoteView compute(String company, CustomerView customer, String interestCode, LocalDate asOf,
                                     UserName actor) {
        if (interestCode == null || interestCode.isBlank()) {
            throw InvalidInputException.ofField("interestCode", "is required");
        }
        InterestCode code = codes.interestCode(company, interestCode.strip()).orElseThrow(() ->
                InvalidInputException.ofField("interestCode", "no interest code " + interestCode + " in company "
                        + company));
        String currency = customer.currency();
        int decimals = Money.currency(currency).getDefaultFractionDigits();
        Map<String, LocalDate> charged = letters.interestChargedTo(company, List.of(customer.account()));
        List<InterestNoteView.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(decimals);
        for (OpenItem item : accounts.openItems(company, customer.account(), asOf)) {
            boolean bears = item.kind() == DocumentKind.INVOICE || (item.kind() == DocumentKind.FEE && code.onFees())
                    || (item.kind() == DocumentKind.INTEREST && code.onInterest());
            if (!bears || item.dueDate() == null || !item.dueDate().isBefore(asOf)
                    || item.collectionStatus() == CollectionStatus.DISPUTED) {
                continue;
            }
            LocalDate from = charged.getOrDefault(item.document(), item.dueDate());
            from = from.isBefore(item.dueDate()) ? item.dueDate() : from;
            InterestTerms.Interest interest = code.terms().compute(from, asOf, item.openAmount().amount(), List.of(),
                    decimals);
            if (interest.amount().signum() > 0) {
                lines.add(new InterestNoteView.Line(item.document(), from, asOf,
                        (int) code.terms().basis().days(from, asOf), item.openAmount().amount(), interest.amount(),
                        null));
                total = total.add(interest.amount());
            }
        }
        return new InterestNoteView(0, company, customer.account(), currency, code.code(), asOf, total, "PREVIEW",
                lines, null, null, null, null, null, actor.value(), clock.now(), 0);
    }

    @Override
    public InterestNoteView post(String company, String account, String interestCode, LocalDate asOf,
                                 CustomerScope scope, UserName actor) {
        CustomerView customer = customers.get(company, account, scope);
        locks.lock(company, customer.account());
        InterestNoteView note = compute(company, customer, interestCode, asOf == null ? clock.today()
                : InputLimits.day("asOf", asOf), actor);
        if (note.amount().signum() == 0) {
            throw new RuleViolationException("no-interest", "customer " + customer.account() + " owes no interest by "
                    + interestCode + " as of " + note.asOf() + " that is not charged already");
        }
        long id = notes.insert(new InterestNoteView(0, company, note.account(), note.currency(), note.interestCode(),
                note.asOf(), note.amount(), "POSTED", note.lines(), null, null, null, null, null, actor.value(),
                clock.now(), 0));
        int k = 0;
        for (InterestNoteView.Line line : note.lines()) {
            String charge = "IN" + id + "-" + (++k);
            documents.postCharge(new Charge(company, note.account(), DocumentKind.INTEREST, charge, line.amount(),
                    note.asOf(), note.asOf(), "Interest on " + line.document() + " from " + line.from() + " to "
                    + line.to() + " (" + note.interestCode() + ")", claimOf(company, line.document())), actor);
            letters.insertInterestCharged(company, note.account(), line.document(), line.from(), line.to(),
                    line.amount(), charge);
            notes.chargeDocument(id, line.document(), charge);
        }
        log.customer(company, note.account(), "interest-note-posted", "interest note " + id, note.amount()
                .toPlainString() + " " + note.currency() + " on " + note.lines().size() + " invoice(s)", null, actor);
        return find(company, id);
    }

    private String claimOf(String company, String document) {
        return documents.get(company, document).kind() == DocumentKind.INVOICE ? document : null;
    }

    @Override
    public InterestNoteView get(String company, long id, CustomerScope scope) {
        InterestNoteView note = find(company, id);
        try {
            customers.get(company, note.account(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("interest note", id);
        }
        return note;
    }

    private InterestNoteView find(String company, long id) {
        return notes.find(company, id).orElseThrow(() -> new NotFoundException("interest note", id));
    }

    @Override
    public List<InterestNoteView> list(String company, String account, CustomerScope scope) {
        if (account != null) {
            return notes.list(company, customers.get(company, account, scope).account());
        }
        return notes.list(company, null).stream().filter(n -> visible(company, n.account(), scope)).toList();
    }

    private boolean visible(String company, String account, CustomerScope scope) {
        try {
            customers.get(company, account, scope);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public InterestNoteView waive(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                                  UserName actor) {
        String why = InputLimits.reason("reason", reason);
        InterestNoteView note = at(company, id, expectedVersion, scope, "POSTED");
        InterestNoteStore.State state = notes.state(id).orElseThrow();
        BigDecimal limit = notes.waiveLimit(company, actor.value()).orElse(BigDecimal.ZERO);
        if (note.amount().compareTo(limit) <= 0) {
            writeOff(company, note, why, actor);
            move(id, expectedVersion, new InterestNoteStore.State("WAIVED", state.reinstated(), null, actor.value(),
                    why, actor.value(), clock.now(), "within " + actor.value() + "'s waive limit " + limit
                    .toPlainString()));
            log.customer(company, note.account(), "interest-note-waived", "interest note " + id, note.amount()
                    .toPlainString() + " " + note.currency() + " waived", why, actor);
        } else {
            ApproverLevel level = routing.levelFor(company, Money.of(note.amount(), Money.currency(note.currency())),
                    clock.today());
            move(id, expectedVersion, new InterestNoteStore.State("WAIVER_REQUESTED", state.reinstated(), level.name(),
                    actor.value(), why, null, null, null));
            log.customer(company, note.account(), "interest-waiver-requested", "interest note " + id, note.amount()
                    .toPlainString() + " above " + actor.value() + "'s waive limit " + limit.toPlainString()
                    + ": a " + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " decides", why,
                    actor);
        }
        return find(company, id);
    }

    @Override
    public InterestNoteView decideWaiver(String company, long id, long expectedVersion, boolean approve, String note,
                                         CustomerScope scope, UserName actor, ApproverLevel level) {
        InterestNoteView found = at(company, id, expectedVersion, scope, "WAIVER_REQUESTED");
        InterestNoteStore.State state = notes.state(id).orElseThrow();
        Approval pending = Approval.requested(ApproverLevel.valueOf(state.waiverLevel()), state.waiverRequestedBy());
        String what = "the waiver of interest note " + id;
        Approval decided = approve ? pending.approve(what, actor.value(), level, note, clock.now())
                : pending.reject(what, actor.value(), level, note, clock.now());
        if (approve) {
            writeOff(company, found, state.waiverReason(), actor);
        }
        move(id, expectedVersion, new InterestNoteStore.State(approve ? "WAIVED" : "POSTED", state.reinstated(),
                state.waiverLevel(), state.waiverRequestedBy(), state.waiverReason(), decided.decidedBy(),
                decided.decidedAt(), decided.note()));
        log.customer(company, found.account(), approve ? "interest-waiver-approved" : "interest-waiver-rejected",
                "interest note " + id, found.amount().toPlainString() + " " + found.currency(), note, actor);
        return find(company, id);
    }

    @Override
    public InterestNoteView reinstate(String company, long id, long expectedVersion, String reason,
                                      CustomerScope scope, UserName actor) {
        String why = InputLimits.reason("reason", reason);
        InterestNoteView note = at(company, id, expectedVersion, scope, "WAIVED");
        InterestNoteStore.State state = notes.state(id).orElseThrow();
        int round = state.reinstated() + 1;
        for (InterestNoteView.Line line : note.lines()) {
            String charge = line.chargeDocument().replaceFirst("-R\\d+$", "") + "-R" + round;
            documents.postCharge(new Charge(company, note.account(), DocumentKind.INTEREST, charge, line.amount(),
                    clock.today(), clock.today(), "Interest on " + line.document() + " reinstated (note " + id + ")",
                    claimOf(company, line.document())), actor);
            notes.chargeDocument(id, line.document(), charge);
        }
        move(id, expectedVersion, new InterestNoteStore.State("POSTED", round, null, null, null, null, null, null));
        log.customer(company, note.account(), "interest-note-reinstated", "interest note " + id, note.amount()
                .toPlainString() + " " + note.currency() + " charged again", why, actor);
        return find(company, id);
    }

    @Override
    public InterestNoteView reverse(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                                    UserName actor) {
        String why = InputLimits.reason("reason", reason);
        InterestNoteView note = at(company, id, expectedVersion, scope, "POSTED");
        Map<String, LocalDate> periods = new LinkedHashMap<>();
        for (InterestNoteView.Line line : note.lines()) {
            DocumentView charge = documents.get(company, line.chargeDocument());
            if (charge.openAmount().amount().signum() > 0) {
                documents.postSettledCredit(new SettledCredit(company, charge.document(), DocumentKind.CREDIT_NOTE,
                        charge.document() + "-C", charge.openAmount().amount(), clock.today(), "interest note " + id
                        + " reversed: " + why), actor);
            }
            periods.put(line.document(), line.from());
        }
        letters.uncharge(company, periods);
        InterestNoteStore.State state = notes.state(id).orElseThrow();
        move(id, expectedVersion, new InterestNoteStore.State("REVERSED", state.reinstated(), null, null, null,
                actor.value(), clock.now(), why));
        log.customer(company, note.account(), "interest-note-reversed", "interest note " + id, note.amount()
                .toPlainString() + " " + note.currency() + " reversed", why, actor);
        return find(company, id);
    }

    @Override
    public BigDecimal putWaiveLimit(String company, String user, BigDecimal limit, String reason, UserName actor) {
        String why = InputLimits.reason("reason", reason);
        String who = UserName.of(user == null ? "" : user.strip()).value();
        if (limit == null || limit.signum() < 0) {
            throw InvalidInputException.ofField("limit", "is required and not negative");
        }
        BigDecimal amount = InputLimits.amount("limit", limit);
        String before = notes.waiveLimit(company, who).map(BigDecimal::toPlainString).orElse(null);
        notes.putWaiveLimit(company, who, amount);
        log.setup(company, "interest-waive-limit", who, "changed", before, amount.toPlainString(), why, actor);
        return amount;
    }

    /** Writes off what the note's documents have open: the interest is waived. */
    private void writeOff(String company, InterestNoteView note, String why, UserName actor) {
        for (InterestNoteView.Line line : note.lines()) {
            DocumentView charge = documents.get(company, line.chargeDocument());
            if (charge.openAmount().amount().signum() > 0) {
                documents.postSettledCredit(new SettledCredit(company, charge.document(), DocumentKind.WRITE_OFF,
                        charge.document() + "-W", charge.openAmount().amount(), clock.today(), "interest waived: "
                        + why), actor);
            }
        }
    }

    private InterestNoteView at(String company, long id, long expectedVersion, CustomerScope scope, String status) {
        InterestNoteView note = get(company, id, scope);
        if (note.version() != expectedVersion) {
            throw new StaleVersionException("interest note", id, expectedVersion, note.version());
        }
        if (!note.status().equals(status)) {
            throw new ConflictException("interest note " + id + " is " + note.status() + "; this needs " + status);
        }
        locks.lock(company, note.account());
        return note;
    }

    private void move(long id, long expectedVersion, InterestNoteStore.State state) {
        if (!notes.update(id, expectedVersion, state)) {
            throw new ConflictException("interest note " + id + " changed meanwhile");
        }
    }
}
