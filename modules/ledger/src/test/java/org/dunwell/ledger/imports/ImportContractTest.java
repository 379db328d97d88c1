package org.dunwell.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;
import static org.dunwell.ledger.support.Ledger.scalar;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.Violation;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** The import rules of api-contract.md, one test each, checked in the database. */
class ImportContractTest {

    private static final String CUSTOMERS = """
            account,name,currency,region,group,payment_terms_days,credit_limit,email
            C1,Alpha GmbH,EUR,NORTH,RETAIL,30,10000.00,ap@alpha.example
            C2,Beta SA,EUR,SOUTH,WHOLESALE,45,5000,ap@beta.example
            """;
    private static final String INVOICES = """
            document,account,document_date,due_date,currency,amount,reference,customer_po,description
            INV-1,C1,2026-09-01,2026-10-01,EUR,1000.00,SO-1,PO-77,Machines
            INV-2,C1,2026-10-01,2026-10-31,EUR,250.50,SO-2,,Spare parts
            INV-3,C2,2026-10-05,2026-11-04,EUR,99.99,,,
            """;

    private static String setUp(TestDatabase db) {
        String company = newCompany(db, "EUR");
        assertThat(importCsv(db, ImportKind.CUSTOMERS, CUSTOMERS, company).applied()).isEqualTo(2);
        ImportResult invoices = importCsv(db, ImportKind.INVOICES, INVOICES, company);
        assertThat(invoices.errors()).isEmpty();
        assertThat(invoices.applied()).isEqualTo(3);
        return company;
    }

    private static BigDecimal open(TestDatabase db, String company, String document) {
        return scalar(db, "SELECT open_amount FROM ledger_transaction WHERE company_code = ? AND document = ?",
                company, document);
    }

    @DatabaseTest
    void reImportingTheSameFilesChangesNothing(TestDatabase db) {
        String company = setUp(db);
        ImportResult customers = importCsv(db, ImportKind.CUSTOMERS, CUSTOMERS, company);
        ImportResult invoices = importCsv(db, ImportKind.INVOICES, INVOICES, company);
        assertThat(customers.unchanged()).isEqualTo(2);
        assertThat(customers.applied()).isZero();
        assertThat(invoices.unchanged()).isEqualTo(3);
        assertThat(invoices.applied()).isZero();
        assertThat(invoices.received()).isEqualTo(3);
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ?", company)).isEqualTo(3);
        assertThat(count(db, "SELECT MAX(version) FROM customer WHERE company_code = ?", company)).isEqualTo(1);
    }

