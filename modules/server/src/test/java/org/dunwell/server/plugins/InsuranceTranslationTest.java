package org.dunwell.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dunwell.integrations.api.CoverState;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.kernel.api.Money;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverStatus;
import org.junit.jupiter.api.Test;

/** An insurer's decision in Dunwell's terms: cover rounded down, the policy's settings filling what it leaves out. */
class InsuranceTranslationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

    @Test
    void theInsuredLimitIsRoundedDownAndThePolicySettingsFillTheGaps() {
        CoverDecision granted = new CoverDecision("CV-1", CoverStatus.GRANTED,
                MonetaryAmount.of("40000.009", "EUR"), FROM, null, List.of("payment terms at most 60 days"), Map.of());
        InsurerDecision decision = InsuranceTranslation.decision(granted, InsuranceTranslation.PolicyDefaults.of(
                Map.of("policy.coveragePercent", "87.555", "policy.endDate", "2027-06-30")));

        assertThat(decision.state()).isEqualTo(CoverState.GRANTED);
        assertThat(decision.insuredLimit()).isEqualTo(Money.of("40000.00", "EUR"));
        assertThat(decision.coveragePercent()).isEqualByComparingTo("87.55");
        assertThat(decision.validTo()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(decision.conditions()).containsExactly("payment terms at most 60 days");
    }

    @Test
    void whatTheInsurerSaysWinsOverThePolicySettings() {
        CoverDecision granted = new CoverDecision("CV-1", CoverStatus.PARTIALLY_GRANTED,
                MonetaryAmount.of("100", "EUR"), FROM, LocalDate.of(2027, 1, 31), List.of(),
                Map.of("coveragePercent", "75"));
        InsurerDecision decision = InsuranceTranslation.decision(granted, InsuranceTranslation.PolicyDefaults.of(
                Map.of("policy.coveragePercent", "90", "policy.endDate", "2027-06-30")));

        assertThat(decision.coveragePercent()).isEqualByComparingTo("75");
        assertThat(decision.validTo()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(InsuranceTranslation.decision(granted, InsuranceTranslation.PolicyDefaults.of(Map.of()))
                .coveragePercent()).isEqualByComparingTo("75");
    }

    @Test
    void wrongSettingsAreTheConfigurationsFaultAndGarbageThePluginsFailure() {
        assertThatThrownBy(() -> InsuranceTranslation.PolicyDefaults.of(Map.of("policy.coveragePercent", "150")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy.coveragePercent");
        assertThatThrownBy(() -> InsuranceTranslation.PolicyDefaults.of(Map.of("policy.endDate", "end of year")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy.endDate");
        CoverDecision garbage = new CoverDecision("CV-1", CoverStatus.GRANTED, MonetaryAmount.of("1", "EUR"), FROM,
                null, List.of(), Map.of("coveragePercent", "all of it"));
        assertThatThrownBy(() -> InsuranceTranslation.decision(garbage, InsuranceTranslation.PolicyDefaults.of(
                Map.of()))).isInstanceOf(IllegalStateException.class);
        CoverDecision longReference = new CoverDecision("R".repeat(101), CoverStatus.PENDING, null, null, null,
                List.of(), Map.of());
        assertThatThrownBy(() -> InsuranceTranslation.decision(longReference, InsuranceTranslation.PolicyDefaults.of(
                Map.of()))).isInstanceOf(IllegalStateException.class).hasMessageContaining("101");
    }
}
