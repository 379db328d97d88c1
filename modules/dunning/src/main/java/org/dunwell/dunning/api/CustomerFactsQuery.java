package org.dunwell.dunning.api;

import java.time.LocalDate;
import org.dunwell.ledger.api.CustomerScope;

/** The facts a summary or a reminder about one customer may state, as of a date. */
public interface CustomerFactsQuery {

    /** How many invoices each list of the facts holds unless configured otherwise. */
    int DEFAULT_LIST_SIZE = 25;

    /** The days the system gives a customer to pay from the day of a reminder (the letters say the same). */
    int PAYMENT_DAYS = 7;

    /** One customer of the scope (others: not found), each list at most {@code listSize} long. */
    CustomerFacts facts(String company, String account, LocalDate asOf, int listSize, CustomerScope scope);
}
