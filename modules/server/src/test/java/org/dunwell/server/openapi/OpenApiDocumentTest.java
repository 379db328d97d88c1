package org.dunwell.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.ledger.api.ImportKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build wrote (and the server serves) describes everything: each component
 * schema has a description and its properties (or is a documented scalar: a key, an amount, a date,
 * an enum), each operation has a summary, an id, its roles, a success answer with its body and at
 * least one error answer. A newcomer reading only the document can call every operation.
 */
class OpenApiDocumentTest {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");

    private static JsonObject document;

    @BeforeAll
    static void read() throws IOException {
        Path written = Path.of("target", "openapi", "openapi.json");
        assertThat(written).as("the document the build writes (process-classes)").exists();
        try (InputStream in = Files.newInputStream(written)) {
            document = Json.createReader(in).readObject();
        }
    }

    @Test
    void theImportKindsTheDocumentListsAreTheOnesTheLedgerTakes() {
        JsonObject post = document.getJsonObject("paths").getJsonObject("/api/v1/imports/{kind}").getJsonObject("post");
        List<String> listed = post.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> "kind".equals(p.getString("name", null))).findFirst().orElseThrow()
                .getJsonObject("schema").getJsonArray("enum").getValuesAs(JsonString::getString);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                ImportKind.values()).map(ImportKind::path).toList());
    }

    @Test
    void everyComponentSchemaHasADescriptionAndItsPropertiesOrIsADocumentedScalar() {
        List<String> defects = new ArrayList<>();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        schemas.forEach((name, value) -> {
            JsonObject schema = value.asJsonObject();
            if (name.matches(".*\\d$")) {
                defects.add(name + ": a numbered name (two classes share a simple name; give one a schema name)");
            }
            if (!schema.containsKey("description") || schema.getString("description").isBlank()) {
                defects.add(name + ": no description");
            }
            String type = schema.getString("type", "");
            if (schema.containsKey("enum")) {
                return;
            }
            if ("object".equals(type)) {
                if (!schema.containsKey("properties") || schema.getJsonObject("properties").isEmpty()) {
                    defects.add(name + ": an object without properties");
                }
            } else if ("string".equals(type)) {
                if (!schema.containsKey("pattern") && !schema.containsKey("format")) {
                    defects.add(name + ": a string without pattern or format");
                }
            } else {
                defects.add(name + ": type '" + type + "'");
            }
        });
        assertThat(defects).as("schemas that do not say what they hold").isEmpty();
        assertThat(schemas.size()).as("component schemas").isGreaterThan(80);
    }

    @Test
    void everyOperationHasASummaryAnIdItsRolesItsSuccessAndItsErrors() {
        List<String> defects = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!VERBS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                if (operation.getString("summary", "").isBlank()) {
                    defects.add(where + ": no summary");
                }
                if (operation.getString("operationId", "").isBlank()) {
                    defects.add(where + ": no operationId");
                }
                if (!operation.containsKey("x-roles")) {
                    defects.add(where + ": no roles");
                }
                JsonObject responses = operation.getJsonObject("responses");
                long errors = responses.keySet().stream().filter(code -> code.startsWith("4")).count();
                if (errors == 0) {
                    defects.add(where + ": no 4xx answer");
                }
                List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
                if (successes.isEmpty()) {
                    defects.add(where + ": no 2xx answer");
                }
                for (String code : successes) {
                    JsonObject success = responses.getJsonObject(code);
                    if (!"204".equals(code) && !hasSchema(success)) {
                        defects.add(where + ": " + code + " says nothing of its body");
                    }
                }
                if (operation.containsKey("requestBody") && !hasSchema(operation.getJsonObject("requestBody"))) {
                    defects.add(where + ": a request body without a schema");
                } else if (operation.containsKey("requestBody") && !hasExample(operation.getJsonObject("requestBody"))) {
                    defects.add(where + ": a request body without an example");
                }
            }
        }
        assertThat(defects).as("operations a newcomer could not call without guessing").isEmpty();
        assertThat(operations).as("operations in the document").isGreaterThan(100);
    }

    @Test
    void everyErrorAnswerIsAProblem() {
        JsonObject responses = document.getJsonObject("components").getJsonObject("responses");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                "PreconditionFailed", "UnprocessableContent", "PreconditionRequired", "TooManyRequests")) {
            assertThat(responses.getJsonObject(name).getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                    .as(name).isEqualTo("#/components/schemas/Problem");
        }
    }

    /** The body's media type or its schema (the component it refers to) shows an example. */
    private static boolean hasExample(JsonObject requestBody) {
        for (JsonValue value : requestBody.getJsonObject("content").values()) {
            JsonObject media = value.asJsonObject();
            if (media.containsKey("examples") || media.containsKey("example")) {
                return true;
            }
            JsonObject schema = media.getJsonObject("schema");
            if (schema.containsKey("$ref")) {
                String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
                schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
            }
            if (schema == null || !schema.containsKey("example")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSchema(JsonObject withContent) {
        if (!withContent.containsKey("content")) {
            return false;
        }
        for (JsonValue media : withContent.getJsonObject("content").values()) {
            JsonObject schema = media.asJsonObject().getJsonObject("schema");
            if (schema == null || schema.isEmpty()) {
                return false;
            }
        }
        return !withContent.getJsonObject("content").isEmpty();
    }
}
