package org.dunwell.plugin.api.agency;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.VendorProperties;

/**
 * A case handed to an agency: the host's case number, the debtor, the open invoices and their total, what
 * happened so far (letters, promises, disputes) and whom to contact.
 */
public record CaseHandover(String caseNumber, Debtor debtor, List<HandoverInvoice> invoices, MonetaryAmount total,
        List<HistoryEntry> history, List<Contact> contacts, Map<String, String> properties) {

    public CaseHandover {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(total, "total");
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a case is handed over with at least one invoice");
        }
        for (HandoverInvoice invoice : invoices) {
            if (!invoice.openAmount().currency().equals(total.currency())) {
                throw new IllegalArgumentException("the invoices of a case are in its total's currency");
            }
        }
        history = history == null ? List.of() : List.copyOf(history);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        properties = VendorProperties.copy(properties);
    }
}
