package org.dunwell.ledger.domain.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.ReminderRecipient;

/**
 * The rule of api-contract.md for whom letters and reminders go to: the primary COLLECTIONS contact,
 * else the first COLLECTIONS contact by name, else the customer's email; in that contact's language,
 * else the customer's, else the company's. A chosen contact without an email address is written to at the
 * customer's email.
 */
public final class ReminderRecipients {

    private ReminderRecipients() {
    }

    public static ReminderRecipient choose(List<ContactView> contacts, String customerEmail,
                                           String customerLanguage, String companyLanguage) {
        Optional<ContactView> contact = collectionsContact(contacts);
        String language = contact.map(ContactView::language).orElse(null);
        if (language == null) {
            language = customerLanguage != null ? customerLanguage : companyLanguage;
        }
        String email = contact.map(ContactView::email).orElse(null);
        return new ReminderRecipient(contact.map(ContactView::name).orElse(null),
                email != null ? email : customerEmail, language);
    }

    /** The primary COLLECTIONS contact, else the first COLLECTIONS contact by name. */
    static Optional<ContactView> collectionsContact(List<ContactView> contacts) {
        List<ContactView> collections = contacts.stream()
                .filter(c -> c.purpose() == ContactPurpose.COLLECTIONS).toList();
        return collections.stream().filter(ContactView::primary).findFirst()
                .or(() -> collections.stream().min(Comparator.comparing(ContactView::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ContactView::name)));
    }
}
