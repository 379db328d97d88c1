package org.dunwell.integrations.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/** An invoice as the insurer hears of it: number, dates, what is still open. */
public record InsuredInvoice(String number, LocalDate invoiceDate, LocalDate dueDate, Money open) {
}
