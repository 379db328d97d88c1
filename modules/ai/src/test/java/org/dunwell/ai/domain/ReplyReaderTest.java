package org.dunwell.ai.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies read without a model, in several languages: a promise, a dispute, nothing. */
class ReplyReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final List<ReplyReader.OpenInvoice> OPEN = List.of(
            new ReplyReader.OpenInvoice("INV-1", LocalDate.of(2026, 10, 1), new BigDecimal("1234.56")),
            new ReplyReader.OpenInvoice("INV-2", LocalDate.of(2026, 11, 1), new BigDecimal("99.90")));

    @Test
    void aPromiseWithAnAmountADayAndAnInvoiceInGerman() {
        ReplyReader.Reading reading = ReplyReader.read("Guten Tag, wir werden INV-1 in Höhe von 1.234,56 € am "
                + "15. Dezember 2026 überweisen.", OPEN, "de", TODAY);
        assertThat(reading.kind()).isEqualTo("PROMISE");
        assertThat(reading.amount()).isEqualByComparingTo("1234.56");
        assertThat(reading.date()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(reading.documents()).containsExactly("INV-1");
    }

    @Test
    void aPromiseWithoutAnInvoiceCoversTheOldestOpenOnes() {
        ReplyReader.Reading reading = ReplyReader.read("We will pay 1,300.00 on December 20, 2026.", OPEN, "en",
                TODAY);
        assertThat(reading.kind()).isEqualTo("PROMISE");
        assertThat(reading.documents()).containsExactly("INV-1", "INV-2");
        assertThat(reading.amount()).isEqualByComparingTo("1300.00");
    }

    @Test
    void aDisputeOfANamedInvoiceInFrench() {
        ReplyReader.Reading reading = ReplyReader.read("La marchandise de la facture INV-2 est arrivée endommagée.",
                OPEN, "fr", TODAY);
        assertThat(reading.kind()).isEqualTo("DISPUTE");
        assertThat(reading.documents()).containsExactly("INV-2");
        assertThat(reading.reasonCode()).isEqualTo("QUALITY");
    }

    @Test
    void aDayGoneByOrNoWordOfPayingSuggestsNothing() {
        assertThat(ReplyReader.read("We paid INV-1 on November 2, 2026.", OPEN, "en", TODAY).kind()).isEqualTo("NONE");
        assertThat(ReplyReader.read("Thanks for your email, see you on December 20, 2026.", OPEN, "en", TODAY).kind())
                .isEqualTo("NONE");
    }
}
