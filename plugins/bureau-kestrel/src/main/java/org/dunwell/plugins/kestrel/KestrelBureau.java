package org.dunwell.plugins.kestrel;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.BureauScore;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.pf4j.Extension;

/**
 * The Kestrel Credit Bureau (a fictional bureau; its API is in docs/plugins.md): {@code GET {baseUrl}/v1/reports}
 * with the company's country, registration number and name, authorised by a client-credentials token the host
 * obtains ({@code oauth.tokenUrl}, {@code oauth.clientId}, secret {@code oauth.clientSecret}). 404: the bureau knows
 * no such company; 400 or 422: refused; 401 or 403: the credentials are wrong; 429 or 5xx: try again later.
 */
@Extension
public class KestrelBureau implements CreditBureauProvider {

    @Override
    public Optional<BureauReport> report(CompanyQuery query, PluginContext context) {
        URI base = context.settings().requireUri("baseUrl");
        StringBuilder url = new StringBuilder(base.toString().replaceAll("/+$", "")).append("/v1/reports?country=")
                .append(encode(query.country())).append("&name=").append(encode(query.name()));
        if (query.registrationNumber() != null) {
            url.append("&registrationNumber=").append(encode(query.registrationNumber()));
        }
        HttpResponse<String> answer = context.http().send(HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Accept", "application/json").header("Authorization", "Bearer " + context.accessToken())
                .GET().build());
        int status = answer.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 400 || status == 422) {
            throw new RejectedRequestException("Kestrel refused the query (" + status + "): " + brief(answer.body()));
        }
        if (status == 401 || status == 403) {
            throw new PluginConfigurationException("Kestrel refused the credentials (" + status + ")");
        }
        if (status != 200) {
            throw new RetryLaterException("Kestrel answered " + status);
        }
        return Optional.of(report(answer.body()));
    }

    @SuppressWarnings("unchecked")
    static BureauReport report(String body) {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(body);
        } catch (IOException e) {
            throw new IllegalStateException("Kestrel's answer is not JSON: " + e.getMessage(), e);
        }
        Map<String, Object> company = (Map<String, Object>) json.get("company");
        Map<String, Object> score = (Map<String, Object>) json.get("score");
        Map<String, Object> limit = (Map<String, Object>) json.get("recommendedLimit");
        return new BureauReport(String.valueOf(json.get("reportId")), LocalDate.parse((String) json.get("reportDate")),
                (String) company.get("id"), (String) company.get("name"),
                new BureauScore(number(score, "value"), number(score, "worst"), number(score, "best")),
                (String) json.get("rating"), limit == null ? null
                        : MonetaryAmount.of(String.valueOf(limit.get("amount")), (String) limit.get("currency")),
                Map.of("kestrel.companyId", String.valueOf(company.get("id"))));
    }

    private static int number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String brief(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
