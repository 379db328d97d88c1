package org.dunwell.plugins.heron;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.WebhookRejectedException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.plugin.api.WebhookSignatures;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CaseRecall;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.HandoverReceipt;
import org.pf4j.Extension;

/**
 * Heron Collections (a fictional collection agency; its API is in docs/plugins.md): a case is placed with
 * {@code POST {baseUrl}/v2/claims} (the same {@code clientReference} again answers the claim already placed), and what
 * happens to it is read as events with {@code GET {baseUrl}/v2/events?after={cursor}}, authorised by the company's API
 * key (secret {@code apiKey}) as a bearer token. 400, 404 or 422: refused; 401 or 403: the key is wrong; 429 or 5xx:
 * try again later. Heron also pushes its events to the host's webhook, signed ({@link #readWebhook}).
 */
@Extension
public class HeronAgency implements CollectionAgencyProvider {

    @Override
    public HandoverReceipt handOver(CaseHandover handover, PluginContext context) {
        Map<String, Object> debtor = new LinkedHashMap<>();
        debtor.put("reference", handover.debtor().account());
        debtor.put("name", handover.debtor().name());
        debtor.put("registrationNumber", handover.debtor().registrationNumber());
        debtor.put("country", handover.debtor().country());
        List<Map<String, Object>> invoices = new ArrayList<>();
        handover.invoices().forEach(invoice -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("number", invoice.invoiceNumber());
            line.put("invoiceDate", invoice.invoiceDate() == null ? null : invoice.invoiceDate().toString());
            line.put("dueDate", invoice.dueDate().toString());
            line.put("open", money(invoice.openAmount()));
            invoices.add(line);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientReference", handover.caseNumber());
        body.put("debtor", debtor);
        body.put("invoices", invoices);
        body.put("total", money(handover.total()));
        body.put("history", handover.history().stream().map(h -> Map.of("date", h.date().toString(), "type",
                h.type(), "text", h.text() == null ? "" : h.text())).toList());
        body.put("contacts", handover.contacts().stream().map(c -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", c.name());
            contact.put("email", c.email());
            contact.put("phone", c.phone());
            return contact;
        }).toList());
        Map<String, Object> answer = json(send(context, HttpRequest.newBuilder(uri(context, "/v2/claims"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)))));
        Object claim = answer.get("claimId");
        if (claim == null) {
            throw new IllegalStateException("Heron answered no claimId");
        }
        return new HandoverReceipt(handover.caseNumber(), String.valueOf(claim));
    }

    /**
     * {@code POST {baseUrl}/v2/claims/{claimId}/recall} with {@code {"clientReference":…,"reason":…}}; Heron answers 200
     * (recalled now) or 409 (closed or recalled before: nothing to do).
     */
    @Override
    public void recall(CaseRecall recall, PluginContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientReference", recall.caseNumber());
        body.put("reason", recall.reason());
        send(context, HttpRequest.newBuilder(uri(context, "/v2/claims/"
                        + URLEncoder.encode(recall.agencyReference(), StandardCharsets.UTF_8) + "/recall"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body))),
                409);
    }

    @Override
    @SuppressWarnings("unchecked")
    public AgencyUpdates updates(String cursor, PluginContext context) {
        String query = cursor == null ? "" : "?after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        Map<String, Object> answer = json(send(context, HttpRequest.newBuilder(uri(context, "/v2/events" + query))
                .GET()));
        List<Object> events = (List<Object>) answer.getOrDefault("events", List.of());
        List<AgencyUpdate> updates = new ArrayList<>();
        for (Object event : events) {
            updates.add(update((Map<String, Object>) event));
        }
        Object next = answer.get("next");
        return new AgencyUpdates(updates, next == null ? cursor : String.valueOf(next));
    }

    /**
     * Heron pushes the same events as {@code /v2/events} reads, signed: {@code X-Heron-Signature: sha256=} and the
     * HMAC-SHA256 of the body under the company's secret {@code webhookSecret}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<AgencyUpdate> readWebhook(WebhookRequest request, PluginContext context) {
        String secret = context.secret("webhookSecret").orElseThrow(() ->
                new PluginConfigurationException("the secret webhookSecret is missing"));
        WebhookSignatures.requireHmacSha256(request, "X-Heron-Signature", "sha256=", secret);
        Map<String, Object> pushed;
        try {
            pushed = JSON.std.mapFrom(new String(request.body(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new WebhookRejectedException("the call is not Heron's JSON: " + e.getMessage());
        }
        List<AgencyUpdate> updates = new ArrayList<>();
        for (Object event : (List<Object>) pushed.getOrDefault("events", List.of())) {
            updates.add(update((Map<String, Object>) event));
        }
        return updates;
    }

    @SuppressWarnings("unchecked")
    static AgencyUpdate update(Map<String, Object> event) {
        String id = string(event, "eventId");
        String claim = string(event, "claimId");
        String type = string(event, "type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "status" -> new AgencyUpdate.StatusChanged(claim, id, string(event, "status").toUpperCase(Locale.ROOT),
                    (String) event.get("note"), Instant.parse(string(event, "at")));
            case "payment" -> new AgencyUpdate.Recovery(claim, id, amount((Map<String, Object>) event.get("amount")),
                    LocalDate.parse(string(event, "date")), (String) event.get("invoice"));
            case "fee" -> new AgencyUpdate.Fee(claim, id, amount((Map<String, Object>) event.get("amount")),
                    (String) event.get("description"), LocalDate.parse(string(event, "date")));
            default -> throw new IllegalStateException("Heron sent an event of unknown type: " + type);
        };
    }

    private static String string(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (value == null) {
            throw new IllegalStateException("Heron sent an event without " + field);
        }
        return String.valueOf(value);
    }

    private static MonetaryAmount amount(Map<String, Object> amount) {
        if (amount == null) {
            throw new IllegalStateException("Heron sent a payment or fee without an amount");
        }
        return MonetaryAmount.of(String.valueOf(amount.get("value")), String.valueOf(amount.get("currency")));
    }

    private static Map<String, Object> money(MonetaryAmount amount) {
        return Map.of("value", amount.amount().toPlainString(), "currency", amount.currency());
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.std.asString(body);
        } catch (IOException e) {
            throw new IllegalStateException("the claim could not be written as JSON", e);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSON.std.mapFrom(body);
        } catch (IOException e) {
            throw new IllegalStateException("Heron's answer is not JSON: " + e.getMessage(), e);
        }
    }

    private static URI uri(PluginContext context, String path) {
        return URI.create(context.settings().requireUri("baseUrl").toString().replaceAll("/+$", "") + path);
    }

    private static String send(PluginContext context, HttpRequest.Builder request) {
        return send(context, request, 201);
    }

    /** The answer's body for 200, 201 or {@code alsoFine}; Heron's errors as the plugin API's exceptions. */
    private static String send(PluginContext context, HttpRequest.Builder request, int alsoFine) {
        String key = context.secret("apiKey").orElseThrow(() ->
                new PluginConfigurationException("the secret apiKey is missing"));
        HttpResponse<String> answer = context.http().send(request.header("Accept", "application/json")
                .header("Authorization", "Bearer " + key).build());
        int status = answer.statusCode();
        if (status == 400 || status == 404 || status == 422) {
            throw new RejectedRequestException("Heron refused the request (" + status + "): " + brief(answer.body()));
        }
        if (status == 401 || status == 403) {
            throw new PluginConfigurationException("Heron refused the API key (" + status + ")");
        }
        if (status != 200 && status != 201 && status != alsoFine) {
            throw new RetryLaterException("Heron answered " + status);
        }
        return answer.body();
    }

    private static String brief(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
