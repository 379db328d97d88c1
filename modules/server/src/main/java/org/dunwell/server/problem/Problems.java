package org.dunwell.server.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dunwell.kernel.api.DomainException;
import org.dunwell.kernel.api.Violation;

/**
 * Turns whatever went wrong into a problem: the domain's own exceptions by their kind,
 * the container's by their status, JSON that could not be read into a 400, a lost
 * optimistic-locking race into a 409. Anything else is a 500 whose body reveals nothing
 * but an incident id that is in the log.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    /** Headers of a container-made response worth keeping (405 Allow, 401 challenge). */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");
    /** Yasson's words for a member whose value its reader refused (StrictJson): the innermost one is to blame. */
    private static final Pattern BAD_MEMBER = Pattern.compile("Unable to deserialize property '([^']+)' because of: ");
    private static final Set<String> KEPT_HEADERS = Set.of("allow", "www-authenticate", "retry-after");

    private Problems() {
    }

    public static Response toResponse(Throwable failure) {
        Problem problem = toProblem(failure);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().toString());
        WebApplicationException web = find(failure, WebApplicationException.class);
        if (web != null && web.getResponse() != null) {
            MultivaluedMap<String, Object> headers = web.getResponse().getHeaders();
            headers.forEach((name, values) -> {
                if (KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.build();
    }

    public static Problem toProblem(Throwable failure) {
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return fromDomain(domain);
        }
        if (find(failure, OptimisticLockException.class) != null) {
            return Problem.of("concurrent-update", "Conflict", 409,
                    "someone else changed this at the same time; reload it and try again");
        }
        ConstraintViolationException invalid = find(failure, ConstraintViolationException.class);
        if (invalid != null) {
            List<Violation> violations = new ArrayList<>();
            invalid.getConstraintViolations().forEach(v ->
                    violations.add(Violation.ofField(lastNode(v.getPropertyPath().toString()), v.getMessage())));
            return Problem.of("invalid-input", "Bad Request", 400, "the request is not valid").withErrors(violations);
        }
        WebApplicationException web = find(failure, WebApplicationException.class);
        // below 500, and 503: a dependency said to be down on purpose (its message is for the caller)
        if (web != null && web.getResponse() != null
                && (web.getResponse().getStatus() < 500 || web.getResponse().getStatus() == 503)) {
            int status = web.getResponse().getStatus();
            return status == 400 && isUnreadableJson(web) ? unreadableJson(web) : fromStatus(status, web);
        }
        if (isUnreadableJson(failure)) {
            return unreadableJson(failure);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.of("internal-error", "Internal Server Error", 500,
                "an unexpected error occurred; quote incident " + incident + " to the operators");
    }

    private static Problem unreadableJson(Throwable failure) {
        String message = readableMessage(failure);
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return Problem.of("invalid-json", "Bad Request", 400, "unknown property '" + unknown.group(1) + "'")
                    .withErrors(List.of(Violation.ofField(unknown.group(1), "is not a property of this resource")));
        }
        String all = allMessages(failure);
        Matcher member = BAD_MEMBER.matcher(all);
        String field = null;
        int end = -1;
        while (member.find()) {
            field = member.group(1);
            end = member.end();
        }
        if (field != null) {
            String why = all.substring(end).lines().findFirst().orElse("").trim();
            why = BAD_MEMBER.matcher(why).replaceAll("");
            return Problem.of("invalid-json", "Bad Request", 400, field + ": " + why)
                    .withErrors(List.of(Violation.ofField(field, why)));
        }
        return Problem.of("invalid-json", "Bad Request", 400, "the request body is not valid JSON for this resource: "
                + message.replaceAll("class (class )?[\\w.$]+", "the resource"));
    }

    static Problem fromDomain(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_VERSION -> 412;
            case RULE_VIOLATION -> 422;
            case UNAVAILABLE -> 503;
        };
        return Problem.of(e.problemType(), titleOf(status), status, e.getMessage()).withErrors(e.violations());
    }

    /** A problem for a status the container or JAX-RS decided on. */
    public static Problem fromStatus(int status, Throwable cause) {
        String detail = switch (status) {
            case 400 -> cause == null ? "the request is not valid" : "the request is not valid: " + readableMessage(cause);
            case 401 -> "authentication is required: send HTTP Basic credentials of a Dunwell user";
            case 403 -> "your role may not do this";
            case 404 -> "there is nothing at this address";
            case 405 -> "this resource does not support that HTTP method";
            case 406 -> "this resource cannot answer in the media type asked for; accept application/json";
            case 412 -> "the If-Match header names a version that is no longer current";
            case 415 -> "this resource does not accept that Content-Type";
            case 428 -> "this update needs an If-Match header with the ETag you last read";
            case 429 -> "too many failed sign-ins for this user or from this address; wait Retry-After seconds";
            default -> cause == null ? null : readableMessage(cause);
        };
        String slug = switch (status) {
            case 400 -> cause != null && isUnreadableJson(cause) ? "invalid-json" : "invalid-input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
        return Problem.of(slug, titleOf(status), status, detail);
    }

    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> "HTTP " + status;
        };
    }

    private static boolean isUnreadableJson(Throwable failure) {
        return find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null
                || find(failure, ProcessingException.class) != null
                || find(failure, JsonParsingException.class) != null;
    }

    /** The innermost message, without the implementation's message codes. */
    static String readableMessage(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? failure.getMessage() : innermost.getMessage();
        if (message == null) {
            return innermost.getClass().getSimpleName();
        }
        message = message.replaceAll("[A-Z]{4,}\\d{3,}[EIW]?:\\s*", "").trim();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Every message of the chain, outermost first: the member's name and its reader's reason sit in different ones. */
    private static String allMessages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
