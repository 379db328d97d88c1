package org.dunwell.server.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The schemas every part of the document shares that no Java type of ours stands for: a business
 * key (api-contract.md, "Limits on input") and the RFC 9457 problem every error answers with.
 */
final class SharedSchemas {

    /** A key: 1 to 64 characters, no {@code /}, no control characters. */
    static final String KEY_PATTERN = "^[^/\\u0000-\\u001F\\u007F]{1,64}$";

    private SharedSchemas() {
    }

    static void addTo(Components components) {
        components.addSchema("Key", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("A business key (account, document, company, code, pool or sequence name): 1 to 64"
                        + " characters, no '/', no control characters.")
                .minLength(1).maxLength(64).pattern(KEY_PATTERN).example("C00042"));
        components.addSchema("Currency", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("An ISO 4217 currency code.").pattern("^[A-Z]{3}$").example("EUR"));
        components.addSchema("ProblemError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One thing wrong with the request: the field (or the line of an imported file) and"
                        + " what is wrong with it.")
                .addProperty("field", string("The field or parameter, when the error is about one."))
                .addProperty("line", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                        .description("The physical line of an imported file (the header is line 1)."))
                .addProperty("message", string("What is wrong."))
                .required(List.of("message")));
        components.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457, application/problem+json). Other members may follow, such as the"
                        + " import summary of a refused import.")
                .addProperty("type", string("A URI naming the kind of problem.").format("uri")
                        .example("https://dunwell.org/problems/invalid-input"))
                .addProperty("title", string("The HTTP status's reason phrase.").example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status.").example(400))
                .addProperty("detail", string("What went wrong, for a person.")
                        .example("the request is not valid"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("Each field or line that is wrong.")
                        .items(OASFactory.createSchema().ref("ProblemError")))
                .required(List.of("type", "title", "status", "detail")));
    }

    /**
     * The pages of lists ({@code Page<T>} of the kernel, named {@code PageX} by the scanner): what they
     * hold, and that every member is always there.
     */
    static void describePages(Components components) {
        components.getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (name.startsWith("Page") && properties != null
                    && properties.keySet().equals(Set.of("items", "page", "size", "total"))) {
                schema.setDescription("A page of " + name.substring("Page".length()) + ": the items, the page number"
                        + " (from 0), the page size and how many items there are in all.");
                schema.setRequired(List.of("items", "page", "size", "total"));
            }
        });
    }

    /**
     * The members of records that are always in the JSON: a primitive ({@code long id}, {@code boolean
     * valid}) cannot be null, so JSON-B always writes it. Other members say so with
     * {@code @Schema(required = true)}.
     */
    static void requirePrimitives(Components components, Map<String, Class<?>> records) {
        components.getSchemas().forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type == null || schema.getProperties() == null) {
                return;
            }
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType().isPrimitive() && schema.getProperties().containsKey(component.getName())
                        && !required.contains(component.getName())) {
                    required.add(component.getName());
                }
            }
            if (!required.isEmpty()) {
                schema.setRequired(required);
            }
        });
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
