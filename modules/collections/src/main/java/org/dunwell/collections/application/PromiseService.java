package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dunwell.collections.api.PromiseDraft;
import org.dunwell.collections.api.PromiseEvaluation;
import org.dunwell.collections.api.PromisePerformance;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.Promises;
import org.dunwell.collections.domain.promise.CollectionsSettings;
import org.dunwell.collections.domain.promise.PaymentPromise;
import org.dunwell.collections.domain.promise.PromiseFilter;
import org.dunwell.collections.domain.promise.PromiseRepository;
import org.dunwell.collections.domain.promise.StatusTotal;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.DocumentView;

/** Payment promises: recorded on a customer's open invoices, cancelled, evaluated, measured. */
@ApplicationScoped
@Transactional
public class PromiseService implements Promises {

    /** Open promises read per query by the evaluation (each is then decided in its own transaction). */
    private static final int PAGE = 200;

    private PromiseRepository promises;
    private Visibility visibility;
    private InvoiceStatuses statuses;
    private CollectionsLog log;
    private PromiseJudge judge;
    private BusinessClock clock;

    protected PromiseService() {
    }

    @Inject
    public PromiseService(PromiseRepository promises, Visibility visibility,
                          InvoiceStatuses statuses, CollectionsLog log, PromiseJudge judge, BusinessClock clock) {
        this.promises = promises;
        this.visibility = visibility;
        this.statuses = statuses;
        this.log = log;
        this.judge = judge;
        this.clock = clock;
    }

    @Override
    public PromiseView create(String company, PromiseDraft draft, CustomerScope scope, UserName actor) {
        CustomerView customer = visibility.customer(company, draft.account(), scope);
        Currency currency = Money.currency(customer.currency());
        if (draft.currency() != null && !draft.currency().isBlank()
                && !draft.currency().trim().equals(customer.currency())) {
            throw InvalidInputException.ofField("currency", "a promise is in the customer's currency "
                    + customer.currency());
        }
        if (draft.amount() == null) {
            throw InvalidInputException.ofField("amount", "is required");
        }
        Money amount = Money.of(draft.amount(), currency);
        List<String> invoices = List.copyOf(new LinkedHashSet<>(draft.documents()));
        Money open = Money.zero(currency);
        for (String document : new TreeSet<>(invoices)) {
            open = open.plus(promisable(company, customer.account(), document, scope).openAmount());
        }
        if (amount.isGreaterThan(open)) {
            throw InvalidInputException.ofField("amount", "is more than the invoices have open ("
                    + open.toPlainString() + ")");
        }
        String agent = draft.agent() == null || draft.agent().isBlank() ? actor.value()
                : UserName.of(draft.agent().trim()).value();
        PaymentPromise promise = new PaymentPromise(company, customer.account(), amount, draft.promisedOn(),
                graceDays(company), invoices, draft.contact(), agent, draft.notes(), actor.value(), clock.now(),
                clock.today());
        promises.store(promise);
        promises.flush();
        log.record(company, customer.account(), "promise-made", "promise " + promise.id(), null,
                PromiseStatus.OPEN.name(), amount.toPlainString() + " " + customer.currency()
                        + " by " + draft.promisedOn() + " for " + String.join(", ", invoices), actor);
        invoices.forEach(d -> statuses.refresh(company, d, "promise " + promise.id(), actor));
        return promise.toView();
    }

    /**
     * An invoice of the customer that a promise can cover: posted, open, not disputed, not promised
     * already; checked under its row lock (taken in document order), so two promises of one
     * invoice at once queue and the second is refused.
     */
    private DocumentView promisable(String company, String account, String document, CustomerScope scope) {
        DocumentView invoice = visibility.documentForUpdate(company, document, scope);
        if (!invoice.account().equals(account)) {
            throw InvalidInputException.ofField("documents", "'" + document + "' is not one of customer " + account
                    + "'s documents");
        }
        InvoiceStatuses.requirePostedDebit(invoice, "documents");
        if (!invoice.openAmount().isPositive()) {
            throw new RuleViolationException("invoice-paid", document + " is paid; nothing is left to promise");
        }
        if (invoice.collectionStatus() == CollectionStatus.DISPUTED) {
            throw new RuleViolationException("invoice-disputed", document + " is disputed; resolve the dispute first");
        }
        if (invoice.collectionStatus() == CollectionStatus.PROMISED) {
            throw new ConflictException(document + " is covered by an open promise already");
        }
        return invoice;
    }

    @Override
    public PromiseView get(String company, long id, CustomerScope scope) {
        return find(company, id, scope).toView();
    }

