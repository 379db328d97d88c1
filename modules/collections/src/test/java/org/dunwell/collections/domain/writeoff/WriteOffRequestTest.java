package org.dunwell.collections.domain.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** Four eyes and the approver level on write-off requests, decided once. */
class WriteOffRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static WriteOffRequest requested(ApproverLevel needed) {
        return new WriteOffRequest("DW01", "C1", "INV-1", Money.of("60000.00", "EUR"), "BANKRUPTCY", null, needed,
                "clerk", NOW);
    }

    @Test
    void theRequesterNeverDecidesEvenAsASeniorApprover() {
        WriteOffRequest request = new WriteOffRequest("DW01", "C1", "INV-1", Money.of("1.00", "EUR"), "RESIDUE", null,
                ApproverLevel.CREDIT_MANAGER, "cfo", NOW);
        assertThatThrownBy(() -> request.approve("cfo", ApproverLevel.SENIOR_APPROVER, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> request.reject("cfo", ApproverLevel.SENIOR_APPROVER, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThat(request.status()).isEqualTo(WriteOffStatus.PENDING);
    }

    @Test
    void aboveTheThresholdOnlyASeniorApproverDecides() {
        WriteOffRequest request = requested(ApproverLevel.SENIOR_APPROVER);
        assertThatThrownBy(() -> request.approve("credit", ApproverLevel.CREDIT_MANAGER, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        request.approve("cfo", ApproverLevel.SENIOR_APPROVER, "confirmed", NOW);
        assertThat(request.status()).isEqualTo(WriteOffStatus.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("cfo");
        assertThatThrownBy(() -> request.reject("credit", ApproverLevel.SENIOR_APPROVER, null, NOW))
                .as("decided once").isInstanceOf(ConflictException.class);
    }

    @Test
    void upToTheThresholdACreditManagerDecides() {
        WriteOffRequest request = requested(ApproverLevel.CREDIT_MANAGER);
        request.reject("credit", ApproverLevel.CREDIT_MANAGER, "collect it", NOW);
        assertThat(request.status()).isEqualTo(WriteOffStatus.REJECTED);
    }

    @Test
    void aRequestNeedsAPositiveAmountAndAReasonCode() {
        assertThatThrownBy(() -> new WriteOffRequest("DW01", "C1", "INV-1", Money.of("0.00", "EUR"), "RESIDUE", null,
                ApproverLevel.CREDIT_MANAGER, "clerk", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new WriteOffRequest("DW01", "C1", "INV-1", Money.of("1.00", "EUR"), " ", null,
                ApproverLevel.CREDIT_MANAGER, "clerk", NOW)).isInstanceOf(InvalidInputException.class);
    }
}
