package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;
import static org.dunwell.ledger.support.Ledger.scalar;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerDraft;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.api.Statement;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Single documents through the API, the ERP's corrections, and what is open as of a date. */
class DocumentsAndStatementTest {

    private static String ledgerWithTwoInvoicesAndAPayment(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\nC2,Two,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-09-30,EUR,300.00
                I2,C1,2026-09-10,2026-10-10,EUR,200.00
                """, company);
        assertThat(importCsv(db, ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                P1,C1,2026-10-05,EUR,300.00,I1
                P2,C1,2026-10-06,EUR,150.00,I2
                """, company).applied()).isEqualTo(2);
        return company;
    }

    private static BigDecimal open(TestDatabase db, String company, String document) {
        return scalar(db, "SELECT open_amount FROM ledger_transaction WHERE company_code = ? AND document = ?",
                company, document);
    }

    @DatabaseTest
    void aDocumentPostedAsJsonFollowsTheImportRules(TestDatabase db) {
        String company = ledgerWithTwoInvoicesAndAPayment(db);
        DocumentDraft draft = new DocumentDraft(DocumentKind.INVOICE, null, "J1", "C2", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), "EUR", new BigDecimal("42.10"), "SO-9", "PO-9", "Consulting", null);
        DocumentView posted = Ledger.tx(db, s -> s.documents().post(draft, company, Ledger.ERP));
        assertThat(posted.openAmount().toPlainString()).isEqualTo("42.10");
        assertThat(posted.customerPo()).isEqualTo("PO-9");
        assertThat(posted.createdBy()).isEqualTo("erp");
        assertThat(Ledger.tx(db, s -> s.documents().post(draft, company, Ledger.ERP)).version())
                .as("the same document again is unchanged").isEqualTo(posted.version());
        DocumentDraft changed = new DocumentDraft(DocumentKind.INVOICE, null, "J1", "C2", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), "EUR", new BigDecimal("43.00"), null, null, null, null);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().post(changed, company, Ledger.ERP)))
                .isInstanceOf(ConflictException.class);
        DocumentDraft wrongCurrency = new DocumentDraft(DocumentKind.INVOICE, null, "J2", "C2",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), "USD", BigDecimal.TEN, null, null, null, null);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().post(wrongCurrency, company, Ledger.ERP)))
                .isInstanceOf(RuleViolationException.class);
        DocumentDraft negative = new DocumentDraft(DocumentKind.INVOICE, null, "J3", "C2", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), "EUR", new BigDecimal("-1"), null, null, null, null);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().post(negative, company, Ledger.ERP)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND document LIKE 'J%'",
                company)).isEqualTo(1);
    }

    @DatabaseTest
    void cancellingAnInvoicePostsACreditNoteThatSettlesWhatIsOpen(TestDatabase db) {
        String company = ledgerWithTwoInvoicesAndAPayment(db);
        DocumentView cancelled = Ledger.tx(db, s -> s.documents().cancelInvoice(company, "I2", null,
                LocalDate.of(2026, 11, 2), "wrong customer", Ledger.ERP));
        assertThat(cancelled.status()).isEqualTo(DocumentStatus.CANCELLED);
        assertThat(open(db, company, "I2")).isEqualByComparingTo("0");
        DocumentView creditNote = Ledger.tx(db, s -> s.documents().get(company, "I2-CN"));
        assertThat(creditNote.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(creditNote.amount().toPlainString()).as("what was still open").isEqualTo("50.00");
        assertThat(creditNote.openAmount().isZero()).isTrue();
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().cancelInvoice(company, "I2", null, null, "again",
                Ledger.ERP))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().cancelInvoice(company, "I1", null, null,
                "paid in full", Ledger.ERP))).isInstanceOf(ConflictException.class).hasMessageContaining("reverse");
    }

    @DatabaseTest
    void reversingAPaymentUndoesItsSettlementsAndReopensTheInvoices(TestDatabase db) {
        String company = ledgerWithTwoInvoicesAndAPayment(db);
        DocumentView reversed = Ledger.tx(db, s -> s.documents().reversePayment(company, "P1",
                LocalDate.of(2026, 11, 10), "returned by the bank", Ledger.ERP));
        assertThat(reversed.status()).isEqualTo(DocumentStatus.REVERSED);
        assertThat(open(db, company, "I1")).isEqualByComparingTo("300.00");
        assertThat(open(db, company, "P1")).isEqualByComparingTo("0");
        assertThat(count(db, """
                SELECT COUNT(*) FROM settlement s JOIN ledger_transaction p ON p.id = s.credit_id
                WHERE p.company_code = ? AND p.document = 'P1' AND s.undone_on = ?""",
                company, Date.valueOf("2026-11-10"))).isEqualTo(1);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().reversePayment(company, "P1", null, "again",
                Ledger.ERP))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().reversePayment(company, "I1", null, "no",
                Ledger.ERP))).isInstanceOf(RuleViolationException.class);
    }

    @DatabaseTest
    void openItemsAndTheStatementAreAsOfADate(TestDatabase db) {
        String company = ledgerWithTwoInvoicesAndAPayment(db);
        Ledger.tx(db, s -> s.documents().reversePayment(company, "P1", LocalDate.of(2026, 11, 10), "NSF",
                Ledger.ERP));

        List<OpenItem> beforePayments = Ledger.tx(db, s -> s.accounts().openItems(company, "C1",
                LocalDate.of(2026, 10, 1)));
        assertThat(beforePayments).extracting(OpenItem::document, i -> i.openAmount().toPlainString())
                .containsExactly(Tuple.tuple("I1", "300.00"),
                        Tuple.tuple("I2", "200.00"));

        List<OpenItem> afterPayments = Ledger.tx(db, s -> s.accounts().openItems(company, "C1",
                LocalDate.of(2026, 10, 31)));
        assertThat(afterPayments).extracting(OpenItem::document, i -> i.openAmount().toPlainString())
                .containsExactly(Tuple.tuple("I2", "50.00"));

        Statement afterReversal = Ledger.tx(db, s -> s.accounts().statement(company, "C1",
                LocalDate.of(2026, 11, 15)));
        assertThat(afterReversal.openItems()).extracting(OpenItem::document).containsExactly("I1", "I2");
        assertThat(afterReversal.balance().toPlainString()).isEqualTo("350.00");
        assertThat(afterReversal.settlements()).hasSize(2);
        assertThat(afterReversal.settlements()).filteredOn(v -> v.creditDocument().equals("P1"))
                .singleElement().satisfies(v -> assertThat(v.undoneOn()).isEqualTo(LocalDate.of(2026, 11, 10)));

        Statement beforeAnything = Ledger.tx(db, s -> s.accounts().statement(company, "C1",
                LocalDate.of(2026, 8, 1)));
        assertThat(beforeAnything.openItems()).isEmpty();
        assertThat(beforeAnything.balance().isZero()).isTrue();
    }

    @DatabaseTest
    void documentListsFilterAndPage(TestDatabase db) {
        String company = ledgerWithTwoInvoicesAndAPayment(db);
        var invoices = Ledger.tx(db, s -> s.documents().list(new DocumentFilter(company, DocumentKind.INVOICE, "C1",
                null, null, null, null, CustomerScope.ALL), PageRequest.parse(0, 1, "documentDate,desc")));
        assertThat(invoices.total()).isEqualTo(2);
        assertThat(invoices.items()).extracting(DocumentView::document).containsExactly("I2");
        var open = Ledger.tx(db, s -> s.documents().list(new DocumentFilter(company, null, null, null, null, true,
                null, CustomerScope.ALL), PageRequest.first(50)));
        assertThat(open.items()).extracting(DocumentView::document).containsExactly("I2");
        var north = CustomerScope.anyOf(List.of(
                new CustomerCriteria(company, "NORTH", null, null)));
        var hidden = Ledger.tx(db, s -> s.documents().list(new DocumentFilter(company, null, null, null, null, null,
                null, north), PageRequest.first(50)));
        assertThat(hidden.total()).as("no customer of this ledger is in region NORTH").isZero();
        var customers = Ledger.tx(db, s -> s.customers().list(new CustomerFilter(company, null,
                null, null, null, north), PageRequest.first(50)));
        assertThat(customers.total()).isZero();
        var all = Ledger.tx(db, s -> s.customers().list(new CustomerFilter(company, null,
                null, null, "c", CustomerScope.ALL), PageRequest.first(50)));
        assertThat(all.total()).isEqualTo(2);
    }

    @DatabaseTest
    void customersChangeWithTheCurrentVersionOnlyAndAreAudited(TestDatabase db) {
        String company = newCompany(db, "EUR");
        CustomerView created = Ledger.tx(db, s -> s.customers().create(company, "K1", new CustomerDraft("Kappa",
                "EUR", "de", "RETAIL", "NORTH", 30, new BigDecimal("5000"), null, null, "Ms Miller",
                List.of(new ContactView("Anna Kappa", ContactPurpose.COLLECTIONS, true, "AP clerk", "anna@kappa.example",
                        "+49 1", null))),
                UserName.of("admin")));
        assertThat(created.contacts()).singleElement().satisfies(c -> assertThat(c.primary()).isTrue());
        assertThat(created.reminderRecipient()).isEqualTo(new ReminderRecipient("Anna Kappa", "anna@kappa.example", "de"));
        assertThat(created.creditLimit().toPlainString()).isEqualTo("5000.00");
        CustomerView updated = Ledger.tx(db, s -> s.customers().update(company, "K1", created.version(),
                new CustomerDraft(null, null, null, null, "SOUTH", null, null, null, null, null, null),
                UserName.of("manager"), "moved"));
        assertThat(updated.region()).isEqualTo("SOUTH");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.customers().update(company, "K1", created.version(),
                new CustomerDraft("Lost", null, null, null, null, null, null, null, null, null, null),
                UserName.of("manager"), null))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.customers().create(company, "K1", new CustomerDraft("Again",
                "EUR", null, null, null, null, null, null, null, null, null), UserName.of("admin"))))
                .isInstanceOf(ConflictException.class);
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'K1'"
                + " AND field_name = 'region' AND old_value = 'NORTH' AND new_value = 'SOUTH' AND actor = 'manager'"
                + " AND reason = 'moved'", company)).isEqualTo(1);
    }
}
