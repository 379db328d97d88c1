package org.dunwell.ai.api;

import java.time.LocalDate;
import org.dunwell.ledger.api.CustomerScope;

/** Customer summaries, written from the customer's facts. */
public interface Summaries {

    /** The summary of one customer of the scope as of a day, in {@code language} (null: the customer's). */
    SummaryView summary(String company, String account, LocalDate asOf, String language, CustomerScope scope);
}
