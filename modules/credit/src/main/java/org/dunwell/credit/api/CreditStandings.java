package org.dunwell.credit.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;

/** Credit standings of many customers at once (workspace lists, aging snapshots). */
public interface CreditStandings {

    /**
     * The standing of each customer given, from its balance as of the date, in a fixed number of
     * queries whatever the number of customers (plus one per limit group among them).
     */
    List<CreditStanding> standings(String company, List<Basis> customers, LocalDate asOf);

    /** A customer's balance as of the day and the credit limit its master data gives. */
    record Basis(String account, Money balance, Money masterCreditLimit) {
    }
}
