package org.dunwell.plugins.heron;

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
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CaseRecall;
import org.dunwell.plugin.api.agency.Contact;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.api.agency.HandoverReceipt;
import org.dunwell.plugin.api.agency.HistoryEntry;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin against a local Heron stub: the claim it places, the events it reads with the cursor, each status. */
class HeronAgencyTest {

    private final StubHttpService heron = new StubHttpService();
    private final TestPluginContext context = TestPluginContext.withSettings(Map.of("baseUrl", heron.baseUrl()))
            .withSecrets(Map.of("apiKey", "heron-key"));
    private final HeronAgency agency = new HeronAgency();

    @AfterEach
    void stop() {
        heron.close();
    }

    private static CaseHandover handover() {
        MonetaryAmount open = MonetaryAmount.of("150.00", "EUR");
        return new CaseHandover("DW-CASE-3-9", new Debtor("C00043", "Acme GmbH", "HRB 4711", "DE", List.of()),
                List.of(new HandoverInvoice("INV-1", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), open, open)),
                open, List.of(new HistoryEntry(LocalDate.of(2026, 11, 2), "opened", "three letters")),
                List.of(new Contact("Anna Berg", "AP", "anna@acme.example", null)), Map.of());
    }

    @Test
    void placesTheClaimWithTheApiKeyAndReadsItsEventsWithTheCursor() {
        heron.answer("/v2/claims", 201, "{\"claimId\":\"HER-77\",\"status\":\"received\"}");
        HandoverReceipt receipt = agency.handOver(handover(), context);

        assertThat(receipt.agencyReference()).isEqualTo("HER-77");
        assertThat(heron.requests()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.authorization()).isEqualTo("Bearer heron-key");
            assertThat(sent.body()).contains("\"clientReference\":\"DW-CASE-3-9\"", "\"reference\":\"C00043\"",
                    "\"number\":\"INV-1\"", "\"dueDate\":\"2026-08-31\"", "\"value\":\"150.00\"",
                    "\"email\":\"anna@acme.example\"", "\"type\":\"opened\"");
        });

        heron.answer("/v2/events", 200, """
                {"events":[
                  {"eventId":"E1","claimId":"HER-77","type":"status","status":"in_progress","at":"2026-12-03T08:00:00Z"},
                  {"eventId":"E2","claimId":"HER-77","type":"payment","amount":{"value":"60.00","currency":"EUR"},
                   "date":"2026-12-03","invoice":"INV-1"},
                  {"eventId":"E3","claimId":"HER-77","type":"fee","amount":{"value":"9.00","currency":"EUR"},
                   "date":"2026-12-03","description":"commission 15%"}],
                 "next":"E3"}""");
        AgencyUpdates first = agency.updates(null, context);
        assertThat(heron.requests().get(1).uri()).isEqualTo("/v2/events");
        assertThat(first.nextCursor()).isEqualTo("E3");
        assertThat(first.updates()).hasSize(3);
        assertThat(first.updates().get(0)).isInstanceOfSatisfying(AgencyUpdate.StatusChanged.class,
                s -> assertThat(s.status()).isEqualTo("IN_PROGRESS"));
        assertThat(first.updates().get(1)).isInstanceOfSatisfying(AgencyUpdate.Recovery.class, r -> {
            assertThat(r.recoveryId()).isEqualTo("E2");
            assertThat(r.amount()).isEqualTo(MonetaryAmount.of("60.00", "EUR"));
            assertThat(r.invoiceNumber()).isEqualTo("INV-1");
        });
        assertThat(first.updates().get(2)).isInstanceOfSatisfying(AgencyUpdate.Fee.class,
                f -> assertThat(f.description()).isEqualTo("commission 15%"));

        heron.answer("/v2/events", 200, "{\"events\":[]}");
        AgencyUpdates none = agency.updates("E3", context);
        assertThat(heron.requests().get(2).uri()).isEqualTo("/v2/events?after=E3");
        assertThat(none.updates()).isEmpty();
        assertThat(none.nextCursor()).as("nothing new: the same cursor").isEqualTo("E3");
    }

    @Test
    void recallsTheClaimAndARecallHeronHadAlreadyIsNoError() {
        heron.answer("/v2/claims/HER-77/recall", 200, "{\"claimId\":\"HER-77\",\"status\":\"recalled\"}");
        agency.recall(new CaseRecall("HER-77", "DW-CASE-3-9", "paying us directly", Map.of()), context);
        assertThat(heron.requests()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.uri()).isEqualTo("/v2/claims/HER-77/recall");
            assertThat(sent.authorization()).isEqualTo("Bearer heron-key");
            assertThat(sent.body()).contains("\"clientReference\":\"DW-CASE-3-9\"", "\"reason\":\"paying us directly\"");
        });
        heron.answer("/v2/claims/HER-77/recall", 409, "{\"error\":\"already recalled\"}");
        agency.recall(new CaseRecall("HER-77", "DW-CASE-3-9", "again", Map.of()), context);
        heron.answer("/v2/claims/HER-77/recall", 404, "{\"error\":\"no such claim\"}");
        assertThatThrownBy(() -> agency.recall(new CaseRecall("HER-77", "DW-CASE-3-9", "r", Map.of()), context))
                .isInstanceOf(RejectedRequestException.class);
        heron.answer("/v2/claims/HER-77/recall", 503, "{}");
        assertThatThrownBy(() -> agency.recall(new CaseRecall("HER-77", "DW-CASE-3-9", "r", Map.of()), context))
                .isInstanceOf(RetryLaterException.class);
    }

    @Test
    void eachStatusMeansWhatTheAgencyDocumentsAndGarbageIsRefused() {
        heron.answer("/v2/claims", 422, "{\"error\":\"no invoices\"}");
        assertThatThrownBy(() -> agency.handOver(handover(), context)).isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("no invoices");
        heron.answer("/v2/claims", 401, "{}");
        assertThatThrownBy(() -> agency.handOver(handover(), context))
                .isInstanceOf(PluginConfigurationException.class);
        heron.answer("/v2/events", 503, "{}");
        assertThatThrownBy(() -> agency.updates(null, context)).isInstanceOf(RetryLaterException.class);
        heron.answer("/v2/events", 200, "{\"events\":[{\"eventId\":\"E9\",\"claimId\":\"HER-1\",\"type\":\"gift\"}]}");
        assertThatThrownBy(() -> agency.updates(null, context)).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> agency.handOver(handover(), TestPluginContext.withSettings(
                Map.of("baseUrl", heron.baseUrl())))).isInstanceOf(PluginConfigurationException.class)
                .hasMessageContaining("apiKey");
    }

    @Test
    void readsAPushedEventSignedWithTheWebhookSecretAndRefusesAnyOther() {
        TestPluginContext signed = context.withSecrets(Map.of("apiKey", "heron-key", "webhookSecret", "hook-secret"));
        byte[] body = ("{\"events\":[{\"eventId\":\"E7\",\"claimId\":\"HER-77\",\"type\":\"payment\","
                + "\"amount\":{\"value\":\"10.00\",\"currency\":\"EUR\"},\"date\":\"2026-12-04\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signature = "sha256=" + WebhookSignatures.hmacSha256Hex("hook-secret", body);
        List<AgencyUpdate> updates = agency.readWebhook(new WebhookRequest(Map.of("x-heron-signature",
                List.of(signature)), body), signed);
        assertThat(updates).singleElement().isInstanceOfSatisfying(AgencyUpdate.Recovery.class,
                r -> assertThat(r.recoveryId()).isEqualTo("E7"));
        assertThatThrownBy(() -> agency.readWebhook(new WebhookRequest(Map.of("x-heron-signature",
                List.of("sha256=" + WebhookSignatures.hmacSha256Hex("guess", body))), body), signed))
                .isInstanceOf(WebhookRejectedException.class);
        assertThatThrownBy(() -> agency.readWebhook(new WebhookRequest(Map.of(), body), signed))
                .isInstanceOf(WebhookRejectedException.class);
        assertThatThrownBy(() -> agency.readWebhook(new WebhookRequest(Map.of(), body), context))
                .as("no secret configured").isInstanceOf(PluginConfigurationException.class);
    }
}
