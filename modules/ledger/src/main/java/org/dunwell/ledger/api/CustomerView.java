package org.dunwell.ledger.api;

import java.util.List;
import org.dunwell.kernel.api.Money;

/** A customer account with its master data, contacts and where its letters and reminders go. */
public record CustomerView(String company, String account, String name, String currency, String language,
                           String group, String region, Integer paymentTermsDays, Money creditLimit, String email,
                           String phone, String responsibleEmployee, List<ContactView> contacts,
                           ReminderRecipient reminderRecipient, long version) {
}
