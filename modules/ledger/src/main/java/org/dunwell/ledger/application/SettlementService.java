package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.api.Settlements;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.StoredDocument;
import org.dunwell.ledger.domain.settlement.ActiveSettlement;
import org.dunwell.ledger.domain.settlement.Allocation;
import org.dunwell.ledger.domain.settlement.Debit;
import org.dunwell.ledger.domain.settlement.SettlementPlanner;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;

/**
 * The settlement engine. It takes the write locks of every document involved in ascending id
 * order (so concurrent calls queue instead of deadlocking), reads what is open only after
 * that, plans with {@link SettlementPlanner}, and writes settlements and open amounts in the
 * caller's transaction: concurrent settlements of one invoice never settle more than it has
 * open.
 */
@ApplicationScoped
@Transactional
public class SettlementService implements Settlements {

    private LedgerStore store;
    private JdbcLedgerQueries queries;
    private BusinessClock clock;

    protected SettlementService() {
    }

    @Inject
    public SettlementService(LedgerStore store, JdbcLedgerQueries queries, BusinessClock clock) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<SettlementView> settle(SettlementRequest request, UserName actor) {
        Plan plan = plan(request, true);
        return write(request.company(), plan.credit(), plan.creditOpen(), plan.allocations(), request.date(), actor);
    }

    @Override
    public List<SettlementView> preview(SettlementRequest request, UserName actor) {
        Plan plan = plan(request, false);
        Map<String, StoredDocument> debits = store.documents(request.company(),
                plan.allocations().stream().map(a -> a.debit().document()).toList());
        String account = plan.credit().account();
        List<SettlementView> views = new ArrayList<>();
        for (Allocation allocation : plan.allocations()) {
            StoredDocument debit = debits.get(allocation.debit().document());
            LocalDate date = request.date() != null ? request.date()
                    : DocumentPosting.later(plan.credit().documentDate(), debit.documentDate());
            views.add(new SettlementView(0, request.company(), account, debit.document(), plan.credit().document(),
                    allocation.amount(), date, null, null, actor.value()));
        }
        return views;
    }

    /** What a settlement would apply: the credit, what it has open, and the allocations in order. */
    private record Plan(StoredDocument credit, Money creditOpen, List<Allocation> allocations) {
    }

    /** Plans the settlement; {@code lock}: take the documents' write locks first (a settlement that writes). */
    private Plan plan(SettlementRequest request, boolean lock) {
        if (request.company() == null || request.credit() == null) {
            throw new InvalidInputException("company and credit (the payment or credit note) are required");
        }
        StoredDocument credit = store.document(request.company(), request.credit())
                .orElseThrow(() -> new NotFoundException("document", request.credit()));
        if (!credit.kind().isCredit()) {
            throw new RuleViolationException("not-a-credit", request.credit() + " is a " + credit.kind()
                    + "; only payments and credit notes settle invoices");
        }
        if (!"POSTED".equals(credit.status())) {
            throw new ConflictException(request.credit() + " is " + credit.status() + " and settles nothing");
        }
        Currency currency = Money.currency(credit.currency());
        Optional<Money> cap = Optional.ofNullable(request.maxAmount()).map(a -> Money.of(a, currency));
        if (cap.isPresent() && !cap.get().isPositive()) {
            throw InvalidInputException.ofField("maxAmount", "must be positive");
        }
        if (request.exact() && cap.isEmpty()) {
            throw InvalidInputException.ofField("amount", "is required for an exact settlement");
        }
        LocalDate on = request.date();
        if (on != null && on.isBefore(credit.documentDate())) {
            throw InvalidInputException.ofField("date", "is before the date of " + request.credit());
        }
        List<Long> debitIds = request.debits() == null || request.debits().isEmpty()
                ? store.undisputedOpenDebits(credit.customerId(), credit.currency()).stream().map(Debit::id).toList()
                : namedDebits(request, credit);
        if (lock) {
            Set<Long> locked = new HashSet<>(debitIds);
            locked.add(credit.id());
            store.lock(locked);
        }

        Money creditOpen = Money.of(store.openAmounts(List.of(credit.id())).get(credit.id()), currency);
        if (!creditOpen.isPositive()) {
            throw new ConflictException(request.credit() + " has nothing left to apply");
        }
        Map<Long, Debit> fresh = new HashMap<>();
        store.debits(debitIds, credit.currency()).forEach(d -> fresh.put(d.id(), d));
        List<Debit> ordered = new ArrayList<>();
        if (request.debits() == null || request.debits().isEmpty()) {
            fresh.values().stream().filter(d -> on == null || !d.documentDate().isAfter(on)).forEach(ordered::add);
            ordered.sort(store.settlementOrder(request.company()).on(on != null ? on : clock.today()));
        } else {
            for (Long id : debitIds) {
                Debit debit = fresh.get(id);
                if (on != null && debit.documentDate().isAfter(on)) {
                    throw InvalidInputException.ofField("date", debit.document() + " is dated after " + on
                            + "; a settlement cannot come before its invoice");
                }
                ordered.add(debit);
            }
        }
        List<Allocation> allocations = SettlementPlanner.plan(creditOpen, ordered, cap);
        if (allocations.isEmpty()) {
            throw new ConflictException("the invoices have nothing open to settle");
        }
        if (request.exact()) {
            Money planned = allocations.stream().map(Allocation::amount).reduce(Money.zero(currency), Money::plus);
            if (planned.isLessThan(cap.get())) {
                throw new RuleViolationException("exceeds-open-amount", "only " + planned.toPlainString() + " "
                        + currency.getCurrencyCode() + " can be settled (" + request.credit() + " has "
                        + creditOpen.toPlainString() + " open, the invoices less or as much); "
                        + cap.get().toPlainString() + " was asked");
            }
        }
        return new Plan(credit, creditOpen, allocations);
    }

