package org.dunwell.integrations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

class LimitProposalTest {

    @Test
    void aRecommendationInTheCustomersCurrencyThatDiffersIsProposed() {
        LimitProposal proposal = LimitProposal.of(Money.of("25000", "EUR"), "EUR", Money.of("10000", "EUR"), null);
        assertThat(proposal.proposes()).isTrue();
        assertThat(proposal.limit()).isEqualTo(Money.of("25000.00", "EUR"));
    }

    @Test
    void aCustomerWithoutALimitGetsOneProposed() {
        assertThat(LimitProposal.of(Money.of("5000", "EUR"), "EUR", null, null).proposes()).isTrue();
    }

    @Test
    void noRecommendationAnotherCurrencyTheSameLimitOrAPendingRequestProposeNothingAndSayWhy() {
        assertThat(LimitProposal.of(null, "EUR", null, null).reasonForNone()).contains("recommends no limit");
        assertThat(LimitProposal.of(Money.of("5000", "USD"), "EUR", null, null).reasonForNone()).contains("USD", "EUR");
        assertThat(LimitProposal.of(Money.of("5000", "EUR"), "EUR", Money.of("5000.00", "EUR"), null).reasonForNone())
                .contains("already");
        LimitProposal waiting = LimitProposal.of(Money.of("9000", "EUR"), "EUR", Money.of("5000", "EUR"), 77L);
        assertThat(waiting.proposes()).isFalse();
        assertThat(waiting.reasonForNone()).contains("77");
    }
}
