package org.dunwell.acceptance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every answer an in-server test reads from {@code /api} is checked against the OpenAPI document the
 * server publishes ({@code GET /openapi}): its status must be one the operation documents, its content
 * type one the document names for that status, and its body must match that schema, with no member the
 * schema does not name. So a schema cannot lie: a field renamed, a type changed, a status not documented
 * fails the test that met it. Registered for every test class by JUnit's extension auto-detection.
 * Requests are not checked: tests send wrong input on purpose.
 */
public final class PublishedDocument implements BeforeAllCallback {

    /** An answer whose path or method the document does not know is checked by its own test (404, 405). */
    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final Consumer<HttpApi.Answer> CHECK = PublishedDocument::verify;
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void beforeAll(ExtensionContext context) {
        HttpApi.checkEveryAnswer(CHECK);
    }

    /** Fails when the answer is not what the document says the operation answers. */
    public static void verify(HttpApi.Answer answer) {
        String path = answer.response().request().uri().getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        Request.Method method = Request.Method.valueOf(answer.response().request().method().toUpperCase(Locale.ROOT));
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.response().headers().map().forEach(response::withHeader);
        if (answer.body() != null && !answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        ValidationReport report = validator().validateResponse(path, method, response.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR).toList();
        if (errors.isEmpty() || errors.stream().allMatch(m -> UNKNOWN_OPERATION.contains(m.getKey()))) {
            return;
        }
        throw new AssertionError(method + " " + answer.response().request().uri() + " answered " + answer.status()
                + " in a way the published OpenAPI document does not describe:\n"
                + errors.stream().map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n")) + "\nbody: " + abbreviate(answer.body()));
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (PublishedDocument.class) {
                if (validator == null) {
                    String document = HttpApi.anonymous().get("/openapi?format=JSON").assertStatus(200).body();
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? String.valueOf(body) : body.substring(0, 2000) + "…";
    }
}
