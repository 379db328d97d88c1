package org.dunwell.credit.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerNames;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ExchangeRateView;
import org.dunwell.ledger.api.ExchangeRates;
import org.dunwell.ledger.api.PaymentHistory;
import org.dunwell.ledger.api.ReceivableFigureQueries;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.api.VisibleCustomers;

/**
 * The ledger as the credit module sees it through its API, held in memory: customers' figures
 * set by the test, EUR companies, one USD rate, and an audit trail that keeps what it is given.
 * (The ledger's own tests cover how it computes these figures.)
 */
final class FakeLedger implements ReceivableFigureQueries, ExchangeRates, Companies, AuditTrail, VisibleCustomers,
        CustomerLocks, CustomerNames {

    /** A fake customer is named after its account. */
    @Override
    public Map<String, String> names(String company, Collection<String> accounts) {
        Map<String, String> names = new HashMap<>();
        accounts.stream().filter(a -> figures.containsKey(company + "/" + a)).forEach(a -> names.put(a, "Customer " + a));
        return names;
    }

    /** The fake's customers live in memory: there is no row to lock (the concurrency test runs on the server). */
    @Override
    public void lock(String company, String account) {
        require(company, account, CustomerScope.ALL);
    }


    final Map<String, ReceivableFigures> figures = new ConcurrentHashMap<>();
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    /** A customer with a balance, what of it is overdue and how old, and its initial limit (null: none). */
    void customer(String company, String account, String currency, String initialLimit, String balance,
                  String overdue, int oldestOverdueDays) {
        Currency c = Currency.getInstance(currency);
        figures.put(company + "/" + account, new ReceivableFigures(company, account, currency,
                initialLimit == null ? null : Money.of(new BigDecimal(initialLimit), c), null,
                Money.of(new BigDecimal(balance), c), Money.of(new BigDecimal(overdue), c), oldestOverdueDays,
                LocalDate.of(2020, 1, 1), PaymentHistory.of(new BigDecimal("3.0"), 10, 1, 10, 0, null, null)));
    }

    /** The scope rule on what a fake customer has (company and currency). */
    @Override
    public void require(String company, String account, CustomerScope scope) {
        ReceivableFigures f = figures.get(company + "/" + account);
        if (f == null || !scope.includes(company, null, null, f.currency(), null)) {
            throw new NotFoundException("customer", account);
        }
    }

    @Override
    public ReceivableFigures ofCustomer(String company, String account, LocalDate asOf) {
        ReceivableFigures f = figures.get(company + "/" + account);
        if (f == null) {
            throw new NotFoundException("customer", account);
        }
        return new ReceivableFigures(f.company(), f.account(), f.currency(), f.initialCreditLimit(), asOf, f.balance(),
                f.overdue(), f.oldestOverdueDays(), f.customerSince(), f.history());
    }

    @Override
    public FiguresPage page(String company, String cursor, int size, LocalDate asOf) {
        List<String> accounts = figures.values().stream().filter(f -> f.company().equals(company))
                .map(ReceivableFigures::account).sorted().filter(a -> cursor == null || a.compareTo(cursor) > 0)
                .limit(size).toList();
        List<ReceivableFigures> items = new ArrayList<>();
        accounts.forEach(a -> items.add(ofCustomer(company, a, asOf)));
        return new FiguresPage(items, items.size() < size ? null : accounts.get(accounts.size() - 1));
    }

    @Override
    public Optional<Money> toAccountingCurrency(String company, Money amount, LocalDate date) {
        return switch (amount.currency().getCurrencyCode()) {
            case "EUR" -> Optional.of(amount);
            case "USD" -> Optional.of(Money.rounded(amount.amount().multiply(new BigDecimal("0.9")),
                    Currency.getInstance("EUR"), RoundingMode.HALF_EVEN));
            default -> Optional.empty();
        };
    }

    @Override
    public Conversion conversionOn(String company, LocalDate date) {
        return new Conversion() {
            @Override
            public Currency accountingCurrency() {
                return Currency.getInstance("EUR");
            }

            @Override
            public Optional<Money> convert(Money amount) {
                return toAccountingCurrency(company, amount, date);
            }
        };
    }

    @Override
    public Optional<BigDecimal> rateOn(String company, String currency, LocalDate date) {
        return Optional.empty();
    }

    @Override
    public Page<ExchangeRateView> list(String company, String currency, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ExchangeRateView put(String company, String currency, LocalDate validFrom, BigDecimal rate, UserName actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompanyView get(CompanyCode code) {
        return new CompanyView(code, "Test", Currency.getInstance("EUR"), "STATUTORY", "en", 1);
    }

    @Override
    public Optional<CompanyView> find(CompanyCode code) {
        return Optional.of(get(code));
    }

    @Override
    public Page<CompanyView> list(PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompanyView create(CompanyCode code, CompanyDraft draft, UserName actor, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompanyView update(CompanyCode code, long expectedVersion, CompanyDraft changes, UserName actor,
                             String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void record(AuditEntry entry) {
        audit.add(entry);
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        audit.addAll(entries);
    }

    @Override
    public Page<AuditEntry> trail(String company, String subjectType, String actor, PageRequest page) {
        List<AuditEntry> found = audit.stream().filter(e -> e.company().equals(company)
                        && (subjectType == null || e.subjectType().equals(subjectType))
                        && (actor == null || e.actor().equals(actor)))
                .sorted(Comparator.comparing(AuditEntry::occurredAt).reversed()).toList();
        return Page.slice(found, page);
    }

    @Override
    public Page<AuditEntry> history(String company, String subjectType, String subjectKey, PageRequest page) {
        List<AuditEntry> found = audit.stream().filter(e -> e.company().equals(company)
                        && e.subjectType().equals(subjectType) && e.subjectKey().equals(subjectKey))
                .sorted(Comparator.comparing(AuditEntry::occurredAt).reversed()).toList();
        return Page.slice(found, page);
    }
}
