package org.dunwell.collections.domain.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** A dispute moves from OPEN to one outcome, once; a credit needs an amount within what was disputed. */
class DisputeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Dispute open() {
        return new Dispute("DW01", "C1", "INV-1", Money.of("150.00", "EUR"), "line 2", "PRICE", "lower price agreed",
                "manager", "agent1", NOW);
    }

    @Test
    void aCreditIssuedNeedsAPositiveAmountNoLargerThanTheDispute() {
        Dispute dispute = open();
        assertThatThrownBy(() -> dispute.resolve(DisputeStatus.CREDIT_ISSUED, null, null, "manager", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dispute.resolve(DisputeStatus.CREDIT_ISSUED, Money.of("0.00", "EUR"), null,
                "manager", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dispute.resolve(DisputeStatus.CREDIT_ISSUED, Money.of("150.01", "EUR"), null,
                "manager", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        dispute.resolve(DisputeStatus.CREDIT_ISSUED, Money.of("150.00", "EUR"), "agreed", "manager", NOW);
        assertThat(dispute.resolutionAmount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(dispute.resolvedBy()).isEqualTo("manager");
    }

    @Test
    void aDisputeIsResolvedOnceAndNeverBackToOpen() {
        Dispute dispute = open();
        assertThatThrownBy(() -> dispute.resolve(DisputeStatus.OPEN, null, null, "manager", NOW))
                .isInstanceOf(InvalidInputException.class);
        dispute.resolve(DisputeStatus.CUSTOMER_WITHDREW, null, "customer paid", "agent1", NOW);
        assertThat(dispute.status()).isEqualTo(DisputeStatus.CUSTOMER_WITHDREW);
        assertThatThrownBy(() -> dispute.resolve(DisputeStatus.RESOLVED, null, null, "manager", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDisputeNeedsAPositiveAmountAndAReasonCode() {
        assertThatThrownBy(() -> new Dispute("DW01", "C1", "INV-1", Money.of("0.00", "EUR"), null, "PRICE", null, null,
                "agent1", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Dispute("DW01", "C1", "INV-1", Money.of("1.00", "EUR"), null, "", null, null,
                "agent1", NOW)).isInstanceOf(InvalidInputException.class);
    }
}
