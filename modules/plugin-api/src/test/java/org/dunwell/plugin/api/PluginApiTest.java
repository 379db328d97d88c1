package org.dunwell.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.api.bureau.BureauScore;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.plugin.api.contact.ContactChannel;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverStatus;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.junit.jupiter.api.Test;
import org.pf4j.ExtensionPoint;

class PluginApiTest {

    private static final List<Class<?>> EXTENSION_POINTS = List.of(CreditBureauProvider.class,
            CreditInsuranceProvider.class, CollectionAgencyProvider.class, ContactChannel.class);

    @Test
    void theVersionIsTheArtifactsAndSemantic() {
        assertThat(PluginApiVersion.CURRENT).isEqualTo(System.getProperty("dunwell.pluginApi.pomVersion"))
                .matches("\\d+\\.\\d+\\.\\d+");
        assertThat(PluginApiVersion.major()).isEqualTo(Integer.parseInt(PluginApiVersion.CURRENT.split("\\.")[0]));
    }

    @Test
    void everyExtensionPointIsPf4jsAndEveryCallGetsTheHostsContext() {
        for (Class<?> point : EXTENSION_POINTS) {
            assertThat(ExtensionPoint.class).isAssignableFrom(point);
            for (Method method : point.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() == 0) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                assertThat(parameters[parameters.length - 1]).as(point.getSimpleName() + "." + method.getName())
                        .isEqualTo(PluginContext.class);
            }
        }
    }

    @Test
    void moneyHasACurrencyCodeAndNeverADouble() {
        assertThat(MonetaryAmount.of("1250.50", "EUR").amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThatThrownBy(() -> MonetaryAmount.of("1", "eur")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> new MonetaryAmount(null, "EUR")).isInstanceOf(NullPointerException.class);
        for (Class<?> type : List.of(MonetaryAmount.class, BureauScore.class, CoverDecision.class, AgencyUpdate.Recovery.class)) {
            for (var component : type.getRecordComponents()) {
                assertThat(component.getType()).isNotIn(double.class, Double.class, float.class, Float.class);
            }
        }
    }

    @Test
    void aBureauScoreIsPutOnZeroToAHundredWhicheverWayItsScaleRuns() {
        assertThat(new BureauScore(80, 0, 100).normalised()).isEqualByComparingTo("80.00");
        assertThat(new BureauScore(1, 6, 1).normalised()).as("1 = best on a 1..6 scale").isEqualByComparingTo("100.00");
        assertThat(new BureauScore(2, 6, 1).normalised()).isEqualByComparingTo("80.00");
        assertThat(new BureauScore(3, 1, 7).normalised()).isEqualByComparingTo("33.33");
        assertThatThrownBy(() -> new BureauScore(101, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BureauScore(5, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void grantedCoverHasItsLimitAndStartAndPendingCoverNeedsNone() {
        assertThat(new CoverDecision("C-1", CoverStatus.PENDING, null, null, null, null, null).conditions()).isEmpty();
        assertThatThrownBy(() -> new CoverDecision("C-1", CoverStatus.GRANTED, null, LocalDate.of(2026, 1, 1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoverDecision("C-1", CoverStatus.GRANTED, MonetaryAmount.of("1000", "EUR"),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end before");
    }

    @Test
    void aCaseIsHandedOverInOneCurrencyWithAtLeastOneInvoice() {
        Debtor debtor = new Debtor("C001", "Example GmbH", "HRB 1", "DE", List.of("Street 1", "Berlin"));
        HandoverInvoice usd = new HandoverInvoice("INV-1", null, LocalDate.of(2026, 1, 1), null, MonetaryAmount.of("10", "USD"));
        assertThatThrownBy(() -> new CaseHandover("CASE-1", debtor, List.of(usd), MonetaryAmount.of("10", "EUR"), null, null, null))
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> new CaseHandover("CASE-1", debtor, List.of(), MonetaryAmount.of("10", "EUR"), null, null, null))
                .hasMessageContaining("at least one invoice");
        assertThat(new CaseHandover("CASE-1", debtor, List.of(usd), MonetaryAmount.of("10", "USD"), null, null, null).history())
                .isEmpty();
        assertThatThrownBy(() -> new AgencyUpdate.Recovery("A-1", "R-1", MonetaryAmount.of("0", "EUR"), LocalDate.of(2026, 1, 1), null))
                .hasMessageContaining("positive");
    }

    @Test
    void settingsNameWhatIsMissing() {
        PluginSettings settings = new PluginSettings(Map.of("baseUrl", "https://bureau.example/api", "timeout", "PT5S", "blank", " "));
        assertThat(settings.requireUri("baseUrl").getHost()).isEqualTo("bureau.example");
        assertThat(settings.duration("timeout", null)).hasSeconds(5);
        assertThat(settings.get("blank")).isEmpty();
        assertThatThrownBy(() -> settings.require("apiUser")).isInstanceOf(PluginConfigurationException.class)
                .hasMessageContaining("apiUser");
        assertThatThrownBy(() -> new PluginSettings(Map.of("timeout", "5 seconds")).duration("timeout", null))
                .isInstanceOf(PluginConfigurationException.class);
    }

    @Test
    void aWebhookSignedWithTheSecretIsTakenAnyOtherRefused() {
        byte[] body = "{\"events\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signature = "sha256=" + WebhookSignatures.hmacSha256Hex("s3cret", body);
        // RFC 4231 test case 2: HMAC-SHA256("Jefe", "what do ya want for nothing?")
        assertThat(WebhookSignatures.hmacSha256Hex("Jefe", "what do ya want for nothing?".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        WebhookSignatures.requireHmacSha256(new WebhookRequest(java.util.Map.of("x-sig", java.util.List.of(signature)),
                body), "X-Sig", "sha256=", "s3cret");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookSignatures.requireHmacSha256(
                new WebhookRequest(java.util.Map.of("x-sig", java.util.List.of(signature)), body), "X-Sig", "sha256=",
                "other")).isInstanceOf(WebhookRejectedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookSignatures.requireHmacSha256(
                new WebhookRequest(java.util.Map.of(), body), "X-Sig", "sha256=", "s3cret"))
                .isInstanceOf(WebhookRejectedException.class).hasMessageContaining("no X-Sig");
    }
}
