package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Balance, overdue and payment history computed from the ledger as of a date, for one customer
 * or for the customers of a company page by page (a few set-based queries per page, never one
 * per customer), for credit checks and the risk scorecard.
 */
public interface ReceivableFigureQueries {

    /** The figures of one customer; unknown account: not found. */
    ReceivableFigures ofCustomer(String company, String account, LocalDate asOf);

    /**
     * The figures of at most {@code size} customers after {@code cursor} (null: from the start),
     * in a stable order; {@link FiguresPage#next()} is the cursor of the following page, null
     * after the last.
     */
    FiguresPage page(String company, String cursor, int size, LocalDate asOf);

    /** One page of figures and where the next one starts. */
    record FiguresPage(List<ReceivableFigures> items, String next) {
    }
}
