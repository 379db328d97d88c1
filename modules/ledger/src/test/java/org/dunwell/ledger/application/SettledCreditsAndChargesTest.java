package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;
import static org.dunwell.ledger.support.Ledger.scalar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.DomainException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.SettledCredit;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * What collection actions ask of the ledger: a write-off or credit note that settles an invoice
 * at once, a fee on the account, an invoice's collection status, and an exact settlement; each
 * refusal, and concurrent write-offs and settlements against one invoice.
 */
class SettledCreditsAndChargesTest {

    private static String anInvoiceOf(TestDatabase db, String amount) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\nC2,Two,EUR\n", company);
        assertThat(importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "INV,C1,2026-08-01,2026-08-31,EUR," + amount + "\n", company).errors()).isEmpty();
        return company;
    }

    private static BigDecimal open(TestDatabase db, String company, String document) {
        return scalar(db, "SELECT open_amount FROM ledger_transaction WHERE company_code = ? AND document = ?",
                company, document);
    }

    private static SettledCredit writeOff(String company, String number, String amount) {
        return new SettledCredit(company, "INV", DocumentKind.WRITE_OFF, number, new BigDecimal(amount),
                LocalDate.of(2026, 11, 20), "small residue");
    }

    @DatabaseTest
    void aWriteOffSettlesPartOfTheInvoiceAndIsAuditedOnIt(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        DocumentView wo = Ledger.tx(db, s -> s.documents().postSettledCredit(writeOff(company, "WO-1", "0.40"),
                Ledger.ERP));
        assertThat(wo.kind()).isEqualTo(DocumentKind.WRITE_OFF);
        assertThat(wo.appliesTo()).isEqualTo("INV");
        assertThat(wo.openAmount().amount()).isEqualByComparingTo("0");
        assertThat(open(db, company, "INV")).isEqualByComparingTo("99.60");
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'INV'"
                + " AND action = 'settled'", company)).isEqualTo(1);

        DocumentView cn = Ledger.tx(db, s -> s.documents().postSettledCredit(new SettledCredit(company, "INV",
                DocumentKind.CREDIT_NOTE, "CN-D1", new BigDecimal("99.60"), null, "dispute resolved"), Ledger.ERP));
        assertThat(cn.documentDate()).as("the business date").isEqualTo(Ledger.CLOCK.today());
        assertThat(open(db, company, "INV")).isEqualByComparingTo("0");
    }

    @DatabaseTest
    void moreThanIsOpenAnExistingNumberOrNoReasonIsRefusedAndNothingIsWritten(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postSettledCredit(
                writeOff(company, "WO-X", "100.01"), Ledger.ERP))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("100.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postSettledCredit(
                writeOff(company, "INV", "1.00"), Ledger.ERP))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postSettledCredit(new SettledCredit(company, "INV",
                DocumentKind.WRITE_OFF, "WO-Y", new BigDecimal("1.00"), null, " "), Ledger.ERP)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postSettledCredit(
                writeOff(company, "WO-Z", "1.001"), Ledger.ERP))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postSettledCredit(new SettledCredit(company, "NOPE",
                DocumentKind.WRITE_OFF, "WO-N", BigDecimal.ONE, null, "x"), Ledger.ERP)))
                .isInstanceOf(NotFoundException.class);
        assertThat(open(db, company, "INV")).isEqualByComparingTo("100.00");
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'WRITE_OFF'",
                company)).isZero();
    }

    @DatabaseTest
    void aHundredConcurrentWriteOffsAndSettlementsNeverTakeMoreThanIsOpen(TestDatabase db) throws Exception {
        String company = anInvoiceOf(db, "50.00");
        StringBuilder payments = new StringBuilder("document,account,date,currency,amount\n");
        for (int i = 0; i < 50; i++) {
            payments.append("P-").append(i).append(",C1,2026-10-01,EUR,1.00\n");
        }
        importCsv(db, ImportKind.PAYMENTS, payments.toString(), company);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            calls.add(() -> {
                try {
                    if (n % 2 == 0) {
                        Ledger.tx(db, s -> s.documents().postSettledCredit(writeOff(company, "WO-" + n, "1.00"),
                                Ledger.ERP));
                        return "written off";
                    } else {
                        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P-" + (n / 2),
                                List.of("INV"), new BigDecimal("1.00"), null, true), Ledger.ERP));
                    }
                    return "settled";
                } catch (RuleViolationException | ConflictException e) {
                    return "refused";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> future : pool.invokeAll(calls, 5, TimeUnit.MINUTES)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long writtenOff = outcomes.stream().filter("written off"::equals).count();
        long settled = outcomes.stream().filter("settled"::equals).count();
        assertThat(writtenOff + settled).isEqualTo(50);
        assertThat(open(db, company, "INV")).isEqualByComparingTo("0");
        assertThat(scalar(db, """
                SELECT SUM(s.amount) FROM settlement s JOIN ledger_transaction t ON t.id = s.debit_id
                WHERE t.company_code = ? AND t.document = 'INV' AND s.undone_on IS NULL""", company))
                .as("no lost update: what was applied is what the invoice lost").isEqualByComparingTo("50.00");
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'WRITE_OFF'",
                company)).as("a refused write-off leaves no document").isEqualTo(writtenOff);
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'PAYMENT'"
                + " AND open_amount = 0", company)).as("a refused settlement leaves the payment open").isEqualTo(settled);
    }

    @DatabaseTest
    void anExactSettlementThatCannotBeMetIsRefused(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount\nP1,C1,2026-10-01,EUR,500.00\n",
                company);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P1",
                List.of("INV"), new BigDecimal("150.00"), null, true), Ledger.ERP)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only 100.00");
        assertThat(open(db, company, "INV")).isEqualByComparingTo("100.00");
        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P1", List.of("INV"),
                new BigDecimal("60.00"), null, true), Ledger.ERP));
        assertThat(open(db, company, "INV")).isEqualByComparingTo("40.00");
    }

    @DatabaseTest
    void aFeeIsAnOpenDebitOfTheCustomer(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        DocumentView fee = Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "C1", DocumentKind.FEE,
                "NSF-FEE-1", new BigDecimal("25.00"), LocalDate.of(2026, 11, 21), null, "NSF fee"), Ledger.ERP));
        assertThat(fee.kind()).isEqualTo(DocumentKind.FEE);
        assertThat(fee.dueDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(fee.openAmount().amount()).isEqualByComparingTo("25.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "C1",
                DocumentKind.FEE, "NSF-FEE-1", BigDecimal.TEN, null, null, "again"), Ledger.ERP)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "C1",
                DocumentKind.PAYMENT, "F2", BigDecimal.TEN, null, null, "x"), Ledger.ERP)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().postCharge(new Charge(company, "NOBODY",
                DocumentKind.FEE, "F3", BigDecimal.TEN, null, null, "x"), Ledger.ERP)))
                .isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void aCreditSettlesADisputedInvoiceOnlyWhenItIsNamed(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "INV2,C1,2026-09-01,2026-09-30,EUR,50.00\n", company);
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount\nP1,C1,2026-10-01,EUR,60.00\n",
                company);
        Ledger.tx(db, s -> s.documents().setCollectionStatus(company, "INV", CollectionStatus.DISPUTED,
                "dispute 7", Ledger.ERP));
        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P1", List.of(), null, null,
                false), Ledger.ERP));
        assertThat(open(db, company, "INV")).as("the older invoice, but disputed: untouched")
                .isEqualByComparingTo("100.00");
        assertThat(open(db, company, "INV2")).isEqualByComparingTo("0.00");
        assertThat(open(db, company, "P1")).as("60.00 - 50.00").isEqualByComparingTo("10.00");
        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P1", List.of("INV"), null, null,
                false), Ledger.ERP));
        assertThat(open(db, company, "INV")).as("named, it is settled").isEqualByComparingTo("90.00");
    }

    @DatabaseTest
    void collectionStatusIsSetOnDebitsOnlyAndAudited(TestDatabase db) {
        String company = anInvoiceOf(db, "100.00");
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount\nP1,C1,2026-10-01,EUR,5.00\n",
                company);
        DocumentView disputed = Ledger.tx(db, s -> s.documents().setCollectionStatus(company, "INV",
                CollectionStatus.DISPUTED, "dispute 7", Ledger.ERP));
        assertThat(disputed.collectionStatus()).isEqualTo(CollectionStatus.DISPUTED);
        assertThat(disputed.status()).isEqualTo(DocumentStatus.POSTED);
        Ledger.tx(db, s -> s.documents().setCollectionStatus(company, "INV", CollectionStatus.DISPUTED, "again",
                Ledger.ERP));
        assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND subject_key = 'INV'"
                + " AND action = 'collection-status'", company)).as("no change, no entry").isEqualTo(1);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.documents().setCollectionStatus(company, "P1",
                CollectionStatus.PROMISED, "x", Ledger.ERP))).isInstanceOf(DomainException.class);
    }
}
