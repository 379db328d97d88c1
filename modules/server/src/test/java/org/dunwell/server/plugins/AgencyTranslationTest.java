package org.dunwell.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.integrations.api.AgencyCase;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.kernel.api.Money;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.junit.jupiter.api.Test;

/** An agency's updates come in exactly or not at all: money is never rounded on the way in, ids are required. */
class AgencyTranslationTest {

    private static final Money EUR_100 = Money.of(new BigDecimal("100.00"), Money.currency("EUR"));

    @Test
    void aCaseGoesOutWithItsInvoicesTotalHistoryAndContacts() {
        CaseHandover out = AgencyTranslation.handover(new AgencyCase("DW-CASE-1-7", "C1", "Kunde GmbH", "HRB 1", "DE",
                List.of(new AgencyCase.Invoice("I1", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), EUR_100,
                        EUR_100)), EUR_100, List.of(new AgencyCase.Event(LocalDate.of(2026, 11, 2), "opened", "x")),
                List.of(new AgencyCase.Person("Anna", "AP", "anna@kunde.example", null))));
        assertThat(out.caseNumber()).isEqualTo("DW-CASE-1-7");
        assertThat(out.total().amount()).isEqualByComparingTo("100.00");
        assertThat(out.total().currency()).isEqualTo("EUR");
        assertThat(out.invoices()).singleElement().extracting(i -> i.invoiceNumber()).isEqualTo("I1");
        assertThat(out.debtor().registrationNumber()).isEqualTo("HRB 1");
        assertThat(out.history()).hasSize(1);
        assertThat(out.contacts()).singleElement().extracting(c -> c.email()).isEqualTo("anna@kunde.example");
    }

    @Test
    void updatesComeInAtTheCurrencysScale() {
        AgencyEvent recovery = AgencyTranslation.event(new AgencyUpdate.Recovery("AG-1", "R-1",
                new MonetaryAmount(new BigDecimal("60.5"), "EUR"), LocalDate.of(2026, 12, 2), "I2"));
        assertThat(recovery.kind()).isEqualTo(AgencyEvent.Kind.RECOVERY);
        assertThat(recovery.amount()).isEqualTo(new BigDecimal("60.50"));
        assertThat(recovery.invoiceNumber()).isEqualTo("I2");
        AgencyEvent status = AgencyTranslation.event(new AgencyUpdate.StatusChanged("AG-1", "S-1", "LEGAL", null,
                Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(status.status()).isEqualTo("LEGAL");
        AgencyEvent fee = AgencyTranslation.event(new AgencyUpdate.Fee("AG-1", "F-1",
                new MonetaryAmount(new BigDecimal("1000"), "JPY"), "commission", LocalDate.of(2026, 12, 2)));
        assertThat(fee.amount()).isEqualTo(new BigDecimal("1000"));
    }

    @Test
    void garbageIsThePluginsFailure() {
        assertThatThrownBy(() -> AgencyTranslation.event(new AgencyUpdate.Recovery("AG-1", "R-1",
                new MonetaryAmount(new BigDecimal("60.555"), "EUR"), LocalDate.of(2026, 12, 2), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more decimals");
        assertThatThrownBy(() -> AgencyTranslation.event(new AgencyUpdate.Fee("AG-1", "F-1",
                new MonetaryAmount(new BigDecimal("5"), "XXY"), null, LocalDate.of(2026, 12, 2))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AgencyTranslation.event(new AgencyUpdate.StatusChanged("AG-1", " ", "OPEN", null,
                Instant.now()))).isInstanceOf(IllegalStateException.class).hasMessageContaining("update id");
        assertThatThrownBy(() -> AgencyTranslation.reference("x".repeat(101)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AgencyTranslation.events(null)).isInstanceOf(IllegalStateException.class);
    }
}
