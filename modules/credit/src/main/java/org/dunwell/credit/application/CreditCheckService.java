package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dunwell.credit.api.CreditCheckView;
import org.dunwell.credit.api.CreditChecks;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.credit.domain.CheckFacts;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditRuleBook;
import org.dunwell.credit.domain.OrderCreditCheck;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerNames;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ExchangeRates;

/** Order credit checks against the company's rules, and the hold list that REVIEW and BLOCKED fill. */
@ApplicationScoped
@Transactional
public class CreditCheckService implements CreditChecks {

    /** Subject type of hold-list actions in the audit trail (key: the order reference). */
    public static final String AUDIT_SUBJECT = "credit-hold";

    private CreditRepository repository;
    private CreditPositions positions;
    private CustomerLocks locks;
    private CustomerNames names;
    private ExchangeRates rates;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditCheckService() {
    }

    @Inject
    public CreditCheckService(CreditRepository repository, CreditPositions positions, CustomerLocks locks,
                              CustomerNames names, ExchangeRates rates, AuditTrail audit, BusinessClock clock) {
        this.names = names;
        this.repository = repository;
        this.positions = positions;
        this.locks = locks;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CreditCheckView check(String company, String account, Money amount, String orderReference,
                                 CustomerScope scope, UserName actor) {
        positions.requireVisible(company, account, scope);
        if (amount == null || !amount.isPositive()) {
            throw InvalidInputException.ofField("amount", "is required and must be more than 0");
        }
        LocalDate today = clock.today();
        // one decision per customer (and per limit group) at a time: two orders checked at the same moment
        // cannot both pass a limit that only one of them fits into
        locks.lock(company, account);
        repository.findProfile(company, account).map(CreditProfile::limitGroup)
                .ifPresent(group -> repository.findGroupForUpdate(company, group));
        CreditPosition position = positions.of(company, account, today);
        if (!amount.currency().getCurrencyCode().equals(position.figures().currency())) {
            throw InvalidInputException.ofField("currency", "the order must be in the customer's currency "
                    + position.figures().currency());
        }
        String reference = orderReference == null || orderReference.isBlank() ? null : orderReference.trim();
        OrderCreditCheck stored = reference == null ? null : repository.findCheckByOrder(company, reference).orElse(null);
        if (stored != null && !stored.account().equals(account)) {
            throw InvalidInputException.ofField("orderReference", "order " + reference
                    + " was checked for customer " + stored.account());
        }
        // a re-check of an order replaces the amount its earlier check counts with: the order counts once
        Money replaced = stored != null && position.limitType().countsOrders()
                && stored.countsAsOpenOrder(approvedSince(company, today)) ? stored.amount() : Money.zero(amount.currency());
        Money added = amount.minus(replaced);
        CreditRuleBook.Outcome outcome = evaluate(company, position, added, today);
        boolean isNew = stored == null;
        if (isNew && reference != null) {
            stored = new OrderCreditCheck(company, reference);
        } else if (isNew && OrderCreditCheck.held(outcome.decision())) {
            // a held order must be found on the hold list: it gets a reference of its own
            stored = new OrderCreditCheck(company, "auto-" + UUID.randomUUID().toString().substring(0, 13));
        }
        if (stored == null && position.limitType().countsOrders()) {
            // an order that goes ahead counts in the next checks' exposure: it is kept under a reference
            stored = new OrderCreditCheck(company, "auto-" + UUID.randomUUID().toString().substring(0, 13));
            isNew = true;
        }
        if (stored == null) {
            OrderCreditCheck answered = OrderCreditCheck.unsaved(company);
            record(answered, position, amount, added, outcome, actor);
            return answered.toView();
        }
        record(stored, position, amount, added, outcome, actor);
        if (isNew) {
            repository.store(stored);
        }
        audit.record(new AuditEntry(company, AUDIT_SUBJECT, stored.orderReference(), "checked", "decision", null,
                outcome.decision().name(), account + " " + amount.toPlainString() + " " + amount.currency(),
                actor.value(), clock.now()));
        repository.flush();
        return stored.toView();
    }

    /** Records the check of {@code amount}, of which {@code added} is new to the exposure (a re-check: less). */
    private void record(OrderCreditCheck check, CreditPosition position, Money amount, Money added,
                        CreditRuleBook.Outcome outcome, UserName actor) {
        var line = position.line().plus(added);
        check.checked(position.figures().account(), amount, outcome.decision(), outcome.reasons(), line.exposure(),
                line.checked() ? line.effectiveLimit() : null, line.available(), actor.value(), clock.now(),
                clock.today());
    }

    private LocalDate approvedSince(String company, LocalDate today) {
        return today.minusDays(positions.approvedOrderDays(company) - 1L);
    }

    /** The rules of the company applied to the position with the order in its exposure. */
    CreditRuleBook.Outcome evaluate(String company, CreditPosition position, Money amount, LocalDate today) {
        var figures = position.figures();
        var profile = position.profile();
        Money overdueInAccounting = rates.toAccountingCurrency(company, figures.overdue(), today).orElse(null);
        CheckFacts facts = new CheckFacts(today, position.line().plus(amount), figures.overdue(), overdueInAccounting,
                figures.oldestOverdueDays(), profile == null ? null : profile.holdReason(),
                profile == null ? null : profile.riskGroup(), profile == null ? null : profile.limitExpiresOn(),
                position.insurance() == null ? null : position.insurance().validFrom(),
                position.insurance() == null ? null : position.insurance().validTo(), position.insurance() != null);
        List<CreditRule> rules = CreditDefaults.rules(repository, company).stream().filter(CreditRule::active).toList();
        return new CreditRuleBook(rules.stream().map(CreditRule::spec).toList()).evaluate(facts);
    }

    @Override
    public CreditCheckView byOrder(String company, String orderReference) {
        return repository.findCheckByOrder(company, orderReference).map(OrderCreditCheck::toView)
                .orElseThrow(() -> new NotFoundException("credit check of order", orderReference));
    }

    @Override
    public CreditCheckView get(String company, long id) {
        CreditCheckView view = find(company, id, false).toView();
        return view.named(names.names(company, List.of(view.account())).get(view.account()));
    }

    @Override
    public Page<CreditCheckView> holds(String company, HoldStatus status, String account, PageRequest page) {
        HoldStatus wanted = status == null ? HoldStatus.OPEN : status;
        String one = account == null || account.isBlank() ? null : account.strip();
        Page<CreditCheckView> found = repository.holds(company, wanted, one, page).map(OrderCreditCheck::toView);
        Map<String, String> named = names.names(company, found.items().stream().map(CreditCheckView::account)
                .distinct().toList());
        return found.map(v -> v.named(named.get(v.account())));
    }

    @Override
    public CreditCheckView release(String company, long id, Long expectedVersion, String reason, UserName actor) {
        OrderCreditCheck check = held(company, id, expectedVersion);
        check.release(actor.value(), reason, clock.now());
        return resolved(company, check, "released", reason, actor);
    }

    @Override
    public CreditCheckView reject(String company, long id, Long expectedVersion, String reason, UserName actor) {
        OrderCreditCheck check = held(company, id, expectedVersion);
        check.reject(actor.value(), reason, clock.now());
        return resolved(company, check, "rejected", reason, actor);
    }

    @Override
    public CreditCheckView reevaluate(String company, long id, Long expectedVersion, String reason, UserName actor) {
        OrderCreditCheck check = held(company, id, expectedVersion);
        CreditProfileService.requireReason(reason);
        LocalDate today = clock.today();
        CreditPosition position = positions.of(company, check.account(), today);
        Money amount = check.amount();
        CreditRuleBook.Outcome outcome = evaluate(company, position, amount, today);
        record(check, position, amount, amount, outcome, actor);
        if (!OrderCreditCheck.held(outcome.decision())) {
            check.passedOnReevaluation(actor.value(), "re-evaluated: " + reason, clock.now());
        }
        return resolved(company, check, "re-evaluated", reason, actor);
    }

    private OrderCreditCheck held(String company, long id, Long expectedVersion) {
        OrderCreditCheck check = find(company, id, true);
        if (expectedVersion != null && check.version() != expectedVersion) {
            throw new StaleVersionException("credit hold", id, expectedVersion, check.version());
        }
        check.requireOpen();
        return check;
    }

    private OrderCreditCheck find(String company, long id, boolean lock) {
        return repository.findCheck(company, id, lock).orElseThrow(() -> new NotFoundException("credit hold", id));
    }

    private CreditCheckView resolved(String company, OrderCreditCheck check, String action, String reason,
                                     UserName actor) {
        audit.record(new AuditEntry(company, AUDIT_SUBJECT, check.orderReference(), action, "holdStatus",
                HoldStatus.OPEN.name(), check.holdStatus().name(), reason, actor.value(), clock.now()));
        repository.flush();
        return check.toView();
    }
}
