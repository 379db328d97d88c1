package org.dunwell.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dunwell.ledger.support.Ledger.count;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;
import static org.dunwell.ledger.support.Ledger.scalar;

import java.io.StringWriter;
import java.time.LocalDate;
import org.dunwell.demo.api.DemoDataGenerator;
import org.dunwell.demo.api.DemoDataSpec;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** The generator's files import without a single rejected row, and twice import as unchanged. */
class DemoDataImportTest {

    @DatabaseTest
    void generatedFilesImportCleanlyAndIdempotently(TestDatabase db) {
        String company = newCompany(db, "EUR");
        StringWriter customers = new StringWriter();
        StringWriter invoices = new StringWriter();
        StringWriter notes = new StringWriter();
        StringWriter payments = new StringWriter();
        StringWriter rates = new StringWriter();
        StringWriter contacts = new StringWriter();
        DemoDataGenerator.Counts counts = new DemoDataGenerator(new DemoDataSpec(42, 60, 1_500,
                LocalDate.of(2026, 11, 22), 18, company))
                .write(new DemoDataGenerator.Sinks(customers, invoices, notes, payments, rates, contacts));
        String[][] files = {
                {"customers", customers.toString()}, {"contacts", contacts.toString()},
                {"exchange-rates", rates.toString()},
                {"invoices", invoices.toString()}, {"credit-notes", notes.toString()},
                {"payments", payments.toString()}};
        for (String[] file : files) {
            ImportResult result = importCsv(db, ImportKind.ofPath(file[0]).orElseThrow(), file[1], company);
            assertThat(result.errors()).as(file[0]).isEmpty();
            assertThat(result.applied()).as(file[0]).isEqualTo(result.received());
        }
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'INVOICE'",
                company)).isEqualTo(counts.invoices());
        assertThat(counts.contacts()).as("a collections contact per customer").isEqualTo(counts.customers());
        assertThat(count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = 'PAYMENT'"
                + " AND open_amount > 0", company)).as("unsettled payments exist").isPositive();
        assertThat(scalar(db, "SELECT SUM(open_amount) FROM ledger_transaction WHERE company_code = ?"
                + " AND kind = 'INVOICE'", company)).as("open receivables exist").isPositive();
        for (String[] file : files) {
            ImportResult again = importCsv(db, ImportKind.ofPath(file[0]).orElseThrow(), file[1], company);
            assertThat(again.unchanged()).as(file[0]).isEqualTo(again.received());
        }
    }
}
