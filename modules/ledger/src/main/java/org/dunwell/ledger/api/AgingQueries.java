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
}
