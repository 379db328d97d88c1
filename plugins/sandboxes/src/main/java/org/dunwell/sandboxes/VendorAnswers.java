package org.dunwell.sandboxes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/** The answers every sandbox gives: JSON bodies, errors as {@code {"error": …}}, and reading optional JSON fields. */
final class VendorAnswers {

    private VendorAnswers() {
    }

    static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }

    static Response error(int status, String error) {
        return json(status, Json.createObjectBuilder().add("error", error).build());
    }

    /** The odd error: 503 with Retry-After, as a service under load answers. */
    static Response unavailable() {
        return Response.fromResponse(error(503, "temporarily_unavailable")).header("Retry-After", "1").build();
    }

    /**
     * A vendor's answer to a call: 401 with {@code refusal} when the caller is not {@code authorized}, the odd 503 when
     * it is its turn, otherwise {@code answer}.
     */
    static Response guarded(boolean authorized, String refusal, OddErrors oddErrors, Supplier<Response> answer) {
        if (!authorized) {
            return error(401, refusal);
        }
        return oddErrors.next() ? unavailable() : answer.get();
    }

    /** Adds {@code value} as text under {@code name} when there is one (dates, references, notes). */
    static JsonObjectBuilder optional(JsonObjectBuilder json, String name, Object value) {
        return value == null ? json : json.add(name, value.toString());
    }

    static Response token(String token) {
        return json(200, Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", ClientCredentials.LIFETIME.toSeconds()).build());
    }

    static JsonObjectBuilder money(String valueName, BigDecimal amount, String currency) {
        return Json.createObjectBuilder().add(valueName, amount.toPlainString()).add("currency", currency);
    }

    static Optional<String> text(JsonObject object, String name) {
        if (object == null || !object.containsKey(name) || object.isNull(name)
                || object.get(name).getValueType() != JsonValue.ValueType.STRING) {
            return Optional.empty();
        }
        String value = object.getString(name).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static Optional<JsonObject> object(JsonObject object, String name) {
        if (object == null || !object.containsKey(name) || object.get(name).getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        return Optional.of(object.getJsonObject(name));
    }

    /** A positive amount at most two decimals from {@code {"value": "…", "currency": "…"}}; empty when not one. */
    static Optional<BigDecimal> amount(JsonObject money) {
        try {
            return text(money, "value").map(BigDecimal::new)
                    .filter(a -> a.signum() > 0 && a.stripTrailingZeros().scale() <= 2)
                    .map(a -> a.setScale(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
