package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;

/** The aging list of no customer (a scope that matches none). */
final class EmptyAgingList extends AbstractList<CustomerAging> implements AgingList, RandomAccess {

    static final EmptyAgingList INSTANCE = new EmptyAgingList();

    private EmptyAgingList() {
    }

    @Override
    public CustomerAging get(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public String account(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public String name(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public BigDecimal openBalance(int index) {
        throw new IndexOutOfBoundsException(index);
    }
}
