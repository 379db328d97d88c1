package org.dunwell.server.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.kernel.api.InputLimits;

/**
 * The keys a request names in its path or query (an account, a document, a pool's name...) are
 * checked before any resource runs (api-contract.md, "Limits on input"): 1 to 64 characters, no
 * {@code /}, no control characters, else 400 naming the parameter. A key that passes may still name
 * nothing (404).
 */
@Provider
@Priority(Priorities.USER + 1)
public class KeyParameters implements ContainerRequestFilter {

    /** The parameters that hold keys, wherever an operation takes them. */
    private static final Set<String> KEYS = Set.of("account", "document", "name", "code", "orderReference", "pool",
            "kind", "credit");

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (KEYS.contains(name)) {
                for (String value : values) {
                    if (value != null && !value.isEmpty()) {
                        InputLimits.key(name, value, InputLimits.KEY_MAX_LENGTH);
                    }
                }
            }
        });
    }
}
