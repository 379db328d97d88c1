package org.dunwell.plugin.api.insurance;

import java.util.List;
import java.util.Objects;

/** Overdue invoices of one insured buyer, under its cover. */
public record OverdueNotification(String coverReference, String account, List<OverdueInvoice> invoices) {

    public OverdueNotification {
        Objects.requireNonNull(coverReference, "coverReference");
        Objects.requireNonNull(account, "account");
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a notification names at least one invoice");
        }
    }
}
