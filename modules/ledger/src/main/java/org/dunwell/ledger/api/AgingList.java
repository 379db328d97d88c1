package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The aging of many customers (every customer in scope: 100 000 and more), in account order. The
 * list holds each customer's figures compactly and makes its {@link CustomerAging} record when it
 * is asked for (equal records each time): a caller that orders the list by one of its keys reads
 * the keys by index and makes the records of the customers it answers with only.
 */
public interface AgingList extends List<CustomerAging> {

    /** The account of the customer at {@code index}. */
    String account(int index);

    /** The name of the customer at {@code index}. */
    String name(int index);

    /** The open balance of the customer at {@code index}, in its currency (the record's amount). */
    BigDecimal openBalance(int index);

    /**
     * The indexes of the customers ordered by open balance, ties in account order (the list's
     * order): what a list sorted by balance is cut into pages from.
     */
    default List<Integer> byOpenBalance(boolean ascending) {
        Comparator<Integer> byBalance = Comparator.comparing(this::openBalance);
        return IntStream.range(0, size()).boxed().sorted(ascending ? byBalance : byBalance.reversed()).toList();
    }

    /** No customer. */
    static AgingList empty() {
        return EmptyAgingList.INSTANCE;
    }
}
