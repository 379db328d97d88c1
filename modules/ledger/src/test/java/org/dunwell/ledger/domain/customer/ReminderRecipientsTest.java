package org.dunwell.ledger.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.ReminderRecipient;
import org.junit.jupiter.api.Test;

/** Whom letters and reminders go to, and in which language (api-contract.md, contacts import). */
class ReminderRecipientsTest {

    private static ContactView contact(String name, ContactPurpose purpose, boolean primary, String email,
                                       String language) {
        return new ContactView(name, purpose, primary, null, email, null, language);
    }

    @Test
    void thePrimaryCollectionsContactComesFirst() {
        List<ContactView> contacts = List.of(contact("Ann", ContactPurpose.COLLECTIONS, false, "ann@x.example", "de"),
                contact("Bob", ContactPurpose.BILLING, true, "bob@x.example", "fr"),
                contact("Cid", ContactPurpose.COLLECTIONS, true, "cid@x.example", null));
        assertThat(ReminderRecipients.choose(contacts, "ap@x.example", "nl", "en"))
                .isEqualTo(new ReminderRecipient("Cid", "cid@x.example", "nl"));
    }

    @Test
    void elseTheFirstCollectionsContactByNameIgnoringCase() {
        List<ContactView> contacts = List.of(contact("bea", ContactPurpose.COLLECTIONS, false, null, null),
                contact("Abe", ContactPurpose.OTHER, false, "abe@x.example", "de"),
                contact("Cara", ContactPurpose.COLLECTIONS, false, "cara@x.example", "it"));
        assertThat(ReminderRecipients.choose(contacts, "ap@x.example", null, "en"))
                .as("bea has no email: the customer's; no language of hers or the customer's: the company's")
                .isEqualTo(new ReminderRecipient("bea", "ap@x.example", "en"));
    }

    @Test
    void elseTheCustomersEmailInTheCustomersOrTheCompanysLanguage() {
        List<ContactView> others = List.of(contact("Abe", ContactPurpose.BILLING, true, "abe@x.example", "de"));
        assertThat(ReminderRecipients.choose(others, "ap@x.example", "sv", "en"))
                .isEqualTo(new ReminderRecipient(null, "ap@x.example", "sv"));
        assertThat(ReminderRecipients.choose(List.of(), null, null, "en"))
                .isEqualTo(new ReminderRecipient(null, null, "en"));
    }

    @Test
    void aListWithANameTwiceOrTwoPrimariesOfOnePurposeIsRefusedNamingTheField() {
        ContactView ann = contact("Ann", ContactPurpose.COLLECTIONS, true, null, null);
        assertThatThrownBy(() -> Contacts.check(List.of(ann, contact("Ann", ContactPurpose.OTHER, false, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("contacts[1].name"));
        assertThatThrownBy(() -> Contacts.check(List.of(ann, contact("Bob", ContactPurpose.COLLECTIONS, true, null,
                null)))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("contacts[1].primary"));
        assertThatThrownBy(() -> Contacts.check(List.of(new ContactView("Cid", null, false, null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("contacts[0].purpose"));
        assertThat(Contacts.check(List.of(ann, contact("Bob", ContactPurpose.BILLING, true, null, null))))
                .as("one primary per purpose is fine").hasSize(2);
    }
}
