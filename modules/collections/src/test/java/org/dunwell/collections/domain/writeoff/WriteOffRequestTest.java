package org.dunwell.collections.domain.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** A write-off request holds its approval state and is decided by the one rule ({@code Approval}). */
class WriteOffRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static WriteOffRequest requested(ApproverLevel needed) {
        return new WriteOffRequest("DW01", "C1", "INV-1", Money.of("60000.00", "EUR"), "BANKRUPTCY", null, needed,
                "clerk", NOW);
    }

    @Test
    void aDecisionFollowsTheOneApprovalRuleAndIsKept() {
        WriteOffRequest request = requested(ApproverLevel.SENIOR_APPROVER);
        assertThatThrownBy(() -> request.approve("clerk", ApproverLevel.SENIOR_APPROVER, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> request.approve("credit", ApproverLevel.CREDIT_MANAGER, null, NOW))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("60000.00 EUR");
        assertThatThrownBy(() -> request.reject("cfo", ApproverLevel.SENIOR_APPROVER, null, NOW))
                .as("a rejection needs a note").isInstanceOf(InvalidInputException.class);
        assertThat(request.status()).isEqualTo(WriteOffStatus.PENDING);
        request.approve("cfo", ApproverLevel.SENIOR_APPROVER, "confirmed", NOW);
        assertThat(request.status()).isEqualTo(WriteOffStatus.APPROVED);
        assertThat(request.approval()).isEqualTo(new Approval(Approval.Status.APPROVED, ApproverLevel.SENIOR_APPROVER,
                "clerk", "cfo", NOW, "confirmed"));
        assertThatThrownBy(() -> request.reject("credit", ApproverLevel.SENIOR_APPROVER, "late", NOW))
                .as("decided once").isInstanceOf(ConflictException.class);
    }

    @Test
    void aRequestNeedsAPositiveAmountAndAReasonCode() {
        assertThatThrownBy(() -> new WriteOffRequest("DW01", "C1", "INV-1", Money.of("0.00", "EUR"), "RESIDUE", null,
                ApproverLevel.CREDIT_MANAGER, "clerk", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new WriteOffRequest("DW01", "C1", "INV-1", Money.of("1.00", "EUR"), " ", null,
                ApproverLevel.CREDIT_MANAGER, "clerk", NOW)).isInstanceOf(InvalidInputException.class);
    }
}
