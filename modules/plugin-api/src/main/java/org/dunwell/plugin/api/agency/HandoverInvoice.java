package org.dunwell.plugin.api.agency;

import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;

/** An invoice of the case: number, dates, original and open amount. */
public record HandoverInvoice(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, MonetaryAmount originalAmount,
        MonetaryAmount openAmount) {

    public HandoverInvoice {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openAmount, "openAmount");
    }
}
