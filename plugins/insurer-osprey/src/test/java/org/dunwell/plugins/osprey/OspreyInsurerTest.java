package org.dunwell.plugins.osprey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.WebhookRejectedException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.plugin.api.WebhookSignatures;
import org.dunwell.plugin.api.insurance.InsuranceUpdate;
import org.dunwell.plugin.api.insurance.OverdueInvoice;
import org.dunwell.plugin.api.insurance.OverdueNotification;
import org.dunwell.plugin.api.insurance.ClaimRequest;
import org.dunwell.plugin.api.insurance.ClaimState;
import org.dunwell.plugin.api.insurance.ClaimStatus;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverRequest;
import org.dunwell.plugin.api.insurance.CoverStatus;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin against a local Osprey stub: the cover request it sends, the decisions it reads, each status's meaning. */
class OspreyInsurerTest {

    private final StubHttpService osprey = new StubHttpService();
    private final TestPluginContext context = TestPluginContext.withSettings(Map.of("baseUrl", osprey.baseUrl()));
    private final OspreyInsurer insurer = new OspreyInsurer();

    @AfterEach
    void stop() {
        osprey.close();
    }

    private static CoverRequest request(String replaces) {
        return new CoverRequest("C00041", "Acme GmbH", "HRB 4711", "DE", MonetaryAmount.of("50000.00", "EUR"),
                replaces, Map.of());
    }

