package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/**
 * The settlement engine: applies credits to debits, never more than either has open, safe
 * when called concurrently for the same documents.
 */
public interface Settlements {

    List<SettlementView> settle(SettlementRequest request, UserName actor);

    /** What {@link #settle} would apply now, by the same rules, without applying it (ids 0). */
    List<SettlementView> preview(SettlementRequest request, UserName actor);

    SettlementView undo(String company, long settlementId, LocalDate date, String reason, UserName actor);

    /**
     * What payments settled on these debits (invoices, fees) with a settlement date from
     * {@code from} to {@code to}, undone settlements left out: what a payment promise received.
     */
    BigDecimal paidOn(String company, List<String> debits, LocalDate from,
                                LocalDate to);

    Page<SettlementView> forCustomer(String company, String account, PageRequest page);
}
