package org.dunwell.server.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.AcrossCompanies;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document at build time (the SmallRye OpenAPI Maven plugin runs it; the
 * server serves the result as a static file, decision 0022). What every operation shares is
 * written here once, from the resource method behind it, so that it cannot be forgotten:
 * <ul>
 *   <li>an operation id a generated client can use ({@code poolsCreate});</li>
 *   <li>the roles that may call it ({@code @RolesAllowed}), in its description and as {@code x-roles};</li>
 *   <li>the {@code company} parameter of every operation on one company's data (all but those marked
 *       {@link AcrossCompanies});</li>
 *   <li>its error answers, each an {@code application/problem+json} response of the components: 400,
 *       401, 403, 404 and 429 for every operation; 409 and 422 for every change; 412 where it takes
 *       {@code If-Match}, and 428 where {@code If-Match} is required; 415 where it takes a body;</li>
 *   <li>the meaning and range of the paging parameters.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    /** The problem answers of the components, by status. */
    static final Map<Integer, String> PROBLEMS = problems();

    private static final List<Integer> EVERY_OPERATION = List.of(400, 401, 403, 404, 429);
    private static final List<Integer> EVERY_CHANGE = List.of(409, 422);
    private static final String COMPANY = "company";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ResourceMethods methods = ResourceMethods.scan(ApiDocumentFilter.class.getClassLoader(), "org.dunwell.server");
        Components components = document.getComponents();
        SharedSchemas.addTo(components);
        SharedSchemas.describePages(components);
        SharedSchemas.requirePrimitives(components,
                ResourceMethods.recordsBySchemaName(ApiDocumentFilter.class.getClassLoader(), "org.dunwell"));
        PROBLEMS.forEach((status, name) -> components.addResponse(name, OASFactory.createAPIResponse()
                .description(ProblemDescriptions.of(status))
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))))));
        components.addParameter(COMPANY, OASFactory.createParameter().name(COMPANY)
                .in(Parameter.In.QUERY).required(false)
                .description("The company whose data this is (a company code); without it, the configured default"
                        + " company (DW01 in the demo). An unknown company is 404. Where the body names a company"
                        + " too, the two must agree (else 400).")
                .schema(OASFactory.createSchema().ref("Key")));

        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) ->
                complete(operation, verb, methods.of(operation.getOperationId(), verb.name()))));
    }

    private static void complete(Operation operation, PathItem.HttpMethod verb, Method method) {
        Class<?> resource = method.getDeclaringClass();
        operation.setOperationId(operationId(operation.getOperationId()));
        List<String> roles = roles(method);
        operation.addExtension("x-roles", roles);
        String who = roles.isEmpty() ? "Any signed-in user." : "Roles: " + String.join(", ", roles) + ".";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);

        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        parameters.removeIf(p -> COMPANY.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        boolean acrossCompanies = resource.isAnnotationPresent(AcrossCompanies.class)
                || method.isAnnotationPresent(AcrossCompanies.class);
        if (!acrossCompanies) {
            parameters.add(0, OASFactory.createParameter().ref(COMPANY));
        }
        boolean ifMatch = false;
        boolean ifMatchRequired = false;
        for (Parameter parameter : parameters) {
            if (parameter.getRef() != null) {
                continue;
            }
            describe(parameter);
            if ("If-Match".equalsIgnoreCase(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER) {
                ifMatch = true;
                ifMatchRequired = Boolean.TRUE.equals(parameter.getRequired());
            }
        }
        operation.setParameters(parameters);

        List<Integer> errors = new ArrayList<>(EVERY_OPERATION);
        if (verb != PathItem.HttpMethod.GET) {
            errors.addAll(EVERY_CHANGE);
        }
        if (ifMatch) {
            errors.add(412);
        }
        if (ifMatchRequired) {
            errors.add(428);
        }
        if (operation.getRequestBody() != null) {
            errors.add(415);
        }
        APIResponses responses = operation.getResponses();
        removeDefaultOk(responses);
        for (int status : errors) {
            String code = Integer.toString(status);
            if (!responses.hasAPIResponse(code)) {
                APIResponse problem = OASFactory.createAPIResponse().ref(PROBLEMS.get(status));
                responses.addAPIResponse(code, problem);
            }
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /**
     * The scanner adds a bare "200 OK" to a method that returns a {@code Response}, even where the method
     * documents its own success (201, 202, 204): that one is the truth.
     */
    private static void removeDefaultOk(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        boolean otherSuccess = responses.getAPIResponses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") && !"200".equals(code));
        if (ok != null && otherSuccess && ok.getContent() == null && ok.getRef() == null) {
            responses.removeAPIResponse("200");
        }
    }

    /** {@code PoolsResource_create} becomes {@code poolsCreate}. */
    static String operationId(String classAndMethod) {
        int underscore = classAndMethod.indexOf('_');
        String resource = classAndMethod.substring(0, underscore).replaceFirst("Resource$", "");
        String method = classAndMethod.substring(underscore + 1);
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** The roles that may call a resource method: its own {@code @RolesAllowed}, else its class's. */
    static List<String> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            throw new IllegalStateException(method + " says no roles: every API operation names who may call it"
                    + " (@RolesAllowed on the method or its class)");
        }
        return List.of(allowed.value());
    }

    private static void describe(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getDescription() != null) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> {
                parameter.setDescription("Page number, from 0.");
                parameter.getSchema().minimum(BigDecimal.ZERO);
            }
            case "size" -> {
                parameter.setDescription("Items per page, 1 to " + PageRequest.MAX_SIZE + " (default "
                        + PageRequest.DEFAULT_SIZE + ").");
                parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
            }
            case "sort" -> parameter.setDescription("field or field,asc or field,desc; default: key order.");
            case "asOf" -> {
                parameter.setDescription("The day to look at (YYYY-MM-DD, 1900-01-01 to 2999-12-31); default: the"
                        + " business date.");
                parameter.setSchema(OASFactory.createSchema().ref("Date"));
            }
            case "from", "to" -> parameter.setSchema(OASFactory.createSchema().ref("Date"));
            default -> {
            }
        }
    }

    private static Map<Integer, String> problems() {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int status : new int[] {400, 401, 403, 404, 409, 412, 415, 422, 428, 429, 503}) {
            names.put(status, ProblemDescriptions.name(status));
        }
        return names;
    }

    /** The shared problem answers' names and what each means in this API. */
    static final class ProblemDescriptions {

        private ProblemDescriptions() {
        }

        static String name(int status) {
            return switch (status) {
                case 400 -> "BadRequest";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                case 404 -> "NotFound";
                case 409 -> "Conflict";
                case 412 -> "PreconditionFailed";
                case 415 -> "UnsupportedMediaType";
                case 422 -> "UnprocessableContent";
                case 428 -> "PreconditionRequired";
                case 429 -> "TooManyRequests";
                case 503 -> "ServiceUnavailable";
                default -> "Http" + status;
            };
        }

        static String of(int status) {
            return switch (status) {
                case 400 -> "Invalid input: a missing or malformed field or parameter, a value out of range, a"
                        + " wrong JSON type, an unknown JSON property; errors[] names each field.";
                case 401 -> "No or wrong credentials (HTTP Basic).";
                case 403 -> "The caller's role may not do this.";
                case 404 -> "No such resource, company, customer or document, or a customer outside the agent's"
                        + " pools (its existence is not revealed).";
                case 409 -> "The resource's state has moved on (already decided, already closed), or a concurrent"
                        + " change.";
                case 412 -> "If-Match names a version that is no longer current: read it again.";
                case 415 -> "The body is not of a media type this operation takes (JSON: application/json).";
                case 422 -> "Well-formed but against a business rule (more than is open, a limit, a total too large"
                        + " to keep); errors[] names the field or line.";
                case 428 -> "This change needs If-Match with the ETag last read.";
                case 429 -> "Too many failed sign-ins for this user or address: wait (Retry-After) and try again.";
                case 503 -> "Something this operation needs is down (the batch runtime, a provider): nothing was"
                        + " kept; try again later.";
                default -> "HTTP " + status;
            };
        }
    }
}
