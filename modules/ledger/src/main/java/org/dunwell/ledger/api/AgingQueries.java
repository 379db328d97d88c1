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
    List<CustomerAging> all(String company, LocalDate asOf, AgingBasis basis, List<AgingBucketSpec> buckets,
                            CustomerScope scope);

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

    /** A page of aged customers; {@code next} is the cursor of the following page, null after the last. */
    record AgingPage(List<AgedCustomer> items, String next) {
        public AgingPage {
            items = List.copyOf(items);
        }
    }
}
