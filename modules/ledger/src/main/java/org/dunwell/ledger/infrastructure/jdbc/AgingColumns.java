package org.dunwell.ledger.infrastructure.jdbc;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.AgingList;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.domain.aging.AgingLayout;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Sums;

/**
 * The aging of every customer of a list held as columns: per customer its account, name, currency,
 * final bucket amounts and open balance, the amounts of all customers in one array (a zero bucket
 * holds the one shared zero). A customer's {@link CustomerAging} record (with its {@code Money}
 * and bucket objects, about twice the memory) is made when it is asked for: a list of 100 000
 * customers is built without keeping 100 000 records alive, which is most of what the young
 * collections copied while it was built (decision 0021).
 */
final class AgingColumns extends AbstractList<CustomerAging> implements AgingList, RandomAccess {

    private final AgingRecords records;
    private final int width;
    private int size;
    private String[] accounts;
    private String[] names;
    private AgingRecords.OfCurrency[] currencies;
    private BigDecimal[] balances;
    private BigDecimal[] amounts;

    AgingColumns(AgingRecords records, int expected) {
        this.records = records;
        this.width = records.width();
        int capacity = Math.max(expected, 16);
        accounts = new String[capacity];
        names = new String[capacity];
        currencies = new AgingRecords.OfCurrency[capacity];
        balances = new BigDecimal[capacity];
        amounts = new BigDecimal[capacity * width];
    }

    /**
     * Adds a customer from its sums: its buckets after its credits ({@link AgingLayout#applyCredits}),
     * in its currency's decimals (an amount with more is refused here, as a record would refuse it).
     */
    void add(Sums s) {
        if (size == accounts.length) {
            grow();
        }
        AgingRecords.OfCurrency of = records.ofCurrency(s.currency);
        BigDecimal[] finals = AgingLayout.applyCredits(s.debits, s.credits);
        BigDecimal balance = BigDecimal.ZERO;
        int at = size * width;
        for (BigDecimal amount : finals) {
            if (amount.signum() == 0) {
                amounts[at++] = BigDecimal.ZERO;
            } else {
                amounts[at++] = Money.of(amount, of.currency()).amount();
                balance = balance.add(amount);
            }
        }
        accounts[size] = s.account;
        names[size] = s.name;
        currencies[size] = of;
        balances[size] = balance.signum() == 0 ? of.zero().amount() : Money.of(balance, of.currency()).amount();
        size++;
    }

    private void grow() {
        int capacity = accounts.length * 2;
        accounts = Arrays.copyOf(accounts, capacity);
        names = Arrays.copyOf(names, capacity);
        currencies = Arrays.copyOf(currencies, capacity);
        balances = Arrays.copyOf(balances, capacity);
        amounts = Arrays.copyOf(amounts, capacity * width);
    }

    /** Puts the customers in account order (the order they were added in if it already is). */
    AgingColumns sortedByAccount() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = accounts[i - 1].compareTo(accounts[i]) <= 0;
        }
        if (sorted) {
            return this;
        }
        int[] order = IntStream.range(0, size).boxed().sorted(Comparator.comparing(i -> accounts[i]))
                .mapToInt(Integer::intValue).toArray();
        AgingColumns result = new AgingColumns(records, size);
        for (int from : order) {
            result.accounts[result.size] = accounts[from];
            result.names[result.size] = names[from];
            result.currencies[result.size] = currencies[from];
            result.balances[result.size] = balances[from];
            System.arraycopy(amounts, from * width, result.amounts, result.size * width, width);
            result.size++;
        }
        return result;
    }

    @Override
    public CustomerAging get(int index) {
        check(index);
        return records.record(accounts[index], names[index], currencies[index], amounts, index * width,
                balances[index]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String account(int index) {
        check(index);
        return accounts[index];
    }

    @Override
    public String name(int index) {
        check(index);
        return names[index];
    }

    @Override
    public BigDecimal openBalance(int index) {
        check(index);
        return balances[index];
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
    }
}
