package org.dunwell.ledger.domain.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;

/** The checks of a customer's list of contacts, whether it comes from the API or is built by an import. */
public final class Contacts {

    private Contacts() {
    }

    /** One contact's values as they are kept, or refused naming the field ({@code at} + member). */
    public static ContactView check(String at, ContactView contact) {
        if (contact.purpose() == null) {
            throw InvalidInputException.ofField(at + "purpose", "is required: one of "
                    + Arrays.toString(ContactPurpose.values()));
        }
        return new ContactView(MasterData.name(at + "name", contact.name()), contact.purpose(), contact.primary(),
                MasterData.text(at + "role", contact.role(), MasterData.ROLE_LENGTH),
                MasterData.email(at + "email", contact.email()),
                MasterData.text(at + "phone", contact.phone(), MasterData.PHONE_LENGTH),
                MasterData.language(at + "language", contact.language()));
    }

    /** The list checked: each contact, names unique, at most one primary contact per purpose. */
    static List<ContactView> check(List<ContactView> given) {
        List<ContactView> checked = new ArrayList<>(given.size());
        Set<String> names = new HashSet<>();
        Map<ContactPurpose, String> primaries = new EnumMap<>(ContactPurpose.class);
        for (int i = 0; i < given.size(); i++) {
            String at = "contacts[" + i + "].";
            if (given.get(i) == null) {
                throw InvalidInputException.ofField("contacts[" + i + "]", "must be a contact, not null");
            }
            ContactView contact = check(at, given.get(i));
            if (!names.add(contact.name())) {
                throw InvalidInputException.ofField(at + "name", "'" + contact.name()
                        + "' is named twice: a contact's name is its key within the customer");
            }
            if (contact.primary()) {
                String other = primaries.putIfAbsent(contact.purpose(), contact.name());
                if (other != null) {
                    throw InvalidInputException.ofField(at + "primary", "'" + other + "' is already the primary "
                            + contact.purpose() + " contact: a customer has one primary contact per purpose");
                }
            }
            checked.add(contact);
        }
        return checked;
    }
}
