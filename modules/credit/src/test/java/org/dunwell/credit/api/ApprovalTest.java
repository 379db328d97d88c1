package org.dunwell.credit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The one four-eyes rule: limit requests and write-offs are decided by it alone. */
class ApprovalTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theRequesterNeverDecidesEvenAsASeniorApprover() {
        Approval pending = Approval.requested(ApproverLevel.CREDIT_MANAGER, "cfo");
        assertThatThrownBy(() -> pending.approve("limit request 7", "cfo", ApproverLevel.SENIOR_APPROVER, null, AT))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("limit request 7");
        assertThatThrownBy(() -> pending.reject("limit request 7", "cfo", ApproverLevel.SENIOR_APPROVER, "no", AT))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDecidersLevelMustCoverTheRoutedLevelForApprovalAndRejectionAlike() {
        Approval pending = Approval.requested(ApproverLevel.SENIOR_APPROVER, "clerk");
        assertThatThrownBy(() -> pending.approve("w", "credit", ApproverLevel.CREDIT_MANAGER, null, AT))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("senior approver");
        assertThatThrownBy(() -> pending.reject("w", "credit", ApproverLevel.CREDIT_MANAGER, "too big", AT))
                .isInstanceOf(ForbiddenException.class);
        Approval approved = pending.approve("w", "cfo", ApproverLevel.SENIOR_APPROVER, "  confirmed ", AT);
        assertThat(approved).isEqualTo(new Approval(Approval.Status.APPROVED, ApproverLevel.SENIOR_APPROVER, "clerk",
                "cfo", AT, "confirmed"));
        assertThat(pending.pending()).as("a decision returns a new state").isTrue();
        assertThat(approved.pending()).isFalse();
    }

    @Test
    void aRejectionNeedsANoteAndNotesHaveALimit() {
        Approval pending = Approval.requested(ApproverLevel.CREDIT_MANAGER, "clerk");
        assertThatThrownBy(() -> pending.reject("w", "credit", ApproverLevel.CREDIT_MANAGER, " ", AT))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pending.approve("w", "credit", ApproverLevel.CREDIT_MANAGER,
                "x".repeat(Approval.NOTE_LENGTH + 1), AT)).isInstanceOf(InvalidInputException.class);
        assertThat(pending.approve("w", "credit", ApproverLevel.CREDIT_MANAGER, "x".repeat(Approval.NOTE_LENGTH), AT)
                .note()).hasSize(Approval.NOTE_LENGTH);
        Approval rejected = pending.reject("w", "credit", ApproverLevel.SENIOR_APPROVER, "collect it", AT);
        assertThat(rejected.status()).isEqualTo(Approval.Status.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("credit");
    }

    @Test
    void aDecidedRequestIsDecidedOnce() {
        Approval approved = Approval.requested(ApproverLevel.CREDIT_MANAGER, "clerk")
                .approve("w", "credit", ApproverLevel.CREDIT_MANAGER, null, AT);
        assertThatThrownBy(() -> approved.reject("w", "cfo", ApproverLevel.SENIOR_APPROVER, "no", AT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("APPROVED");
        assertThatThrownBy(() -> approved.approve("w", "cfo", ApproverLevel.SENIOR_APPROVER, null, AT))
                .isInstanceOf(ConflictException.class);
    }
}