    @Override
    public Page<PromiseView> list(String company, String account, String agent, PromiseStatus status,
                                  CustomerScope scope, PageRequest page) {
        page.requireSortAmong(List.of("promisedOn"));
        boolean latestFirst = page.sort().map(s -> !s.ascending()).orElse(false);
        return promises.list(new PromiseFilter(company, account, agent, status), scope, latestFirst, page)
                .map(PaymentPromise::toView);
    }

    @Override
    public PromiseView cancel(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                              UserName actor) {
        PaymentPromise promise = find(company, id, scope);
        if (promise.version() != expectedVersion) {
            throw new StaleVersionException("promise", id, expectedVersion, promise.version());
        }
        promise.cancel(reason);
        promises.flush();
        log.record(company, promise.account(), "promise-cancelled", "promise " + id, PromiseStatus.OPEN.name(),
                PromiseStatus.CANCELLED.name(), reason, actor);
        promise.documents().forEach(d -> statuses.refresh(company, d, "promise " + id + " cancelled", actor));
        return promise.toView();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PromiseEvaluation evaluate(String company, LocalDate asOf, UserName actor) {
        if (asOf == null) {
            throw InvalidInputException.ofField("asOf", "is required");
        }
        int evaluated = 0;
        int kept = 0;
        int broken = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = promises.openMadeBy(company, asOf, after, PAGE);
            for (long id : ids) {
                PromiseStatus outcome = judge.judge(id, asOf, actor);
                evaluated++;
                kept += outcome == PromiseStatus.KEPT ? 1 : 0;
                broken += outcome == PromiseStatus.BROKEN ? 1 : 0;
                after = id;
            }
        } while (ids.size() == PAGE);
        return new PromiseEvaluation(asOf, evaluated, kept, broken);
    }

    @Override
    public List<PromisePerformance> performance(String company, String account, String agent, CustomerScope scope) {
        if (account != null) {
            visibility.customer(company, account, scope);
        }
        Map<String, Tally> tallies = new TreeMap<>();
        for (StatusTotal total : promises.totals(new PromiseFilter(company, account, agent, null), scope)) {
            tallies.computeIfAbsent(total.currency(), Tally::new).add(total.status(), total.count(), total.amount());
        }
        return tallies.values().stream().map(Tally::toPerformance).toList();
    }

    @Override
    public int graceDays(String company) {
        return promises.settings(company).map(CollectionsSettings::promiseGraceDays)
                .orElse(CollectionsSettings.DEFAULT_GRACE_DAYS);
    }

    @Override
    public int setGraceDays(String company, int days, UserName actor) {
        CollectionsSettings settings = promises.settingsForUpdate(company).orElseGet(() -> {
            CollectionsSettings created = new CollectionsSettings(company);
            promises.store(created);
            return created;
        });
        int before = settings.promiseGraceDays();
        settings.setPromiseGraceDays(days);
        promises.flush();
        log.recordSetting(company, "promiseGraceDays", Integer.toString(before), Integer.toString(days), actor);
        return days;
    }

    private PaymentPromise find(String company, long id, CustomerScope scope) {
        PaymentPromise found = promises.find(company, id).orElseThrow(() -> new NotFoundException("promise", id));
        return visibility.record(found, "promise", id, company, List.of(found.account()), scope);
    }

    /** Counts and amounts per status of one currency. */
    private static final class Tally {
        private final String currency;
        private final int[] counts = new int[PromiseStatus.values().length];
        private final BigDecimal[] amounts = new BigDecimal[PromiseStatus.values().length];

        Tally(String currency) {
            this.currency = currency;
            Arrays.fill(amounts, BigDecimal.ZERO);
        }

        void add(PromiseStatus status, int count, BigDecimal amount) {
            counts[status.ordinal()] += count;
            amounts[status.ordinal()] = amounts[status.ordinal()].add(amount == null ? BigDecimal.ZERO : amount);
        }

        /** Made: every promise not cancelled. */
        PromisePerformance toPerformance() {
            int open = counts[PromiseStatus.OPEN.ordinal()];
            int kept = counts[PromiseStatus.KEPT.ordinal()];
            int broken = counts[PromiseStatus.BROKEN.ordinal()];
            BigDecimal openAmount = amounts[PromiseStatus.OPEN.ordinal()];
            BigDecimal keptAmount = amounts[PromiseStatus.KEPT.ordinal()];
            BigDecimal brokenAmount = amounts[PromiseStatus.BROKEN.ordinal()];
            return new PromisePerformance(currency, open + kept + broken,
                    money(openAmount.add(keptAmount).add(brokenAmount)), kept, money(keptAmount), broken,
                    money(brokenAmount), open, money(openAmount));
        }

        private Money money(BigDecimal amount) {
            return Money.of(amount, Money.currency(currency));
        }
    }
}
