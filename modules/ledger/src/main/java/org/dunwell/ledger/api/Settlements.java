package org.dunwell.ledger.api;

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

    SettlementView undo(long settlementId, java.time.LocalDate date, String reason, UserName actor);

    Page<SettlementView> forCustomer(String company, String account, PageRequest page);
}
