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
 * sums. A list aging makes one per customer, 100 000 at a time: what all of them share is made once
 * here and shared (records and {@code Money} are immutable) — each currency's code and zero, and
 * each bucket's zero, which most customers have in most buckets. Fewer objects per customer is less
 * for the young collections to copy while the list is built.
 */
final class AgingRecords {

    private final String company;
    private final LocalDate asOf;
    private final List<AgingBucketSpec> specs;
    private final Map<String, OfCurrency> currencies = new HashMap<>();

    AgingRecords(String company, LocalDate asOf, AgingLayout layout) {
        this.company = company;
        this.asOf = asOf;
        this.specs = layout.buckets();
    }

    /** A currency's code (one string for all its customers), zero and zero buckets. */
    private record OfCurrency(String code, Currency currency, Money zero, CustomerAging.Bucket[] zeroBuckets) {
    }

    /** The customer's buckets after its credits ({@link AgingLayout#applyCredits}) and its open balance. */
    CustomerAging aging(Sums s) {
        OfCurrency of = currencies.computeIfAbsent(s.currency, this::ofCurrency);
        BigDecimal[] amounts = AgingLayout.applyCredits(s.debits, s.credits);
        CustomerAging.Bucket[] buckets = new CustomerAging.Bucket[amounts.length];
        BigDecimal balance = BigDecimal.ZERO;
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i].signum() == 0) {
                buckets[i] = of.zeroBuckets()[i];
            } else {
                AgingBucketSpec spec = specs.get(i);
                buckets[i] = new CustomerAging.Bucket(spec.name(), spec.from(), spec.to(),
                        Money.of(amounts[i], of.currency()));
                balance = balance.add(amounts[i]);
            }
        }
        Money open = balance.signum() == 0 ? of.zero() : Money.of(balance, of.currency());
        return new CustomerAging(company, s.account, s.name, of.code(), asOf, open, List.of(buckets));
    }

    /** {@link #aging} with the details a snapshot keeps. */
    AgedCustomer aged(Sums s) {
        Currency currency = currencies.computeIfAbsent(s.currency, this::ofCurrency).currency();
        List<Money> disputed = new ArrayList<>(s.disputed.length);
        List<Integer> counts = new ArrayList<>(s.disputed.length);
        for (int i = 0; i < s.disputed.length; i++) {
            disputed.add(Money.of(s.disputed[i], currency));
            counts.add(s.disputedCounts[i]);
        }
        return new AgedCustomer(aging(s), s.region, s.group, s.responsible, s.masterLimit, s.oldestOverdueDue,
                disputed, counts);
    }

    private OfCurrency ofCurrency(String code) {
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
