package ${package};

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
 * A credit bureau over HTTP/JSON: GET {baseUrl}/reports?country=..&name=..&registrationNumber=.. with the company's
 * API key (secret apiKey) as a bearer token, answering {"reference":"R-1","date":"2026-12-01","name":"ACME",
 * "score":{"value":480,"worst":100,"best":600},"rating":"B1","limit":{"amount":"12000.00","currency":"EUR"}}.
 * 404: the bureau does not know the company; 400 or 422: refused; 401 or 403: the key is wrong; 429 or 5xx: try
 * again later. Change it to speak your vendor's API.
 */
@Extension
public class ExampleBureau implements CreditBureauProvider {

    @Override
    public Optional<BureauReport> report(CompanyQuery query, PluginContext context) {
        String key = context.secret("apiKey").orElseThrow(() ->
                new PluginConfigurationException("the secret apiKey is missing"));
        StringBuilder uri = new StringBuilder(context.settings().requireUri("baseUrl").toString()
                .replaceAll("/+$", "")).append("/reports?country=").append(encode(query.country()))
                .append("&name=").append(encode(query.name()));
        if (query.registrationNumber() != null) {
            uri.append("&registrationNumber=").append(encode(query.registrationNumber()));
        }
        HttpResponse<String> answer = context.http().send(HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Accept", "application/json").header("Authorization", "Bearer " + key).GET().build());
        int status = answer.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 400 || status == 422) {
            throw new RejectedRequestException("the bureau refused the query (" + status + ")");
        }
        if (status == 401 || status == 403) {
            throw new PluginConfigurationException("the bureau refused the API key (" + status + ")");
        }
        if (status != 200) {
            throw new RetryLaterException("the bureau answered " + status);
        }
        return Optional.of(read(answer.body()));
    }

    @SuppressWarnings("unchecked")
    static BureauReport read(String body) {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(body);
        } catch (IOException e) {
            throw new IllegalStateException("the bureau's answer is not JSON: " + e.getMessage(), e);
        }
        Map<String, Object> score = (Map<String, Object>) json.get("score");
        Map<String, Object> limit = (Map<String, Object>) json.get("limit");
        if (score == null) {
            throw new IllegalStateException("the bureau answered no score");
        }
        return new BureauReport(String.valueOf(json.get("reference")), LocalDate.parse(String.valueOf(json.get("date"))),
                null, String.valueOf(json.get("name")), new BureauScore(number(score, "value"), number(score, "worst"),
                number(score, "best")), (String) json.get("rating"), limit == null ? null : MonetaryAmount.of(
                String.valueOf(limit.get("amount")), String.valueOf(limit.get("currency"))), Map.of());
    }

    private static int number(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("the bureau answered no number for " + field);
        }
        return number.intValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
