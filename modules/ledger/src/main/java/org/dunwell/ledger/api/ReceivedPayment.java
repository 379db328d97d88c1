package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received through Dunwell rather than imported from the ERP (a collection agency's recovery): posted in
 * the customer's currency on {@code date} (default: the business date), left unsettled for the caller to apply, and
 * fed to the ERP on the postings feed as a {@code PAYMENT}, whose reconciliation key the ERP's own booking of the same
 * money carries so that its import does not count it twice.
 */
public record ReceivedPayment(String company, String account, String document, BigDecimal amount, LocalDate date,
                              String reference, String description) {
}
