package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.newCompany;

import java.util.List;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerDraft;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Contacts through the API: the list replaces the customer's, a contact is kept by its name. */
class CustomerContactsTest {

    private static final UserName MANAGER = UserName.of("manager");

    private static CustomerDraft contacts(List<ContactView> contacts) {
        return new CustomerDraft(null, null, null, null, null, null, null, null, null, null, contacts);
    }

    private static ContactView contact(String name, ContactPurpose purpose, boolean primary, String email) {
        return new ContactView(name, purpose, primary, null, email, null, null);
    }

    @DatabaseTest
    void aContactOfTheSameNameIsChangedInPlaceAndOneNotNamedIsRemoved(TestDatabase db) {
        String company = newCompany(db, "EUR");
        CustomerView created = Ledger.tx(db, s -> s.customers().create(company, "K1", new CustomerDraft("Kappa",
                "EUR", null, null, null, null, null, "ap@kappa.example", null, null,
                List.of(contact("Ann", ContactPurpose.COLLECTIONS, true, "ann@kappa.example"),
                        contact("Bob", ContactPurpose.BILLING, false, null))), MANAGER));
        long annId = count(db, "SELECT k.id FROM customer_contact k JOIN customer c ON c.id = k.customer_id"
                + " WHERE c.company_code = ? AND k.name = 'Ann'", company);
        CustomerView updated = Ledger.tx(db, s -> s.customers().update(company, "K1", created.version(),
                contacts(List.of(contact("Cid", ContactPurpose.COLLECTIONS, false, "cid@kappa.example"),
                        contact("Ann", ContactPurpose.COLLECTIONS, false, "ann@new.example"))), MANAGER, "new AP team"));
        assertThat(updated.contacts()).extracting(ContactView::name).containsExactly("Cid", "Ann");
        assertThat(count(db, "SELECT k.id FROM customer_contact k JOIN customer c ON c.id = k.customer_id"
                + " WHERE c.company_code = ? AND k.name = 'Ann'", company)).as("Ann is the same row").isEqualTo(annId);
        assertThat(updated.reminderRecipient()).as("no primary: the first COLLECTIONS contact by name; company's language")
                .isEqualTo(new ReminderRecipient("Ann", "ann@new.example", "en"));
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'K1'"
                + " AND field_name = 'contacts' AND reason = 'new AP team'", company)).isEqualTo(1);
    }

    @DatabaseTest
    void aListNamingAContactTwiceIsRefusedAndChangesNothing(TestDatabase db) {
        String company = newCompany(db, "EUR");
        CustomerView created = Ledger.tx(db, s -> s.customers().create(company, "K2", new CustomerDraft("Kappa",
                "EUR", null, null, null, null, null, null, null, null,
                List.of(contact("Ann", ContactPurpose.COLLECTIONS, true, null))), MANAGER));
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.customers().update(company, "K2", created.version(),
                contacts(List.of(contact("Bob", ContactPurpose.OTHER, false, null),
                        contact("Bob", ContactPurpose.CREDIT, false, null))), MANAGER, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("contacts[1].name"));
        assertThat(Ledger.tx(db, s -> s.customers().get(company, "K2")).contacts())
                .extracting(ContactView::name).containsExactly("Ann");
    }
}
