package org.dunwell.ledger.infrastructure.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.domain.aging.AgingLayout;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Sums;

/**
 * Makes the aging records of one aging (one company, as-of date and definition) from the customers'
 * sums, or from the figures a list keeps ({@link AgingColumns}, which makes a record when it is asked
 * for). What all of an aging's records share is made once here and shared (records and {@code Money}
 * are immutable): each currency's code and zero, and each bucket's zero, which most customers have
 * in most buckets.
 */
final class AgingRecords {

    private final String company;
    private final LocalDate asOf;
    private final List<AgingBucketSpec> specs;
    private final Map<String, OfCurrency> currencies = new HashMap<>();
    private OfCurrency last;

    AgingRecords(String company, LocalDate asOf, AgingLayout layout) {
        this.company = company;
        this.asOf = asOf;
        this.specs = layout.buckets();
    }

    /** A currency's code (one string for all its customers), zero and zero buckets. */
    record OfCurrency(String code, Currency currency, Money zero, CustomerAging.Bucket[] zeroBuckets) {
    }

    /** The customer's buckets after its credits ({@link AgingLayout#applyCredits}) and its open balance. */
    CustomerAging aging(Sums s) {
        OfCurrency of = ofCurrency(s.currency);
        BigDecimal[] amounts = AgingLayout.applyCredits(s.debits, s.credits);
        BigDecimal balance = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            balance = balance.add(amount);
        }
        return record(s.account, s.name, of, amounts, 0, balance);
    }

    /**
     * The record of a customer whose final buckets are {@code amounts[from]} on ({@link #width()}
     * of them) and whose open balance is {@code balance}: their sum.
     */
    CustomerAging record(String account, String name, OfCurrency of, BigDecimal[] amounts, int from,
                         BigDecimal balance) {
        CustomerAging.Bucket[] buckets = new CustomerAging.Bucket[specs.size()];
        for (int i = 0; i < buckets.length; i++) {
            BigDecimal amount = amounts[from + i];
            if (amount.signum() == 0) {
                buckets[i] = of.zeroBuckets()[i];
            } else {
                AgingBucketSpec spec = specs.get(i);
                buckets[i] = new CustomerAging.Bucket(spec.name(), spec.from(), spec.to(),
                        Money.of(amount, of.currency()));
            }
        }
        Money open = balance.signum() == 0 ? of.zero() : Money.of(balance, of.currency());
        return new CustomerAging(company, account, name, of.code(), asOf, open, List.of(buckets));
    }

    /** The number of buckets of a record. */
    int width() {
        return specs.size();
    }

    /** {@link #aging} with the details a snapshot keeps. */
    AgedCustomer aged(Sums s) {
        Currency currency = ofCurrency(s.currency).currency();
        List<Money> disputed = new ArrayList<>(s.disputed.length);
        List<Integer> counts = new ArrayList<>(s.disputed.length);
        for (int i = 0; i < s.disputed.length; i++) {
            disputed.add(Money.of(s.disputed[i], currency));
            counts.add(s.disputedCounts[i]);
        }
        return new AgedCustomer(aging(s), s.region, s.group, s.responsible, s.masterLimit, s.oldestOverdueDue,
                disputed, counts);
    }

    /** A currency's shared parts, made once per aging. */
    OfCurrency ofCurrency(String code) {
        OfCurrency last = this.last;
        if (last != null && last.code().equals(code)) { // most customers share the company's currency
            return last;
        }
        this.last = currencies.computeIfAbsent(code, this::newCurrency);
        return this.last;
    }

    private OfCurrency newCurrency(String code) {
        Currency currency = Money.currency(code);
        Money zero = Money.zero(currency);
        CustomerAging.Bucket[] zeros = new CustomerAging.Bucket[specs.size()];
        for (int i = 0; i < zeros.length; i++) {
            AgingBucketSpec spec = specs.get(i);
            zeros[i] = new CustomerAging.Bucket(spec.name(), spec.from(), spec.to(), zero);
        }
        return new OfCurrency(code, currency, zero, zeros);
    }
}
