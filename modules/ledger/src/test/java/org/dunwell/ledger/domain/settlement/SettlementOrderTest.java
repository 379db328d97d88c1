package org.dunwell.ledger.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.DocumentKind;
import org.junit.jupiter.api.Test;

class SettlementOrderTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Debit debit(String document, DocumentKind kind, String claim, LocalDate due, String open) {
        return new Debit(document.hashCode(), document, kind, due.minusDays(30), Money.of(open, "EUR"), claim, due,
                due.minusDays(30));
    }

    @Test
    void statutoryOrderPutsFeesAndInterestBeforeTheirPrincipalAndDueBeforeNotDue() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        Debit principal = debit("INV-1", DocumentKind.INVOICE, "INV-1", LocalDate.of(2026, 9, 30), "100.00");
        Debit fee = debit("FEE-1", DocumentKind.FEE, "INV-1", LocalDate.of(2026, 9, 30), "5.00");
        Debit interest = debit("INT-1", DocumentKind.INTEREST, "INV-1", LocalDate.of(2026, 9, 30), "2.00");
        Debit newerDue = debit("INV-2", DocumentKind.INVOICE, "INV-2", LocalDate.of(2026, 10, 31), "50.00");
        Debit notDueButOld = new Debit(7, "INV-0", DocumentKind.INVOICE, LocalDate.of(2026, 1, 1),
                Money.of("70.00", "EUR"), "INV-0", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1));
        List<Debit> debits = new ArrayList<>(List.of(notDueButOld, newerDue, principal, interest, fee));
        debits.sort(SettlementOrder.STATUTORY.on(today));
        assertThat(debits).extracting(Debit::document).containsExactly("FEE-1", "INT-1", "INV-1", "INV-2", "INV-0");
        debits.sort(SettlementOrder.OLDEST_DOCUMENT_FIRST.on(today));
        assertThat(debits.get(0).document()).isEqualTo("INV-0");
    }
}
