package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.OpenAccount;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * The page-by-page read of open accounts says for every customer, on any day, exactly what its own open items say,
 * and whom its letters go to; pages follow each other by account without a gap or an overlap.
 */
class OpenAccountsTest {

    @DatabaseTest
    void aPageOfAccountsAgreesWithEachCustomersOpenItemsOnAnyDay(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,language,email\nC1,One,EUR,de,one@example.org\n"
                + "C2,Two,EUR,,two@example.org\nC3,Three,EUR,,\n", company);
        importCsv(db, ImportKind.CONTACTS, "account,name,purpose,email,language,primary\n"
                + "C2,Zoe,COLLECTIONS,zoe@example.org,fr,false\nC2,Adam,COLLECTIONS,adam@example.org,nl,false\n",
                company);
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "I1,C1,2026-08-01,2026-08-31,EUR,100.00\nI2,C1,2026-09-01,2026-09-30,EUR,50.00\n"
                + "I3,C2,2026-08-01,2026-08-31,EUR,70.00\nI4,C3,2026-08-01,2026-08-31,EUR,10.00\n", company);
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount,applies_to\n"
                + "P1,C1,2026-09-15,EUR,60.00,I1\nP2,C2,2026-10-01,EUR,100.00,I3\n", company);
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 1))) {
            List<OpenAccount> read = new ArrayList<>();
            String after = null;
            do {
                String from = after;
                OpenAccount.Page page = Ledger.tx(db, s -> s.accounts().openAccounts(company, from, 2, day));
                read.addAll(page.accounts());
                after = page.next();
            } while (after != null);
            assertThat(read).extracting(OpenAccount::account).containsExactly("C1", "C2", "C3");
            for (OpenAccount account : read) {
                List<OpenItem> own = Ledger.tx(db, s -> s.accounts().openItems(company, account.account(), day));
                assertThat(account.items()).as(account.account() + " on " + day).isEqualTo(own);
            }
        }
        OpenAccount.Page page = Ledger.tx(db, s -> s.accounts().openAccounts(company, null, 3,
                LocalDate.of(2026, 9, 20)));
        assertThat(page.accounts()).extracting(a -> a.recipient().email() + " " + a.recipient().language())
                .containsExactly("one@example.org de", "adam@example.org nl", "null en");
    }
}
