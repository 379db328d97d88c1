package org.dunwell.plugins.osprey;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.dunwell.plugin.api.insurance.ClaimRequest;
import org.dunwell.plugin.api.insurance.ClaimState;
import org.dunwell.plugin.api.insurance.ClaimStatus;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverRequest;
import org.dunwell.plugin.api.insurance.CoverStatus;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.dunwell.plugin.api.insurance.InsuranceUpdate;
import org.dunwell.plugin.api.insurance.OverdueInvoice;
import org.dunwell.plugin.api.insurance.OverdueNotification;
import org.pf4j.Extension;

/**
 * Osprey Trade Credit (a fictional insurer; its API is in docs/plugins.md): cover is asked with
 * {@code POST {baseUrl}/v1/cover-requests} and its decision, which comes later, read with
 * {@code GET {baseUrl}/v1/covers/{coverId}}, authorised by a client-credentials token the host obtains
 * ({@code oauth.tokenUrl}, {@code oauth.clientId}, secret {@code oauth.clientSecret}). 400, 404 or 422: refused;
 * 401 or 403: the credentials are wrong; 429 or 5xx: try again later. Overdue invoices are notified with
 * {@code POST {baseUrl}/v1/overdue-notices}, claims filed with {@code POST {baseUrl}/v1/claims} and followed with
 * {@code GET {baseUrl}/v1/claims/{claimId}}. Decided covers and claims are also pushed to the host's webhook, signed
 * ({@link #readWebhook}).
 */
@Extension
public class OspreyInsurer implements CreditInsuranceProvider {

