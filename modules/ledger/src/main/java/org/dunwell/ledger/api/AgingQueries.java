package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Aging as of any date, computed live from documents and dated settlements in set-based
 * queries (no loop over customers).
 */
public interface AgingQueries {

    /** One customer; not found when it does not exist or is outside the scope. */
    CustomerAging customer(String company, String account, LocalDate asOf, AgingBasis basis,
                           List<AgingBucketSpec> buckets, CustomerScope scope);

    /** Every customer of the company in scope, in account order. */
    AgingList all(String company, LocalDate asOf, AgingBasis basis, List<AgingBucketSpec> buckets,
                  CustomerScope scope);

    /**
     * Every customer of the company in scope, account and name only, in account order: what a list
     * sorts and cuts into pages before it ages the customers of one page ({@link #accounts}).
     */
    List<CustomerKey> customers(String company, CustomerScope scope);

    /**
     * The customers of {@code accounts} (at most 500) with their aging, in the order given; an
     * account unknown or outside the scope is left out. Costs the few grouped queries of
     * {@link #all}, over those customers only.
     */
    List<CustomerAging> accounts(String company, List<String> accounts, LocalDate asOf, AgingBasis basis,
                                 List<AgingBucketSpec> buckets, CustomerScope scope);

    /**
     * The customers in scope after {@code cursor} (null: from the first), at most {@code size},
     * in a stable order, with their aging and snapshot details; each page costs a fixed number
     * of index-range queries, so memory stays flat over any number of customers.
     */
    AgingPage page(String company, String cursor, int size, LocalDate asOf, AgingBasis basis,
                   List<AgingBucketSpec> buckets, CustomerScope scope);

    /**
     * Every customer in scope after {@code cursor} (null: from the first) with its aging and snapshot
     * details, in one pass over the open items whatever the number of customers: for jobs that walk
     * them all. It reads on a connection of its own, outside the caller's transactions ({@link StreamReads}), so it
     * outlives the commits of the pages written from it; the caller closes it. Memory stays flat.
     */
    AgingStream stream(String company, String cursor, LocalDate asOf, AgingBasis basis,
                       List<AgingBucketSpec> buckets, CustomerScope scope);

    /** A customer's account and name: the keys a list of customers is ordered by. */
    record CustomerKey(String account, String name) {
    }

    /** A page of aged customers; {@code next} is the cursor of the following page, null after the last. */
    record AgingPage(List<AgedCustomer> items, String next) {
        public AgingPage {
            items = List.copyOf(items);
        }
    }
}
