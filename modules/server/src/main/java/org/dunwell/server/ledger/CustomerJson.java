package org.dunwell.server.ledger;

import java.util.List;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.ReminderRecipient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer as the API shows it; its credit limit (the effective one) is in its credit profile. */
@Schema(description = "A customer as the API shows it. Its credit limit, the one in force after approved limit requests, is in /customers/{account}/credit; the ERP's credit_limit is only the first one.")
public record CustomerJson(@Schema(required = true, ref = "Key") String company,
                           @Schema(required = true, ref = "Key") String account,
                           @Schema(required = true) String name,
                           @Schema(required = true, ref = "Currency") String currency,
                           String language,
                           String group,
                           String region,
                           Integer paymentTermsDays,
                           String email,
                           String phone,
                           String responsibleEmployee,
                           @Schema(required = true) List<ContactView> contacts,
                           @Schema(required = true) ReminderRecipient reminderRecipient,
                           long version) {

    static CustomerJson of(CustomerView v) {
        return new CustomerJson(v.company(), v.account(), v.name(), v.currency(), v.language(), v.group(), v.region(),
                v.paymentTermsDays(), v.email(),
                v.phone(), v.responsibleEmployee(), v.contacts(), v.reminderRecipient(), v.version());
    }
}
