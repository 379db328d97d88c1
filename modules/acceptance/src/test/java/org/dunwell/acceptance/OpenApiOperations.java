package org.dunwell.acceptance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations the published OpenAPI document lists, read once: what the fuzz and company tests
 * are generated from. Each carries its path template, method, parameters (by where they go), request
 * body schema, roles ({@code x-roles}) and whether it takes the {@code company} parameter.
 */
final class OpenApiOperations {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");
    private static JsonObject document;

    private OpenApiOperations() {
    }

    /** One operation of the document. */
    record Operation(String id, String method, String path, List<JsonObject> parameters, JsonObject body,
                     String bodyMediaType, List<String> roles, boolean companyScoped) {

        boolean writes() {
            return !"GET".equals(method);
        }

        List<JsonObject> parameters(String in) {
            return parameters.stream().filter(p -> in.equals(p.getString("in"))).toList();
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    static synchronized JsonObject document() {
        if (document == null) {
            String json = HttpApi.anonymous().get("/openapi?format=JSON").assertStatus(200).body();
            try (var reader = Json.createReader(new StringReader(json))) {
                document = reader.readObject();
            }
        }
        return document;
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document().getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!VERBS.contains(entry.getKey())) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                List<JsonObject> parameters = new ArrayList<>();
                boolean company = false;
                for (JsonValue value : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : operation.getJsonArray("parameters")) {
                    JsonObject parameter = resolve(value.asJsonObject());
                    parameters.add(parameter);
                    company |= "company".equals(parameter.getString("name")) && "query".equals(parameter.getString("in"));
                }
                JsonObject body = null;
                String mediaType = null;
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    mediaType = content.keySet().iterator().next();
                    body = content.getJsonObject(mediaType).getJsonObject("schema");
                }
                JsonArray roles = operation.getJsonArray("x-roles");
                operations.add(new Operation(operation.getString("operationId"), entry.getKey().toUpperCase(),
                        path.getKey(), parameters, body, mediaType,
                        roles == null ? List.of() : roles.getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList(), company));
            }
        }
        return operations;
    }

    /** A schema or parameter with its {@code $ref} followed into the components. */
    static JsonObject resolve(JsonObject schema) {
        JsonObject resolved = schema;
        while (resolved != null && resolved.containsKey("$ref")) {
            String[] ref = resolved.getString("$ref").replace("#/components/", "").split("/");
            resolved = document().getJsonObject("components").getJsonObject(ref[0]).getJsonObject(ref[1]);
        }
        return resolved;
    }

    /** The name of the component a schema refers to; null when it is inline. */
    static String refName(JsonObject schema) {
        return schema != null && schema.containsKey("$ref")
                ? schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1) : null;
    }

    /** The demo user of a role (api-contract.md). */
    static String userOf(String role) {
        return switch (role) {
            case "administrator" -> "admin";
            case "integration" -> "erp";
            case "collections-manager" -> "manager";
            case "collections-agent" -> "agent1";
            case "credit-manager" -> "credit";
            case "credit-clerk" -> "clerk";
            case "senior-approver" -> "cfo";
            default -> throw new IllegalArgumentException("no demo user of role " + role);
        };
    }
}