    @Override
    public CoverDecision requestCover(CoverRequest request, PluginContext context) {
        Map<String, Object> buyer = new LinkedHashMap<>();
        buyer.put("reference", request.account());
        buyer.put("name", request.buyerName());
        buyer.put("registrationNumber", request.registrationNumber());
        buyer.put("country", request.country());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buyer", buyer);
        body.put("amount", Map.of("value", request.amount().amount().toPlainString(),
                "currency", request.amount().currency()));
        body.put("replaces", request.existingCoverReference());
        String json;
        try {
            json = JSON.std.asString(body);
        } catch (IOException e) {
            throw new IllegalStateException("the cover request could not be written as JSON", e);
        }
        return decision(send(context, HttpRequest.newBuilder(uri(context, "/v1/cover-requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    @Override
    public CoverDecision coverStatus(String coverReference, PluginContext context) {
        return decision(send(context, HttpRequest.newBuilder(uri(context, "/v1/covers/"
                + URLEncoder.encode(coverReference, StandardCharsets.UTF_8).replace("+", "%20"))).GET()));
    }

    /** {@code POST {baseUrl}/v1/overdue-notices}, answering {@code {"noticeId": …}}. */
    @Override
    public String notifyOverdue(OverdueNotification notification, PluginContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coverId", notification.coverReference());
        body.put("buyerReference", notification.account());
        body.put("invoices", invoices(notification.invoices()));
        Map<String, Object> answer = map(send(context, HttpRequest.newBuilder(uri(context, "/v1/overdue-notices"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)))));
        Object notice = answer.get("noticeId");
        if (notice == null) {
            throw new IllegalStateException("Osprey answered no noticeId");
        }
        return String.valueOf(notice);
    }

    /** {@code POST {baseUrl}/v1/claims} (the same claimNumber again: the same claim), answering the claim. */
    @Override
    public ClaimStatus fileClaim(ClaimRequest claim, PluginContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("claimNumber", claim.claimNumber());
        body.put("coverId", claim.coverReference());
        body.put("buyerReference", claim.account());
        body.put("invoices", invoices(claim.invoices()));
        body.put("amount", Map.of("value", claim.claimedAmount().amount().toPlainString(), "currency",
                claim.claimedAmount().currency()));
        return claim(send(context, HttpRequest.newBuilder(uri(context, "/v1/claims"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)))));
    }

    /** {@code GET {baseUrl}/v1/claims/{claimId}}. */
    @Override
    public ClaimStatus claimStatus(String claimReference, PluginContext context) {
        return claim(send(context, HttpRequest.newBuilder(uri(context, "/v1/claims/"
                + URLEncoder.encode(claimReference, StandardCharsets.UTF_8).replace("+", "%20"))).GET()));
    }

    private static List<Map<String, Object>> invoices(List<OverdueInvoice> invoices) {
        return invoices.stream().map(i -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("number", i.invoiceNumber());
            line.put("dueDate", i.dueDate().toString());
            line.put("open", Map.of("value", i.openAmount().amount().toPlainString(), "currency",
                    i.openAmount().currency()));
            return line;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    static ClaimStatus claim(String body) {
        Map<String, Object> json = map(body);
        Map<String, Object> settled = (Map<String, Object>) json.get("settledAmount");
        Object asOf = json.get("asOf");
        return new ClaimStatus(String.valueOf(json.get("claimId")), (String) json.get("claimNumber"),
                claimState((String) json.get("status")), settled == null ? null : MonetaryAmount.of(
                        String.valueOf(settled.get("value")), (String) settled.get("currency")),
                asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(String.valueOf(asOf)),
                (String) json.get("note"), Map.of());
    }

    private static ClaimState claimState(String status) {
        return switch (status == null ? "" : status.toUpperCase(Locale.ROOT)) {
            case "FILED", "RECEIVED" -> ClaimState.FILED;
            case "UNDER_REVIEW" -> ClaimState.UNDER_REVIEW;
            case "ACCEPTED" -> ClaimState.ACCEPTED;
            case "PARTIAL" -> ClaimState.PARTIALLY_ACCEPTED;
            case "REJECTED" -> ClaimState.REJECTED;
            case "PAID" -> ClaimState.PAID;
            default -> throw new IllegalStateException("Osprey answered an unknown claim status: " + status);
        };
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.std.asString(body);
        } catch (IOException e) {
            throw new IllegalStateException("the request could not be written as JSON", e);
        }
    }

    private static Map<String, Object> map(String body) {
        try {
            return JSON.std.mapFrom(body);
        } catch (IOException e) {
            throw new IllegalStateException("Osprey's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Osprey pushes decided covers as {@code {"covers":[…]}} (each as {@code GET /v1/covers/{id}} answers) and claims
     * as {@code {"claims":[…]}} (as {@code GET /v1/claims/{id}} answers), signed:
     * {@code X-Osprey-Signature: sha256=} and the HMAC-SHA256 of the body under the company's secret
     * {@code webhookSecret}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<InsuranceUpdate> readWebhook(WebhookRequest request, PluginContext context) {
        String secret = context.secret("webhookSecret").orElseThrow(() ->
                new PluginConfigurationException("the secret webhookSecret is missing"));
        WebhookSignatures.requireHmacSha256(request, "X-Osprey-Signature", "sha256=", secret);
        Map<String, Object> pushed;
        try {
            pushed = JSON.std.mapFrom(new String(request.body(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new WebhookRejectedException("the call is not Osprey's JSON: " + e.getMessage());
        }
        List<InsuranceUpdate> updates = new java.util.ArrayList<>();
        for (Object cover : (List<Object>) pushed.getOrDefault("covers", List.of())) {
            try {
                updates.add(new InsuranceUpdate.CoverDecided(decision(JSON.std.asString(cover))));
            } catch (IOException | RuntimeException e) {
                throw new WebhookRejectedException("a cover in the call is not one Osprey documents: " + e.getMessage());
            }
        }
        for (Object claim : (List<Object>) pushed.getOrDefault("claims", List.of())) {
            try {
                updates.add(new InsuranceUpdate.ClaimChanged(claim(JSON.std.asString(claim))));
            } catch (IOException | RuntimeException e) {
                throw new WebhookRejectedException("a claim in the call is not one Osprey documents: " + e.getMessage());
            }
        }
        return updates;
    }

    private static URI uri(PluginContext context, String path) {
        return URI.create(context.settings().requireUri("baseUrl").toString().replaceAll("/+$", "") + path);
    }

    private static String send(PluginContext context, HttpRequest.Builder request) {
        HttpResponse<String> answer = context.http().send(request.header("Accept", "application/json")
                .header("Authorization", "Bearer " + context.accessToken()).build());
        int status = answer.statusCode();
        if (status == 400 || status == 404 || status == 422) {
            throw new RejectedRequestException("Osprey refused the request (" + status + "): " + brief(answer.body()));
        }
        if (status == 401 || status == 403) {
            throw new PluginConfigurationException("Osprey refused the credentials (" + status + ")");
        }
        if (status != 200 && status != 201) {
            throw new RetryLaterException("Osprey answered " + status);
        }
        return answer.body();
    }

    @SuppressWarnings("unchecked")
    static CoverDecision decision(String body) {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(body);
        } catch (IOException e) {
            throw new IllegalStateException("Osprey's answer is not JSON: " + e.getMessage(), e);
        }
        Map<String, Object> insured = (Map<String, Object>) json.get("insuredAmount");
        Object percent = json.get("coveragePercent");
        List<Object> conditions = (List<Object>) json.getOrDefault("conditions", List.of());
        return new CoverDecision(String.valueOf(json.get("coverId")), status((String) json.get("status")),
                insured == null ? null : MonetaryAmount.of(String.valueOf(insured.get("value")),
                        (String) insured.get("currency")), date(json.get("validFrom")), date(json.get("validTo")),
                conditions.stream().map(String::valueOf).toList(),
                percent == null ? Map.of() : Map.of("coveragePercent", String.valueOf(percent)));
    }

    private static CoverStatus status(String status) {
        return switch (status == null ? "" : status.toUpperCase(Locale.ROOT)) {
            case "PENDING" -> CoverStatus.PENDING;
            case "GRANTED" -> CoverStatus.GRANTED;
            case "PARTIAL" -> CoverStatus.PARTIALLY_GRANTED;
            case "REFUSED" -> CoverStatus.REFUSED;
            case "WITHDRAWN" -> CoverStatus.WITHDRAWN;
            default -> throw new IllegalStateException("Osprey answered an unknown status: " + status);
        };
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(String.valueOf(value));
    }

    private static String brief(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
