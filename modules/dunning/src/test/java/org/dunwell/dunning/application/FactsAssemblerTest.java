package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dunwell.collections.api.CustomerHeader;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.junit.jupiter.api.Test;

/**
 * A customer's facts from what the services computed: lists capped at the configured size, most days overdue
 * first, the tail as a count and an open total that, with the list, adds up to what is overdue; disputed and
 * promised invoices apart; the dunning level the highest level of any invoice.
 */
class FactsAssemblerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    private static DocumentView invoice(int n, int daysOverdue, String open, CollectionStatus status) {
        return new DocumentView("D", "INV-" + n, DocumentKind.INVOICE, "C1", AS_OF.minusDays(daysOverdue + 30L),
                AS_OF.minusDays(daysOverdue), Money.of(open, "EUR"), Money.of(open, "EUR"), null, null, null, null,
                DocumentStatus.POSTED, status, null, null, "erp", Instant.EPOCH, 1);
    }

    @Test
    void twoHundredOpenInvoicesBecomeTheListSizeAndATailThatAddsUp() {
        List<DocumentView> open = new ArrayList<>();
        BigDecimal overdue = BigDecimal.ZERO;
        for (int n = 1; n <= 200; n++) {
            DocumentView d = invoice(n, n % 90 - 10, n + ".25", CollectionStatus.NONE);
            open.add(d);
            if (d.dueDate().isBefore(AS_OF)) {
                overdue = overdue.add(d.openAmount().amount());
            }
        }
        List<DocumentView> disputed = List.of(invoice(901, 40, "70.00", CollectionStatus.DISPUTED));
        List<DocumentView> promised = List.of(invoice(902, 20, "30.00", CollectionStatus.PROMISED));
        CustomerWorkspaceView workspace = new CustomerWorkspaceView("C1", "One GmbH", "EUR", AS_OF,
                new CustomerHeader(Money.of("99999.00", "EUR"), Money.of("8888.00", "EUR"), Money.of("50000.00", "EUR"),
                        Money.of("1.00", "EUR"), 61, "C", null, "DUNNING", AS_OF.minusDays(5),
                        Money.of("12.00", "EUR")),
                new CustomerAging("D", "C1", "One GmbH", "EUR", AS_OF, Money.of("99999.00", "EUR"), List.of()), open,
                disputed, promised, List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of());
        CustomerFacts facts = FactsAssembler.assemble("D", AS_OF, 25, new FactsAssembler.Inputs("Dunwell", workspace,
                null, List.of(), List.of(), List.of(), Map.of("INV-88", new LetterStore.Level(2, AS_OF.minusDays(9))),
                "de", "Anna"));

        assertThat(facts.overdueInvoices()).hasSize(25);
        assertThat(facts.overdueInvoices()).extracting(CustomerFacts.Invoice::daysOverdue)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(facts.overdueInvoices().get(0).daysOverdue()).isEqualTo(79);
        int overdueCount = (int) open.stream().filter(d -> d.dueDate().isBefore(AS_OF)).count();
        assertThat(facts.moreOverdue().count()).isEqualTo(overdueCount - 25);
        BigDecimal listed = facts.overdueInvoices().stream().map(CustomerFacts.Invoice::open)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed.add(facts.moreOverdue().open())).isEqualByComparingTo(overdue);
        assertThat(facts.collectibleOverdue()).isEqualByComparingTo(overdue);
        assertThat(facts.openInvoices()).isEqualTo(202);
        assertThat(facts.disputedInvoices()).extracting(CustomerFacts.Invoice::document).containsExactly("INV-901");
        assertThat(facts.promisedInvoices()).extracting(CustomerFacts.Invoice::document).containsExactly("INV-902");
        assertThat(facts.moreDisputed()).isNull();
        assertThat(facts.dunningLevel()).isEqualTo(2);
        assertThat(facts.credit().onHold()).isTrue();
        assertThat(facts.credit().holdReason()).isEqualTo("DUNNING");
        assertThat(facts.paymentDeadline()).isEqualTo(AS_OF.plusDays(7));
        assertThat(facts.language()).isEqualTo("de");
        assertThat(facts.contact()).isEqualTo("Anna");
    }
}
