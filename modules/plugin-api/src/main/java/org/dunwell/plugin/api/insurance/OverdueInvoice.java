package org.dunwell.plugin.api.insurance;

import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;

/** An invoice as the insurer hears of it: number, dates and the amount still open. */
public record OverdueInvoice(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, MonetaryAmount openAmount) {

    public OverdueInvoice {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openAmount, "openAmount");
    }
}
