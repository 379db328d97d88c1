package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;

/** What is open on a customer's account as of a date, computed from documents and dated settlements. */
public interface AccountQueries {

    List<OpenItem> openItems(String company, String account, LocalDate asOf);

    Statement statement(String company, String account, LocalDate asOf);

    /**
     * Up to {@code size} customers of the company after account {@code after} (null: from the first), in account
     * order, each with its open items as of {@code asOf} (oldest due first): two queries a page, never one per
     * customer.
     */
    OpenAccount.Page openAccounts(String company, String after, int size, LocalDate asOf);
}
