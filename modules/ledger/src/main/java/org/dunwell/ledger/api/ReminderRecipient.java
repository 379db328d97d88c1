package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the customer's letters and reminders go, and in which language (api-contract.md, contacts
 * import): the primary COLLECTIONS contact, else the first COLLECTIONS contact by name, else the
 * customer's email; in that contact's language, else the customer's, else the company's. {@code contact}
 * is null when no COLLECTIONS contact exists; {@code email} is null when there is nowhere to send an email.
 */
@Schema(description = "Where letters and reminders go: the primary COLLECTIONS contact, else the first COLLECTIONS"
        + " contact by name, else the customer's email; in that contact's language, else the customer's, else the"
        + " company's. contact is null without a COLLECTIONS contact, email null when there is none to write to.")
public record ReminderRecipient(String contact, String email,
                                @Schema(required = true) String language) {
}
