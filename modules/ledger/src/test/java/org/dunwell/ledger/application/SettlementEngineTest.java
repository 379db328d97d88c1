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
import org.assertj.core.groups.Tuple;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** The settlement engine: order, caps, refusals, undo, and concurrent calls against one invoice. */
class SettlementEngineTest {

    private static String customerWithInvoices(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\nC2,Two,EUR\n", company);
        assertThat(importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                OLD,C1,2026-08-01,2026-08-31,EUR,100.00
                MID,C1,2026-09-01,2026-09-30,EUR,100.00
                NOTDUE,C1,2026-07-01,2026-12-31,EUR,100.00
                OTHER,C2,2026-08-01,2026-08-31,EUR,100.00
                """, company).errors()).isEmpty();
        return company;
    }

    private static BigDecimal open(TestDatabase db, String company, String document) {
        return scalar(db, "SELECT open_amount FROM ledger_transaction WHERE company_code = ? AND document = ?",
                company, document);
    }

    private static void pay(TestDatabase db, String company, String document, String account, String amount) {
        assertThat(importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount\n" + document + ","
                + account + ",2026-10-15,EUR," + amount + "\n", company).errors()).isEmpty();
    }

    @DatabaseTest
    void withoutNamedInvoicesTheStatutoryOrderSettlesDueBeforeNotDueOldestFirst(TestDatabase db) {
        String company = customerWithInvoices(db);
        pay(db, company, "P1", "C1", "150.00");
        List<SettlementView> settled = Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P1", List.of(), null, LocalDate.of(2026, 10, 15)), Ledger.ERP));
        assertThat(settled).extracting(SettlementView::debitDocument, v -> v.amount().toPlainString())
                .containsExactly(Tuple.tuple("OLD", "100.00"),
                        Tuple.tuple("MID", "50.00"));
        assertThat(open(db, company, "NOTDUE")).as("not yet due, although its document is the oldest")
                .isEqualByComparingTo("100.00");
        assertThat(open(db, company, "P1")).isEqualByComparingTo("0");
    }

    @DatabaseTest
    void aDryRunAnswersWhatASettlementWouldApplyAndAppliesNothing(TestDatabase db) {
        String company = customerWithInvoices(db);
        pay(db, company, "P1", "C1", "150.00");
        SettlementRequest request = new SettlementRequest(company, "P1", List.of(), null, null);
        List<SettlementView> preview = Ledger.tx(db, s -> s.settlements().preview(request, Ledger.ERP));
        assertThat(preview).extracting(SettlementView::id).containsOnly(0L);
        assertThat(open(db, company, "P1")).isEqualByComparingTo("150.00");
        assertThat(open(db, company, "OLD")).isEqualByComparingTo("100.00");
        List<SettlementView> settled = Ledger.tx(db, s -> s.settlements().settle(request, Ledger.ERP));
        assertThat(settled).extracting(SettlementView::debitDocument, SettlementView::amount, SettlementView::settledOn)
                .containsExactlyElementsOf(preview.stream().map(v -> Tuple.tuple(v.debitDocument(), v.amount(),
                        v.settledOn())).toList());
    }

    @DatabaseTest
    void theCompanysConfiguredOrderDecides(TestDatabase db) {
        String company = customerWithInvoices(db);
        Ledger.tx(db, s -> s.companies().update(CompanyCode.of(company), 1,
                new CompanyDraft(null, null, "OLDEST_DOCUMENT_FIRST", null), Ledger.ERP, "policy"));
        pay(db, company, "P5", "C1", "100.00");
        List<SettlementView> settled = Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P5", List.of(), null, LocalDate.of(2026, 10, 15)), Ledger.ERP));
        assertThat(settled).extracting(SettlementView::debitDocument).containsExactly("NOTDUE");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.companies().update(CompanyCode.of(company),
                2, new CompanyDraft(null, null, "RANDOM", null), Ledger.ERP, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @DatabaseTest
    void namedInvoicesAreSettledInTheGivenOrderUpToTheCap(TestDatabase db) {
        String company = customerWithInvoices(db);
        pay(db, company, "P2", "C1", "500.00");
        List<SettlementView> settled = Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P2", List.of("NOTDUE", "OLD"), new BigDecimal("120.00"), null),
                Ledger.ERP));
        assertThat(settled).extracting(SettlementView::debitDocument, v -> v.amount().toPlainString())
                .containsExactly(Tuple.tuple("NOTDUE", "100.00"),
                        Tuple.tuple("OLD", "20.00"));
        assertThat(settled.get(0).settledOn()).as("the later of the two documents' dates")
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(open(db, company, "P2")).isEqualByComparingTo("380.00");
    }

    @DatabaseTest
    void refusesForeignUnknownAndExhaustedDocuments(TestDatabase db) {
        String company = customerWithInvoices(db);
        pay(db, company, "P3", "C1", "100.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P3", List.of("OTHER"), null, null), Ledger.ERP)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("another customer");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P3", List.of("NOPE"), null, null), Ledger.ERP)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "OLD", List.of("MID"), null, null), Ledger.ERP)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only payments and credit notes");
        Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, "P3", List.of("OLD"), null, null),
                Ledger.ERP));
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P3", List.of("MID"), null, null), Ledger.ERP)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing left");
        assertThat(count(db, "SELECT COUNT(*) FROM settlement WHERE company_code = ?", company)).isEqualTo(1);
    }

    @DatabaseTest
    void undoReopensBothSidesOnceAndKeepsTheRecord(TestDatabase db) {
        String company = customerWithInvoices(db);
        pay(db, company, "P4", "C1", "60.00");
        long id = Ledger.tx(db, s -> s.settlements().settle(
                new SettlementRequest(company, "P4", List.of("MID"), null, null), Ledger.ERP)).get(0).id();
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().undo("OTHER", id, null, "not ours", Ledger.ERP)))
                .as("another company's settlement is not found").isInstanceOf(NotFoundException.class);
        SettlementView undone = Ledger.tx(db, s -> s.settlements().undo(company, id, LocalDate.of(2026, 11, 1),
                "applied to the wrong invoice", Ledger.ERP));
        assertThat(undone.undoneOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(open(db, company, "MID")).isEqualByComparingTo("100.00");
        assertThat(open(db, company, "P4")).isEqualByComparingTo("60.00");
        assertThatThrownBy(() -> Ledger.tx(db, s -> s.settlements().undo(company, id, null, "again", Ledger.ERP)))
                .isInstanceOf(ConflictException.class);
        assertThat(open(db, company, "MID")).isEqualByComparingTo("100.00");
    }

    @DatabaseTest
    void aHundredConcurrentSettlementsNeverSettleMoreThanTheInvoiceHasOpen(TestDatabase db) throws Exception {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\n", company);
        StringBuilder payments = new StringBuilder("document,account,date,currency,amount\n");
        for (int i = 0; i < 50; i++) {
            payments.append("EARLY-").append(i).append(",C1,2026-10-01,EUR,20.00\n");
        }
        importCsv(db, ImportKind.PAYMENTS, payments.toString(), company);
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "BIG,C1,2026-09-01,2026-09-30,EUR,1000.00\n", company);
        payments = new StringBuilder("document,account,date,currency,amount\n");
        for (int i = 0; i < 50; i++) {
            payments.append("LATE-").append(i).append(",C1,2026-10-01,EUR,20.00\n");
        }
        importCsv(db, ImportKind.PAYMENTS, payments.toString(), company);

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String payment = (i % 2 == 0 ? "EARLY-" : "LATE-") + (i / 2);
            BigDecimal cap = i % 3 == 0 ? new BigDecimal("15.00") : null;
            calls.add(() -> {
                try {
                    Ledger.tx(db, s -> s.settlements().settle(
                            new SettlementRequest(company, payment, List.of("BIG"), cap, null), Ledger.ERP));
                    return "settled";
                } catch (ConflictException e) {
                    return "nothing open";
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
        assertThat(outcomes).contains("settled", "nothing open");
        assertThat(open(db, company, "BIG")).isEqualByComparingTo("0");
        assertThat(scalar(db, """
                SELECT SUM(s.amount) FROM settlement s JOIN ledger_transaction t ON t.id = s.debit_id
                WHERE t.company_code = ? AND t.document = 'BIG' AND s.undone_on IS NULL""", company))
                .isEqualByComparingTo("1000.00");
        assertThat(scalar(db, """
                SELECT SUM(t.amount - t.open_amount) FROM ledger_transaction t
                WHERE t.company_code = ? AND t.kind = 'PAYMENT'""", company))
                .as("what the payments gave is exactly what the invoice received").isEqualByComparingTo("1000.00");
        assertThat(count(db, """
                SELECT COUNT(*) FROM ledger_transaction t WHERE t.company_code = ? AND t.kind = 'PAYMENT'
                AND t.amount - t.open_amount <> (SELECT COALESCE(SUM(s.amount), 0) FROM settlement s
                                                 WHERE s.credit_id = t.id AND s.undone_on IS NULL)""", company))
                .as("no lost update on any payment").isZero();
    }
}