    private List<Long> namedDebits(SettlementRequest request, StoredDocument credit) {
        Map<String, StoredDocument> named = store.documents(request.company(), request.debits());
        List<Long> ids = new ArrayList<>();
        for (String document : request.debits()) {
            StoredDocument debit = named.get(document);
            if (debit == null) {
                throw new NotFoundException("document", document);
            }
            if (!debit.kind().isDebit()) {
                throw new RuleViolationException("not-a-debit", document + " is a " + debit.kind()
                        + "; only invoices, fees and interest notes are settled");
            }
            if (debit.customerId() != credit.customerId()) {
                throw new RuleViolationException("other-customer", document + " belongs to another customer than "
                        + request.credit());
            }
            if (!ids.contains(debit.id())) {
                ids.add(debit.id());
            }
        }
        return ids;
    }

    private List<SettlementView> write(String company, StoredDocument credit, Money creditOpen,
                                       List<Allocation> allocations, LocalDate on, UserName actor) {
        Instant now = clock.now();
        long[] ids = store.newIds(allocations.size());
        Map<String, StoredDocument> debits = store.documents(company,
                allocations.stream().map(a -> a.debit().document()).toList());
        List<NewSettlement> settlements = new ArrayList<>();
        Map<Long, BigDecimal> open = new HashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        Money left = creditOpen;
        for (int i = 0; i < allocations.size(); i++) {
            Allocation allocation = allocations.get(i);
            Debit debit = allocation.debit();
            StoredDocument stored = debits.get(debit.document());
            LocalDate date = on != null ? on : DocumentPosting.later(credit.documentDate(), stored.documentDate());
            settlements.add(new NewSettlement(ids[i], company, credit.customerId(), debit.id(), credit.id(),
                    allocation.amount().amount(), date, new NewSettlement.DocumentDates(stored.documentDate(),
                    stored.dueDate(), credit.documentDate()), actor.value(), now));
            open.put(debit.id(), debit.open().minus(allocation.amount()).amount());
            left = left.minus(allocation.amount());
            audit.add(new AuditEntry(company, "document", debit.document(), "settled", "openAmount",
                    debit.open().toPlainString(), debit.open().minus(allocation.amount()).toPlainString(),
                    "by " + credit.document() + " on " + date, actor.value(), now));
            PostingFeed.write(store, company, "SETTLED", debit.document(), credit.document(), credit.account(),
                    credit.currency(), allocation.amount().amount(), date, null, actor, now);
        }
        open.put(credit.id(), left.amount());
        store.setOpenAmounts(open);
        store.insertSettlements(settlements);
        store.insertAudit(audit);
        return queries.settlementsById(settlements.stream().map(NewSettlement::id).toList());
    }

    @Override
    public SettlementView undo(String company, long settlementId, LocalDate date, String reason, UserName actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.ofField("reason", "is required to undo a settlement");
        }
        // another company's settlement is not found: a request changes only its own company
        if (queries.settlementsById(List.of(settlementId)).stream().noneMatch(s -> s.company().equals(company))) {
            throw new NotFoundException("settlement", settlementId);
        }
        ActiveSettlement settlement = store.activeSettlement(settlementId).orElseThrow(() ->
                new ConflictException("settlement " + settlementId + " is already undone"));
        store.lock(List.of(settlement.debitId(), settlement.creditId()));
        ActiveSettlement locked = store.activeSettlement(settlementId)
                .orElseThrow(() -> new ConflictException("settlement " + settlementId + " is already undone"));
        LocalDate on = date != null ? date : clock.today();
        if (on.isBefore(locked.settledOn())) {
            throw InvalidInputException.ofField("date", "is before the settlement's date " + locked.settledOn());
        }
        Map<Long, BigDecimal> open = store.openAmounts(List.of(locked.debitId(), locked.creditId()));
        Map<Long, BigDecimal> reopened = new HashMap<>();
        open.forEach((id, amount) -> reopened.put(id, amount.add(locked.amount())));
        store.undoSettlements(List.of(settlementId), on, actor.value(), reason);
        store.setOpenAmounts(reopened);
        SettlementView view = queries.settlementsById(List.of(settlementId)).get(0);
        PostingFeed.write(store, view.company(), "SETTLEMENT_UNDONE", view.debitDocument(), view.creditDocument(),
                view.account(), view.amount().currency().getCurrencyCode(), view.amount().amount(), on, reason, actor,
                clock.now());
        store.insertAudit(List.of(new AuditEntry(view.company(), "settlement", Long.toString(settlementId), "undone",
                null, view.creditDocument() + " → " + view.debitDocument() + " " + view.amount().toPlainString(), null,
                reason, actor.value(), clock.now())));
        return view;
    }

    @Override
    public BigDecimal paidOn(String company, List<String> debits, LocalDate from, LocalDate to) {
        return debits.isEmpty() ? BigDecimal.ZERO : queries.paidOn(company, debits, from, to);
    }

    @Override
    public Page<SettlementView> forCustomer(String company, String account, PageRequest page) {
        long customerId = store.customerRefs(company, List.of(account)).values().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("customer", account)).id();
        return queries.settlements(customerId, page);
    }
}