    @DatabaseTest
    void aChangedDocumentIsRejectedAndTheStoredOneStays(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                INV-1,C1,2026-09-01,2026-10-01,EUR,1100.00
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("INV-1", "other values", "amount");
        });
        assertThat(open(db, company, "INV-1")).isEqualByComparingTo("1000.00");
    }

    @DatabaseTest
    void customersAreUpsertedAndEveryChangeIsAuditedAsTheImportingUser(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS, """
                account,name,currency,region,credit_limit
                C1,Alpha GmbH & Co. KG,EUR,WEST,20000
                C3,Gamma BV,EUR,,
                """, company);
        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("line 2", "credit_limit", "C1"));
        assertThat(scalar(db, "SELECT credit_limit FROM customer WHERE company_code = ? AND account = 'C1'", company))
                .as("credit_limit is used only when the customer is created").isEqualByComparingTo("10000");
        assertThat(count(db, "SELECT version FROM customer WHERE company_code = ? AND account = 'C1'", company))
                .isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM customer WHERE company_code = ? AND account = 'C1'"
                + " AND customer_group = 'RETAIL' AND payment_terms_days = 30", company))
                .as("fields not given keep their values").isEqualTo(1);
        List<AuditEntry> history = Ledger.tx(db, s -> new JpaAuditTrail(s.em())
                .history(company, "customer", "C1", PageRequest.first(10)).items());
        assertThat(history).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::actor)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("name", "Alpha GmbH", "Alpha GmbH & Co. KG", "erp"),
                        Tuple.tuple("region", "NORTH", "WEST", "erp"));
        // the company's whole trail holds the same entries, filtered by kind and actor, counted
        Page<AuditEntry> trail = Ledger.tx(db, s -> new JpaAuditTrail(s.em())
                .trail(company, "customer", "erp", PageRequest.first(50)));
        List<AuditEntry> trailed = trail.items();
        assertThat(trailed).containsAll(history);
        long counted = trail.total();
        assertThat(counted).isEqualTo(trailed.size());
        Page<AuditEntry> nobodys = Ledger.tx(db, s -> new JpaAuditTrail(s.em())
                .trail(company, null, "nobody", PageRequest.first(5)));
        Page<AuditEntry> elsewhere = Ledger.tx(db, s -> new JpaAuditTrail(s.em())
                .trail("ELSEWHERE", null, null, PageRequest.first(5)));
        long none = nobodys.total() + elsewhere.total();
        assertThat(none).isZero();
    }

    @DatabaseTest
    void aCustomersCurrencyDoesNotChange(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,Alpha GmbH,USD\n",
                ImportMode.SKIP_INVALID, company);
        assertThat(result.errors()).extracting(Violation::message).singleElement().asString().contains("currency");
    }

    @DatabaseTest
    void appliesToAnotherCustomersInvoiceIsRejected(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                PAY-1,C2,2026-10-10,EUR,100.00,INV-1
                PAY-2,C2,2026-10-10,EUR,100.00,NO-SUCH
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.errors()).extracting(Violation::line, Violation::message).containsExactly(
                Tuple.tuple(2L, "applies_to 'INV-1' is an invoice of another customer"),
                Tuple.tuple(3L, "applies_to 'NO-SUCH' is not a known invoice"));
        assertThat(open(db, company, "INV-1")).isEqualByComparingTo("1000.00");
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'PAYMENT'",
                company)).isZero();
    }

    @DatabaseTest
    void overApplicationSettlesWhatIsOpenInFileOrderAndLeavesTheRestUnsettled(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                PAY-1,C1,2026-08-15,EUR,600.00,INV-1
                PAY-2,C1,2026-10-10,EUR,600.00,INV-1
                PAY-3,C1,2026-10-11,EUR,50.00,INV-1
                """, company);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(open(db, company, "INV-1")).isEqualByComparingTo("0");
        assertThat(open(db, company, "PAY-1")).isEqualByComparingTo("0");
        assertThat(open(db, company, "PAY-2")).as("only 400 was open when PAY-2 came").isEqualByComparingTo("200.00");
        assertThat(open(db, company, "PAY-3")).isEqualByComparingTo("50.00");
        assertThat(scalar(db, """
                SELECT SUM(s.amount) FROM settlement s JOIN ledger_transaction t ON t.id = s.debit_id
                WHERE t.company_code = ? AND t.document = 'INV-1'""", company)).isEqualByComparingTo("1000.00");
        assertThat(count(db, """
                SELECT COUNT(*) FROM settlement s JOIN ledger_transaction p ON p.id = s.credit_id
                WHERE p.company_code = ? AND p.document = 'PAY-1' AND s.settled_on = ?""",
                company, Date.valueOf("2026-09-01")))
                .as("dated the later of the payment's and the invoice's dates").isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM settlement s JOIN ledger_transaction p ON p.id = s.credit_id"
                + " WHERE p.company_code = ? AND p.document = 'PAY-3'", company)).isZero();
    }

    @DatabaseTest
    void headerNamesAreCaseInsensitiveTrimmedAndABomIsAccepted(TestDatabase db) {
        String company = newCompany(db, "EUR");
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS,
                "\uFEFF Account , NAME,Currency \r\nB1,\"Bom, Ltd\",eur\r\n", company);
        assertThat(result.errors()).isEmpty();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM customer WHERE company_code = ? AND account = 'B1'"
                + " AND name = 'Bom, Ltd' AND currency = 'EUR'", company)).isEqualTo(1);
    }

    @DatabaseTest
    void unknownColumnsAreNamedInWarningsAndIgnored(TestDatabase db) {
        String company = newCompany(db, "EUR");
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,colour\nW1,W,EUR,red\n",
                company);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.warnings()).containsExactly("unknown column 'colour' is ignored");
    }

    @DatabaseTest
    void aMissingRequiredColumnRefusesTheFile(TestDatabase db) {
        String company = newCompany(db, "EUR");
        assertThatThrownBy(() -> importCsv(db, ImportKind.INVOICES,
                "document,account,document_date,currency,amount\nI1,C1,2026-01-01,EUR,1\n", company))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::field).containsExactly("due_date"));
    }

    @DatabaseTest
    void allOrNothingAppliesNothingWhenOneRowIsBad(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                INV-10,C1,2026-10-01,2026-10-31,EUR,10.00
                INV-11,C1,2026-10-01,2026-10-31,EUR,-5.00
                INV-12,C2,2026-10-01,2026-10-31,EUR,12.00
                """, company);
        assertThat(result.committed()).isFalse();
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.applied()).isZero();
        assertThat(result.errors()).extracting(Violation::line).containsExactly(3L);
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ?"
                + " AND document IN ('INV-10', 'INV-12')", company)).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM import_run WHERE company_code = ? AND kind = 'invoices'", company))
                .as("only the first, committed invoice import is recorded").isEqualTo(1);
    }

    @DatabaseTest
    void skipInvalidAppliesTheValidRowsAndReportsEveryRejectedLine(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                INV-20,C1,2026-10-01,2026-10-31,EUR,10.00
                INV-21,C1,2026-11-01,2026-10-31,EUR,5.00
                INV-22,C9,2026-10-01,2026-10-31,EUR,5.00
                INV-23,C1,2026-10-01,2026-10-31,USD,5.00
                INV-24,C1,2026-10-01,2026-10-31,EUR,5.001
                INV-25,C1,2026-10-01,2026-10-31,EUR
                INV-26,C1,2026-10-01,2026-10-31,EUR,0
                INV-27,C1,01.10.2026,2026-10-31,EUR,1
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.committed()).isTrue();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.received()).isEqualTo(8);
        assertThat(result.errors()).extracting(Violation::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(result.errors().get(0).message()).contains("after due_date");
        assertThat(result.errors().get(1).message()).contains("customer 'C9' does not exist");
        assertThat(result.errors().get(2).message()).contains("currency USD is not the currency of customer C1");
        assertThat(result.errors().get(3).message()).contains("more decimals");
        assertThat(result.errors().get(4).message()).contains("5 values but the header has 6");
        assertThat(result.errors().get(5).message()).contains("must be positive");
        assertThat(result.errors().get(6).message()).contains("not a date");
    }

    @DatabaseTest
    void aKeyRepeatedInsideOneFileIsTreatedLikeAReImport(TestDatabase db) {
        String company = setUp(db);
        StringBuilder csv = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("R-").append(i).append(",C1,2026-10-01,2026-10-31,EUR,1.00\n");
        }
        csv.append("R-7,C1,2026-10-01,2026-10-31,EUR,1.00\n");
        csv.append("R-1200,C1,2026-10-01,2026-10-31,EUR,2.00\n");
        ImportResult result = importCsv(db, ImportKind.INVOICES, csv.toString(), ImportMode.SKIP_INVALID, company);
        assertThat(result.applied()).isEqualTo(1500);
        assertThat(result.unchanged()).as("same key, same values, earlier chunk").isEqualTo(1);
        assertThat(result.errors()).extracting(Violation::line).containsExactly(1503L);
    }

    @DatabaseTest
    void lineNumbersArePhysicalLinesCountingQuotedLineBreaksAndBlankLines(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount,description
                L-1,C1,2026-10-01,2026-10-31,EUR,1.00,"two
                lines"

                L-2,C1,2026-10-01,2026-10-31,EUR,-1.00,bad
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.errors()).extracting(Violation::line).containsExactly(5L);
    }

    @DatabaseTest
    void creditNotesSettleTheirInvoiceAndExchangeRatesAreUpserted(TestDatabase db) {
        String company = setUp(db);
        ImportResult notes = importCsv(db, ImportKind.CREDIT_NOTES, """
                document,account,document_date,currency,amount,applies_to,reference
                CN-1,C1,2026-10-15,EUR,50.50,INV-2,RMA-1
                CN-2,C1,2026-10-15,EUR,20.00,,
                """, company);
        assertThat(notes.applied()).isEqualTo(2);
        assertThat(open(db, company, "INV-2")).isEqualByComparingTo("200.00");
        assertThat(open(db, company, "CN-2")).as("unapplied credit note").isEqualByComparingTo("20.00");

        ImportResult rates = importCsv(db, ImportKind.EXCHANGE_RATES, """
                currency,date,rate
                USD,2026-10-01,0.92
                USD,2026-10-02,0.93
                EUR,2026-10-02,1
                """, ImportMode.SKIP_INVALID, company);
        assertThat(rates.applied()).isEqualTo(2);
        assertThat(rates.errors()).extracting(Violation::line).containsExactly(4L);
        ImportResult corrected = importCsv(db, ImportKind.EXCHANGE_RATES, "currency,date,rate\nUSD,2026-10-01,0.92\n"
                + "USD,2026-10-02,0.935\n", company);
        assertThat(corrected.unchanged()).isEqualTo(1);
        assertThat(corrected.applied()).isEqualTo(1);
        assertThat(scalar(db, "SELECT rate FROM exchange_rate WHERE company_code = ? AND valid_from = ?", company,
                Date.valueOf("2026-10-02"))).isEqualByComparingTo("0.935");
    }

    @DatabaseTest
    void rowsOfAnotherCompanyThanTheImportsAreRejectedNamingLineAndColumn(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,company\nX1,X,EUR,NOPE\n"
                + "X2,Y,EUR," + company + "\n", ImportMode.SKIP_INVALID, company);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2L);
            assertThat(error.field()).isEqualTo("company");
            assertThat(error.message()).contains("'NOPE' is not this import's company");
        });
        assertThat(result.applied()).isEqualTo(1);
    }

    @DatabaseTest
    void keysOfSixtyFourCharactersAreTaken(TestDatabase db) {
        String company = setUp(db);
        String account = "A".repeat(63) + "1";
        String document = "D".repeat(63) + "1";
        String region = "R".repeat(64);
        ImportResult customers = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,region\n" + account
                + ",Long Key Ltd,EUR," + region + "\n", company);
        ImportResult invoices = importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,"
                + "amount\n" + document + "," + account + ",2026-09-01,2026-10-01,EUR,10.00\n", company);
        assertThat(customers.errors()).isEmpty();
        assertThat(invoices.errors()).isEmpty();
        assertThat(open(db, company, document)).isEqualByComparingTo("10.00");
        ImportResult tooLong = importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\n" + account + "X,Too Long,EUR\n",
                ImportMode.SKIP_INVALID, company);
        assertThat(tooLong.errors()).extracting(Violation::field).containsExactly("account");
    }

    @DatabaseTest
    void valuesOutOfTheContractsLimitsAreRejectedNamingLineAndColumn(TestDatabase db) {
        String company = setUp(db);
        ImportResult result = importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                BIG-1,C1,2026-09-01,2026-10-01,EUR,99999999999999999999.99
                OLD-1,C1,1899-12-31,2026-10-01,EUR,10.00
                FAR-1,C1,2026-09-01,9999-12-31,EUR,10.00
                "BAD\u0000",C1,2026-09-01,2026-10-01,EUR,10.00
                """, ImportMode.SKIP_INVALID, company);
        assertThat(result.errors()).as(result.toString()).extracting(Violation::line, Violation::field).containsExactly(
                Tuple.tuple(2L, "amount"), Tuple.tuple(3L, "document_date"),
                Tuple.tuple(4L, "due_date"), Tuple.tuple(5L, "document"));
        assertThat(result.applied()).isZero();
    }
}
