package org.dunwell.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;

import java.util.List;
import org.dunwell.kernel.api.Violation;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** The contacts import of api-contract.md (key company + account + name) and the customers' responsible column. */
class ContactsImportTest {

    private static final String CONTACTS = """
            account,name,purpose,email,phone,language,role,primary
            C1,Ann Payer,COLLECTIONS,ann@alpha.example,+49 1,de,Accounts payable,true
            C1,Bob Buyer,billing,bob@alpha.example,,,,
            C1,Carl Credit,CREDIT,,,,,false
            C2,Dora Debt,COLLECTIONS,,,fr,,
            """;

    private static String setUp(TestDatabase db) {
        String company = newCompany(db, "EUR");
        ImportResult customers = importCsv(db, ImportKind.CUSTOMERS, """
                account,name,currency,language,email,responsible
                C1,Alpha GmbH,EUR,en,ap@alpha.example,manager
                C2,Beta SA,EUR,,ap@beta.example,
                C3,Gamma BV,EUR,nl,,
                """, company);
        assertThat(customers.errors()).isEmpty();
        return company;
    }

    private static CustomerView customer(TestDatabase db, String company, String account) {
        return Ledger.tx(db, s -> s.customers().get(company, account));
    }

    @DatabaseTest
    void contactsAreAddedInFileOrderWithTheirPurposeAndTheCustomerKnowsWhomToRemind(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CONTACTS, CONTACTS, company);
        assertThat(result.errors()).isEmpty();
        assertThat(result.applied()).isEqualTo(4);
        CustomerView alpha = customer(db, company, "C1");
        assertThat(alpha.responsibleEmployee()).isEqualTo("manager");
        assertThat(alpha.contacts()).containsExactly(
                new ContactView("Ann Payer", ContactPurpose.COLLECTIONS, true, "Accounts payable", "ann@alpha.example",
                        "+49 1", "de"),
                new ContactView("Bob Buyer", ContactPurpose.BILLING, false, null, "bob@alpha.example", null, null),
                new ContactView("Carl Credit", ContactPurpose.CREDIT, false, null, null, null, null));
        assertThat(alpha.reminderRecipient()).isEqualTo(new ReminderRecipient("Ann Payer", "ann@alpha.example", "de"));
        assertThat(customer(db, company, "C2").reminderRecipient())
                .as("a COLLECTIONS contact without email: written to at the customer's email, in the contact's language")
                .isEqualTo(new ReminderRecipient("Dora Debt", "ap@beta.example", "fr"));
        assertThat(customer(db, company, "C3").reminderRecipient())
                .as("no contact: the customer's email (none) in the customer's language")
                .isEqualTo(new ReminderRecipient(null, null, "nl"));
        assertThat(count(db, "SELECT version FROM customer WHERE company_code = ? AND account = 'C1'", company))
                .as("contacts are part of the customer: its version moves").isEqualTo(2);
    }

    @DatabaseTest
    void theSameFileAgainChangesNothing(TestDatabase db) {
        String company = setUp(db);
        importCsv(db, ImportKind.CONTACTS, CONTACTS, company);
        ImportResult again = importCsv(db, ImportKind.CONTACTS, CONTACTS, company);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.applied()).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM customer_contact k JOIN customer c ON c.id = k.customer_id"
                + " WHERE c.company_code = ?", company)).isEqualTo(4);
        assertThat(count(db, "SELECT version FROM customer WHERE company_code = ? AND account = 'C1'", company))
                .isEqualTo(2);
    }

    @DatabaseTest
    void aKnownContactGetsTheGivenValuesAndANewPrimaryTakesTheMarkFromTheOldOne(TestDatabase db) {
        String company = setUp(db);
        importCsv(db, ImportKind.CONTACTS, CONTACTS, company);
        ImportResult result = importCsv(db, ImportKind.CONTACTS, """
                account,name,purpose,email,primary
                C1,Bob Buyer,BILLING,bob@new.example,
                C1,Eve Early,COLLECTIONS,eve@alpha.example,true
                """, company);
        assertThat(result.errors()).isEmpty();
        assertThat(result.applied()).isEqualTo(2);
        CustomerView alpha = customer(db, company, "C1");
        assertThat(alpha.contacts()).extracting(ContactView::name, ContactView::primary, ContactView::email)
                .containsExactly(tuple("Ann Payer", false, "ann@alpha.example"),
                        tuple("Bob Buyer", false, "bob@new.example"),
                        tuple("Carl Credit", false, null),
                        tuple("Eve Early", true, "eve@alpha.example"));
        assertThat(alpha.reminderRecipient()).as("Eve has no language: the customer's")
                .isEqualTo(new ReminderRecipient("Eve Early", "eve@alpha.example", "en"));
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'C1'"
                + " AND field_name = 'contacts' AND actor = 'erp' AND reason = 'import'", company))
                .as("3 added to C1, then Bob changed, Eve added and Ann's mark moved").isEqualTo(6);
    }

    @DatabaseTest
    void withoutAPrimaryTheFirstCollectionsContactByNameIsReminded(TestDatabase db) {
        String company = setUp(db);
        importCsv(db, ImportKind.CONTACTS, """
                account,name,purpose,email
                C3,zoe Zeta,COLLECTIONS,zoe@gamma.example
                C3,Adam Alpha,OTHER,adam@gamma.example
                C3,Mia Mu,COLLECTIONS,mia@gamma.example
                """, company);
        assertThat(customer(db, company, "C3").reminderRecipient())
                .isEqualTo(new ReminderRecipient("Mia Mu", "mia@gamma.example", "nl"));
    }

    @DatabaseTest
    void twoPrimariesForOnePurposeInOneFileAreAConflictNamingTheEarlierLine(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CONTACTS, """
                account,name,purpose,primary
                C1,Ann Payer,COLLECTIONS,true
                C1,Bob Buyer,BILLING,true
                C1,Eve Early,COLLECTIONS,TRUE
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("line 2", "Ann Payer", "one primary contact per purpose");
        });
    }

    @DatabaseTest
    void badRowsAreRefusedNamingLineAndColumnAndAllOrNothingWritesNone(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CONTACTS, """
                account,name,purpose,email,primary,language
                C1,Ann Payer,COLLECTIONS,,,
                C1,Bob Buyer,PURCHASING,,,
                C1,Carl Credit,CREDIT,not-an-address,,
                C1,Dan Doubt,OTHER,,maybe,
                C1,Ed Edge,OTHER,,,english language
                C9,Fay Far,COLLECTIONS,,,
                C1,,COLLECTIONS,,,
                """, company);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(Violation::line, Violation::field).containsExactly(
                tuple(3L, "purpose"), tuple(4L, "email"), tuple(5L, "primary"), tuple(6L, "language"),
                tuple(7L, null), tuple(8L, "name"));
        assertThat(result.errors().get(4).message()).contains("C9", "not a customer");
        assertThat(count(db, "SELECT COUNT(*) FROM customer_contact k JOIN customer c ON c.id = k.customer_id"
                + " WHERE c.company_code = ?", company)).isZero();
    }

    @DatabaseTest
    void theResponsibleEmployeeIsImportedAndAChangeIsAudited(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,responsible\n"
                + "C1,Alpha GmbH,EUR,agent1\nC2,Beta SA,EUR,\n", company);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(customer(db, company, "C1").responsibleEmployee()).isEqualTo("agent1");
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'C1'"
                + " AND field_name = 'responsibleEmployee' AND old_value = 'manager' AND new_value = 'agent1'",
                company)).isEqualTo(1);
        List<String> none = List.of();
        assertThat(result.warnings()).isEqualTo(none);
    }
}
