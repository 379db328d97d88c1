package org.dunwell.ledger.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ReceivableFigureQueries.FiguresPage;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.infrastructure.jdbc.JdbcReceivableFigures;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Balance, overdue and payment history against ledgers computed by hand (the sums are in the comments). */
class ReceivableFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /**
     * C1: I1 300 due 09-30 paid 10-05 (5 days late); I2 200 due 10-10, 150 paid 10-06 and 50 open;
     * I3 100 not due, disputed; I4 80 cancelled on 11-02; I5 500 due 07-01 unpaid; credit note 20
     * and payments 40 + 10 on 11-10 unapplied. C2: I6 100 due 10-31 paid 10-20, reversed 11-15.
     */
    private static String ledger(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\nC2,Two,EUR\nC3,Three,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-09-30,EUR,300.00
                I2,C1,2026-09-10,2026-10-10,EUR,200.00
                I3,C1,2026-11-01,2026-12-01,EUR,100.00
                I4,C1,2026-08-01,2026-08-31,EUR,80.00
                I5,C1,2026-06-01,2026-07-01,EUR,500.00
                I6,C2,2026-10-01,2026-10-31,EUR,100.00
                """, company);
        importCsv(db, ImportKind.CREDIT_NOTES, """
                document,account,document_date,currency,amount
                CN1,C1,2026-11-05,EUR,20.00
                """, company);
        importCsv(db, ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                P1,C1,2026-10-05,EUR,300.00,I1
                P2,C1,2026-10-06,EUR,150.00,I2
                P3,C1,2026-11-10,EUR,40.00,
                P4,C1,2026-11-10,EUR,10.00,
                P5,C2,2026-10-20,EUR,100.00,I6
                """, company);
        Ledger.tx(db, s -> s.documents().cancelInvoice(company, "I4", null, LocalDate.of(2026, 11, 2), "duplicate",
                Ledger.ERP));
        Ledger.tx(db, s -> s.documents().reversePayment(company, "P5", LocalDate.of(2026, 11, 15), "returned",
                Ledger.ERP));
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE ledger_transaction SET collection_status = 'DISPUTED' WHERE company_code = ? AND document = 'I3'")) {
            s.setString(1, company);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return company;
    }

    private static ReceivableFigures figures(TestDatabase db, String company, String account, LocalDate asOf) {
        return db.inTransaction(Ledger.UNIT, (EntityManager em) -> new JdbcReceivableFigures(em)
                .ofCustomer(company, account, asOf));
    }

    @DatabaseTest
    void todaysFiguresMatchTheHandComputation(TestDatabase db) {
        String company = ledger(db);
        ReceivableFigures c1 = figures(db, company, "C1", TODAY);
        // debits 300+200+100+80+500 = 1180, credits 300+150+80 (cancellation)+20+40+10 = 600
        assertThat(c1.balance().toPlainString()).isEqualTo("580.00");
        // overdue I5 500 + I2 50, less the 70 unapplied from the oldest: 430 + 50
        assertThat(c1.overdue().toPlainString()).isEqualTo("480.00");
        assertThat(c1.oldestOverdueDays()).as("07-01 to 11-22").isEqualTo(144);
        assertThat(c1.customerSince()).isEqualTo(LocalDate.of(2026, 6, 1));
        // (300×5 + 150×0 + 50×43 + 500×144) / (300+150+50+500) = 75650 / 1000
        assertThat(c1.history().averageDaysPastDue()).isEqualByComparingTo("75.7");
        assertThat(c1.history().longestDelinquencyDays()).isEqualTo(144);
        assertThat(c1.history().invoices()).as("the cancelled I4 is left out").isEqualTo(4);
        assertThat(c1.history().lateInvoices()).as("I1, I2, I5").isEqualTo(3);
        assertThat(c1.history().disputedInvoices()).isEqualTo(1);
        assertThat(c1.history().disputeRate()).isEqualByComparingTo("0.25");
        assertThat(c1.history().lastPaymentDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(c1.history().lastPaymentAmount().toPlainString()).as("both payments of that day").isEqualTo("50.00");

        ReceivableFigures c2 = figures(db, company, "C2", TODAY);
        assertThat(c2.balance().toPlainString()).as("the reversed payment no longer counts").isEqualTo("100.00");
        assertThat(c2.overdue().toPlainString()).isEqualTo("100.00");
        assertThat(c2.oldestOverdueDays()).isEqualTo(22);
        assertThat(c2.history().averageDaysPastDue()).isEqualByComparingTo("22.0");
        assertThat(c2.history().lastPaymentDate()).isNull();
        assertThat(c2.history().lastPaymentAmount()).isNull();
    }

    @DatabaseTest
    void figuresAsOfAPastDateSeeOnlyWhatExistedThen(TestDatabase db) {
        String company = ledger(db);
        ReceivableFigures c1 = figures(db, company, "C1", LocalDate.of(2026, 10, 1));
        // I1, I2, I4, I5 dated by then, no credit yet
        assertThat(c1.balance().toPlainString()).isEqualTo("1080.00");
        assertThat(c1.overdue().toPlainString()).as("I1 300 + I4 80 + I5 500").isEqualTo("880.00");
        assertThat(c1.oldestOverdueDays()).isEqualTo(92);
        // (300×1 + 500×92) / 800 = 57.875
        assertThat(c1.history().averageDaysPastDue()).isEqualByComparingTo("57.9");
        assertThat(c1.history().invoices()).isEqualTo(3);
        assertThat(c1.history().lateInvoices()).isEqualTo(2);
        assertThat(c1.history().lastPaymentDate()).isNull();

        ReceivableFigures c2 = figures(db, company, "C2", LocalDate.of(2026, 11, 1));
        assertThat(c2.balance().isZero()).as("paid on 10-20, reversed only on 11-15").isTrue();
        assertThat(c2.overdue().isZero()).isTrue();
        assertThat(c2.history().averageDaysPastDue()).isEqualByComparingTo("0");
        assertThat(c2.history().lateInvoices()).isZero();
        assertThat(c2.history().lastPaymentAmount().toPlainString()).isEqualTo("100.00");
    }

    @DatabaseTest
    void pagesWalkEveryCustomerOnceAndAnUnknownAccountIsNotFound(TestDatabase db) {
        String company = ledger(db);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String from = cursor;
            FiguresPage page = db.inTransaction(Ledger.UNIT,
                    (EntityManager em) -> new JdbcReceivableFigures(em).page(company, from, 2, TODAY));
            page.items().forEach(f -> seen.add(f.account()));
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).containsExactlyInAnyOrder("C1", "C2", "C3");
        ReceivableFigures c3 = figures(db, company, "C3", TODAY);
        assertThat(c3.balance().isZero()).isTrue();
        assertThat(c3.history().invoices()).isZero();
        assertThat(c3.history().averageDaysPastDue()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> figures(db, company, "NOPE", TODAY)).isInstanceOf(NotFoundException.class);
    }
}
