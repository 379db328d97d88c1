package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.LimitType;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.PaymentHistory;
import org.dunwell.ledger.api.ReminderRecipient;
import org.junit.jupiter.api.Test;

/**
 * A customer's facts from what the services computed: lists capped at the configured size, most days overdue
 * first, the tail as a count and an open total that, with the list, adds up to what is overdue; disputed and
 * promised invoices apart; the dunning level the highest level of any invoice.
 */
class FactsAssemblerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    private static OpenItem invoice(int n, int daysOverdue, String open, CollectionStatus status) {
        return new OpenItem("INV-" + n, DocumentKind.INVOICE, AS_OF.minusDays(daysOverdue + 30L),
                AS_OF.minusDays(daysOverdue), Money.of(open, "EUR"), Money.of(open, "EUR"), status, null, null, null);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void twoHundredOpenInvoicesBecomeTheListSizeAndATailThatAddsUp() {
        List<OpenItem> open = new ArrayList<>();
        BigDecimal overdue = BigDecimal.ZERO;
        for (int n = 1; n <= 200; n++) {
            OpenItem d = invoice(n, n % 90 - 10, n + ".25", CollectionStatus.NONE);
            open.add(d);
            if (d.dueDate().isBefore(AS_OF)) {
                overdue = overdue.add(d.openAmount().amount());
            }
        }
        open.add(invoice(901, 40, "70.00", CollectionStatus.DISPUTED));
        open.add(invoice(902, 20, "30.00", CollectionStatus.PROMISED));
        open.add(new OpenItem("PAY-1", DocumentKind.PAYMENT, AS_OF.minusDays(3), null, eur("40.00"), eur("40.00"),
                CollectionStatus.NONE, null, null, null));
        CustomerView customer = new CustomerView("D", "C1", "One GmbH", "EUR", "de", null, null, 30, null,
                "ap@one.example", "+49 1", null, List.of(), new ReminderRecipient("Anna", "ap@one.example", "de"), 1);
        CreditProfileView credit = new CreditProfileView("D", "C1", "EUR", AS_OF, LimitType.BALANCE, false,
                eur("50000.00"), eur("50000.00"), null, null, "DUNNING", null, new CreditProfileView.Exposure(
                eur("99999.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("99999.00"), null, eur("50000.00"),
                eur("1.00"), true), null, 61, "C", AS_OF, null, eur("8888.00"), 79, PaymentHistory.of(
                new BigDecimal("12.5"), 79, 3, 10, 1, AS_OF.minusDays(5), eur("12.00")), null, 1);
        CustomerFacts facts = FactsAssembler.assemble("D", AS_OF, 25, new FactsAssembler.Inputs("Dunwell", customer,
                credit, new CustomerAging("D", "C1", "One GmbH", "EUR", AS_OF, eur("99999.00"), List.of()), open,
                List.of(), List.of(), List.of(), List.of(), null, List.of(),
                Map.of("INV-88", new LetterStore.Level(2, AS_OF.minusDays(9)))));

        assertThat(facts.overdueInvoices()).hasSize(25);
        assertThat(facts.overdueInvoices()).extracting(CustomerFacts.Invoice::daysOverdue)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(facts.overdueInvoices().get(0).daysOverdue()).isEqualTo(79);
        int overdueCount = (int) open.stream().filter(d -> d.kind() == DocumentKind.INVOICE
                && d.collectionStatus() == CollectionStatus.NONE && d.dueDate().isBefore(AS_OF)).count();
        assertThat(facts.moreOverdue().count()).isEqualTo(overdueCount - 25);
        BigDecimal listed = facts.overdueInvoices().stream().map(CustomerFacts.Invoice::open)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed.add(facts.moreOverdue().open())).isEqualByComparingTo(overdue);
        assertThat(facts.collectibleOverdue()).isEqualByComparingTo(overdue);
        assertThat(facts.openInvoices()).as("debits only: the payment is no invoice").isEqualTo(202);
        assertThat(facts.disputedInvoices()).extracting(CustomerFacts.Invoice::document).containsExactly("INV-901");
        assertThat(facts.promisedInvoices()).extracting(CustomerFacts.Invoice::document).containsExactly("INV-902");
        assertThat(facts.moreDisputed()).isNull();
        assertThat(facts.dunningLevel()).isEqualTo(2);
        assertThat(facts.credit().onHold()).isTrue();
        assertThat(facts.credit().holdReason()).isEqualTo("DUNNING");
        assertThat(facts.credit().limit()).isEqualByComparingTo("50000.00");
        assertThat(facts.paymentDeadline()).isEqualTo(AS_OF.plusDays(7));
        assertThat(facts.language()).isEqualTo("de");
        assertThat(facts.contact()).isEqualTo("Anna");
        assertThat(facts.payments().lateInvoices()).isEqualTo(3);
    }
}
