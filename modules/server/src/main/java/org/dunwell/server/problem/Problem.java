package org.dunwell.server.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.kernel.api.Violation;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, and for
 * validation errors an {@code errors} array of {@code {field|line, message}}. Extension
 * members (the import summary of a refused import, say) are added as they are.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> errors,
                      Map<String, JsonValue> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://dunwell.org/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of(), Map.of());
    }

    public Problem withErrors(List<Violation> violations) {
        return new Problem(type, title, status, detail, violations, extensions);
    }

    public Problem with(String member, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, errors, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Violation violation : errors) {
                JsonObjectBuilder error = Json.createObjectBuilder();
                if (violation.field() != null) {
                    error.add("field", violation.field());
                }
                if (violation.line() != null) {
                    error.add("line", violation.line());
                }
                array.add(error.add("message", violation.message()));
            }
            json.add("errors", array);
        }
        extensions.forEach(json::add);
        return json.build();
    }
}
