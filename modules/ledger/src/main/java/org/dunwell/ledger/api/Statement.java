package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;

/**
 * A customer's account as of a date: its open items, the balance (debits minus credits
 * open), and the settlements made up to that date.
 */
public record Statement(String company, String account, String currency, LocalDate asOf, Money balance,
                        List<OpenItem> openItems, List<SettlementView> settlements) {
}
