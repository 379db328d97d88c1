package org.dunwell.sandboxes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Optional;

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
