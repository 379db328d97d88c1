package org.dunwell.server.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * The {@code company} query parameter of every API request, checked before any resource runs: one
 * value, a key, and a company that exists (else 404, on every operation alike; api-contract.md).
 * The request's {@link CompanyContext} takes it from here.
 */
@Provider
@Priority(Priorities.USER)
public class CompanyParameter implements ContainerRequestFilter {

    @Inject
    CompanyContext context;

    @Inject
    KnownCompanies known;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> given = request.getUriInfo().getQueryParameters().get("company");
        if (given == null || given.isEmpty()) {
            return;
        }
        if (given.stream().distinct().count() > 1) {
            throw InvalidInputException.ofField("company", "name one company, not " + given.size());
        }
        String code = CompanyCode.of(given.get(0)).value();
        known.require(code);
        context.requested(code);
    }
}
