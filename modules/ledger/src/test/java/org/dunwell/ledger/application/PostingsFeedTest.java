package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;
import static org.dunwell.ledger.support.Ledger.scalar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.api.PostingEntry;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.SettledCredit;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * What goes back to the ERP: every money movement made here (a fee, interest, a write-off, a settlement and its
 * undoing, a payment reversed) is in the company's postings feed once, in order, read with a cursor; what the ERP
 * imported is not; an ERP document carrying a movement's reconciliation key is matched, not counted twice.
 */
class PostingsFeedTest {

    private static final UserName AGENT = UserName.of("agent");

    @DatabaseTest
    void everyMovementMadeHereIsFedOnceInOrderAndAnErpDocumentWithItsKeyIsMatched(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "I1,C1,2026-08-01,2026-08-31,EUR,100.00\nI2,C1,2026-08-01,2026-08-31,EUR,50.00\n", company);
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount,applies_to\n"
                + "P0,C1,2026-09-01,EUR,10.00,I2\nP1,C1,2026-09-02,EUR,30.00,\n", company);
        assertThat(Ledger.tx(db, s -> s.postings().read(company, 0, 100)).entries())
                .as("what the ERP imported is its own").isEmpty();

        Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "C1", DocumentKind.FEE, "F1",
                new BigDecimal("5.00"), LocalDate.of(2026, 10, 1), null, "letter fee"), AGENT));
        Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "C1", DocumentKind.INTEREST, "N1",
                new BigDecimal("1.25"), LocalDate.of(2026, 10, 1), null, "interest", "I1"), AGENT));
        List<SettlementView> settled = Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company,
                "P1", List.of("I1"), null, null, false), AGENT));
        PostingEntry.Feed first = Ledger.tx(db, s -> s.postings().read(company, 0, 100));
        assertThat(first.entries()).extracting(e -> e.entryNo() + " " + e.kind() + " " + e.document() + " "
                + e.relatedDocument() + " " + e.amount().toPlainString()).containsExactly(
                "1 FEE F1 null 5.00", "2 INTEREST N1 I1 1.25", "3 SETTLED I1 P1 30.00");
        assertThat(first.next()).isEqualTo(3);

        Ledger.tx(db, s -> s.settlements().undo(company, settled.get(0).id(), null, "wrong invoice", AGENT));
        Ledger.tx(db, s -> s.documents().postSettledCredit(new SettledCredit(company, "I2", DocumentKind.WRITE_OFF,
                "W1", new BigDecimal("40.00"), null, "small balance"), AGENT));
        Ledger.tx(db, s -> s.documents().reversePayment(company, "P0", null, "returned by the bank", AGENT));
        PostingEntry.Feed second = Ledger.tx(db, s -> s.postings().read(company, first.next(), 100));
        assertThat(second.entries()).extracting(e -> e.entryNo() + " " + e.kind() + " " + e.document())
                .containsExactly("4 SETTLEMENT_UNDONE I1", "5 WRITE_OFF W1", "6 PAYMENT_REVERSED P0");
        assertThat(Ledger.tx(db, s -> s.postings().read(company, second.next(), 100)).entries())
                .as("read again from the cursor: nothing twice").isEmpty();
        assertThat(Ledger.tx(db, s -> s.postings().read(company, 0, 2)).entries()).extracting(PostingEntry::entryNo)
                .as("the same numbers on a second read from the start").containsExactly(1L, 2L);

        // the ERP books the write-off as its own credit note and sends it back with the movement's key
        String key = second.entries().get(1).reconciliationKey();
        ImportResult echo = importCsv(db, ImportKind.CREDIT_NOTES, "document,account,document_date,currency,amount,"
                + "reference\nERP-CN-9,C1,2026-10-05,EUR,40.00," + key + "\n", company);
        assertThat(echo.applied()).isZero();
        assertThat(echo.unchanged()).isEqualTo(1);
        assertThat(echo.warnings()).singleElement().asString().contains(key, "WRITE_OFF W1", "matched");
        assertThat(scalar(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND document = ?",
                company, "ERP-CN-9")).isZero();
    }

    @DatabaseTest
    void aPaymentReceivedHereIsFedAndTheErpsOwnBookingOfItIsMatchedNotCountedTwice(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "I1,C1,2026-08-01,2026-08-31,EUR,100.00\n", company);

        Ledger.tx(db, s -> s.documents().postReceivedPayment(new ReceivedPayment(company, "C1", "AGY-1",
                new BigDecimal("60.00"), LocalDate.of(2026, 10, 2), "agency REC-7", "recovered by the agency"), AGENT));
        assertThat(Ledger.<BigDecimal>tx(db, s -> s.documents().get(company, "AGY-1").openAmount().amount()))
                .as("posted unsettled, for the caller to apply").isEqualByComparingTo("60.00");
        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "AGY-1", List.of("I1"), null, null,
                false), AGENT));
        PostingEntry.Feed feed = Ledger.tx(db, s -> s.postings().read(company, 0, 100));
        assertThat(feed.entries()).extracting(e -> e.kind() + " " + e.document() + " " + e.relatedDocument() + " "
                + e.amount().toPlainString()).containsExactly("PAYMENT AGY-1 null 60.00", "SETTLED I1 AGY-1 60.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postReceivedPayment(new ReceivedPayment(company,
                "C1", "AGY-1", new BigDecimal("60.00"), null, null, "again"), AGENT)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postReceivedPayment(new ReceivedPayment(company,
                "C1", "AGY-2", new BigDecimal("-1.00"), null, null, "negative"), AGENT)))
                .isInstanceOf(InvalidInputException.class);

        // the ERP books the money the agency passed on and sends it back with the payment's key
        String key = feed.entries().get(0).reconciliationKey();
        ImportResult echo = importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount,reference\n"
                + "ERP-P-9,C1,2026-10-05,EUR,60.00," + key + "\n", company);
        assertThat(echo.applied()).isZero();
        assertThat(echo.warnings()).singleElement().asString().contains(key, "PAYMENT AGY-1", "matched");
        assertThat(Ledger.<BigDecimal>tx(db, s -> s.documents().get(company, "I1").openAmount().amount()))
                .as("the invoice is 60 less once, not twice").isEqualByComparingTo("40.00");
    }
}
