package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;

/** What is open on a customer's account as of a date, computed from documents and dated settlements. */
public interface AccountQueries {

    List<OpenItem> openItems(String company, String account, LocalDate asOf);

    Statement statement(String company, String account, LocalDate asOf);
}
