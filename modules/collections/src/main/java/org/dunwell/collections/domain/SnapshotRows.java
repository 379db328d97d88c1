package org.dunwell.collections.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.collections.domain.pool.PoolRule;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Where an aging snapshot's rows are kept: written a page at a time (a page written again after a restart
 * writes the same rows), read filtered by visibility (the live customer), pools and rules.
 */
public interface SnapshotRows {

    /** The most buckets a snapshot row holds. */
    int MAX_BUCKETS = 8;

    /** Sort orders of row lists. */
    enum Order {
        ACCOUNT,
        BALANCE_DESC,
        /** What is left to collect (balance less disputed amounts), largest first: the workspace's top list. */
        COLLECTIBLE_DESC,
        MOST_AGED_DESC,
        OLDEST_OVERDUE_DESC
    }

    /** Which rows a work list keeps: all, those with a collectible balance, those with an undisputed aged bucket. */
    enum Work {
        ANY, COLLECTIBLE, UNDISPUTED_AGED
    }

    /** What a read selects: visibility, pools (any of them; none: no pool filter) and extra rules (all). */
    record Selection(CustomerScope scope, List<PoolFilter> anyPool, List<PoolRule> rules, boolean rankedOnly,
                     Work work) {

        /** {@code rankedOnly}: rows with an accounting balance (an exchange rate was known). */
        public Selection(CustomerScope scope, List<PoolFilter> anyPool, List<PoolRule> rules, boolean rankedOnly) {
            this(scope, anyPool, rules, rankedOnly, Work.ANY);
        }
    }

    /** Replaces the rows of these accounts by {@code rows}. */
    void replace(long snapshot, Collection<String> accounts, List<CustomerFigures> rows);

    /** Rows of a snapshot in the given order, {@code limit} from {@code offset}. */
    List<CustomerFigures> read(String company, long snapshot, LocalDate asOf, List<String> bucketNames,
                               String accountingCurrency, Selection selection, Order order, long offset, int limit);

    long count(String company, long snapshot, List<String> bucketNames, Selection selection);

    /** After a snapshot is written: let the database's optimizer know the new rows. */
    void refreshStatistics();
}