    @Test
    void asksForCoverAndReadsTheLaterDecision() {
        osprey.answer("/v1/cover-requests", 201, "{\"coverId\":\"OSP-C-1\",\"status\":\"pending\"}");
        CoverDecision asked = insurer.requestCover(request("OSP-C-0"), context);

        assertThat(asked.coverReference()).isEqualTo("OSP-C-1");
        assertThat(asked.status()).isEqualTo(CoverStatus.PENDING);
        assertThat(osprey.requests()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.authorization()).isEqualTo("Bearer test-token");
            assertThat(sent.body()).contains("\"reference\":\"C00041\"", "\"registrationNumber\":\"HRB 4711\"",
                    "\"value\":\"50000.00\"", "\"currency\":\"EUR\"", "\"replaces\":\"OSP-C-0\"");
        });

        osprey.answer("/v1/covers/", 200, """
                {"coverId":"OSP-C-1","status":"PARTIAL","insuredAmount":{"value":"40000.00","currency":"EUR"},
                 "coveragePercent":90,"validFrom":"2026-12-04","validTo":"2027-12-03",
                 "conditions":["payment terms at most 60 days"]}""");
        CoverDecision decided = insurer.coverStatus("OSP-C-1", context);
        assertThat(osprey.requests().get(1).uri()).isEqualTo("/v1/covers/OSP-C-1");
        assertThat(decided.status()).isEqualTo(CoverStatus.PARTIALLY_GRANTED);
        assertThat(decided.insuredLimit()).isEqualTo(MonetaryAmount.of("40000.00", "EUR"));
        assertThat(decided.validFrom()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(decided.validTo()).isEqualTo(LocalDate.of(2027, 12, 3));
        assertThat(decided.conditions()).containsExactly("payment terms at most 60 days");
        assertThat(decided.properties()).containsEntry("coveragePercent", "90");
    }

    @Test
    void eachStatusMeansWhatTheInsurerDocumentsAndAnUnknownDecisionIsNoDecision() {
        osprey.answer("/v1/covers/", 404, "{}");
        assertThatThrownBy(() -> insurer.coverStatus("OSP-X", context)).isInstanceOf(RejectedRequestException.class);
        osprey.answer("/v1/covers/", 403, "{}");
        assertThatThrownBy(() -> insurer.coverStatus("OSP-X", context))
                .isInstanceOf(PluginConfigurationException.class);
        osprey.answer("/v1/covers/", 429, "{}");
        assertThatThrownBy(() -> insurer.coverStatus("OSP-X", context)).isInstanceOf(RetryLaterException.class);
        osprey.answer("/v1/covers/", 200, "{\"coverId\":\"OSP-X\",\"status\":\"maybe\"}");
        assertThatThrownBy(() -> insurer.coverStatus("OSP-X", context)).hasMessageContaining("unknown status");
    }

    @Test
    void readsADecisionPushedWithTheWebhookSecretsSignatureAndRefusesAnyOther() {
        TestPluginContext signed = context.withSecrets(Map.of("webhookSecret", "hook-secret"));
        byte[] body = "{\"covers\":[{\"coverId\":\"OSP-C-1\",\"status\":\"granted\",\"insuredAmount\":{\"value\":\"5.00\",\"currency\":\"EUR\"},\"validFrom\":\"2026-12-04\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signature = "sha256=" + WebhookSignatures.hmacSha256Hex("hook-secret", body);
        List<InsuranceUpdate> updates = insurer.readWebhook(new WebhookRequest(Map.of("x-osprey-signature",
                List.of(signature)), body), signed);
        assertThat(updates).singleElement().isInstanceOfSatisfying(InsuranceUpdate.CoverDecided.class, d -> {
            assertThat(d.decision().coverReference()).isEqualTo("OSP-C-1");
            assertThat(d.decision().status()).isEqualTo(CoverStatus.GRANTED);
        });
        assertThatThrownBy(() -> insurer.readWebhook(new WebhookRequest(Map.of("x-osprey-signature",
                List.of(signature)), "{\"covers\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), signed))
                .as("another body under the same signature").isInstanceOf(WebhookRejectedException.class);
    }

    @Test
    void notifiesOverdueInvoicesAndFilesAndFollowsAClaimUnderItsNumber() {
        OverdueInvoice invoice = new OverdueInvoice("INV-9", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31),
                MonetaryAmount.of("1200.00", "EUR"));
        osprey.answer("/v1/overdue-notices", 201, "{\"noticeId\":\"OSP-N-5\"}");
        assertThat(insurer.notifyOverdue(new OverdueNotification("OSP-C-1", "C00041", List.of(invoice)), context))
                .isEqualTo("OSP-N-5");
        assertThat(osprey.requests().get(0).body()).contains("\"coverId\":\"OSP-C-1\"", "\"number\":\"INV-9\"",
                "\"value\":\"1200.00\"");

        osprey.answer("/v1/claims", 201, "{\"claimId\":\"OSP-K-7\",\"claimNumber\":\"DW-CLM-3\",\"status\":"
                + "\"received\",\"asOf\":\"2026-12-04\"}");
        ClaimStatus filed = insurer.fileClaim(new ClaimRequest("DW-CLM-3", "OSP-C-1", "C00041", List.of(invoice),
                MonetaryAmount.of("1200.00", "EUR")), context);
        assertThat(filed.claimReference()).isEqualTo("OSP-K-7");
        assertThat(filed.state()).isEqualTo(ClaimState.FILED);
        assertThat(osprey.requests().get(1).body()).contains("\"claimNumber\":\"DW-CLM-3\"");

        osprey.answer("/v1/claims/", 200, "{\"claimId\":\"OSP-K-7\",\"status\":\"paid\",\"settledAmount\":"
                + "{\"value\":\"1080.00\",\"currency\":\"EUR\"},\"asOf\":\"2027-01-15\",\"note\":\"90%\"}");
        ClaimStatus paid = insurer.claimStatus("OSP-K-7", context);
        assertThat(osprey.requests().get(2).uri()).isEqualTo("/v1/claims/OSP-K-7");
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        assertThat(paid.settledAmount()).isEqualTo(MonetaryAmount.of("1080.00", "EUR"));
        osprey.answer("/v1/claims/", 200, "{\"claimId\":\"OSP-K-7\",\"status\":\"lost\"}");
        assertThatThrownBy(() -> insurer.claimStatus("OSP-K-7", context)).hasMessageContaining("unknown claim status");
    }
}
