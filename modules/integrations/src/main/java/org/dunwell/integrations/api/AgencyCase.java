package org.dunwell.integrations.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;

/**
 * A case as the agency gets it, in this module's words (the server's adapter makes the plugin API's record of it):
 * the case number (the same on a second attempt, so the agency opens one case), the debtor, the open invoices and
 * their total, what happened so far and whom to contact.
 */
public record AgencyCase(String caseNumber, String account, String name, String registrationNumber, String country,
                         List<Invoice> invoices, Money total, List<Event> history, List<Person> contacts) {

    public AgencyCase {
        invoices = List.copyOf(invoices);
        history = List.copyOf(history);
        contacts = List.copyOf(contacts);
    }

    /** An invoice of the case. */
    public record Invoice(String number, LocalDate invoiceDate, LocalDate dueDate, Money original, Money open) {
    }

    /** Something that happened on the customer's account. */
    public record Event(LocalDate date, String type, String text) {
    }

    /** A contact person at the customer. */
    public record Person(String name, String role, String email, String phone) {
    }
}
