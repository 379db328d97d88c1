package org.dunwell.server.ai;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dunwell.ai.api.Summaries;
import org.dunwell.ai.api.SummaryView;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's summary: worded by the configured model (else the template writer) from the ledger's facts. */
@Path("/customers/{account}/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ai")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CustomerSummaryResource {

    @Inject
    Summaries summaries;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "The customer's summary as of a day (default today), in a language (default the"
            + " customer's), with the facts it states",
            description = "source MODEL or TEMPLATE; every amount, date and document number in text is among facts,"
                    + " in the language's format (verification).")
    public SummaryView summary(@PathParam("account") String account, @QueryParam("company") String company,
                               @QueryParam("asOf") String asOf, @QueryParam("language") String language) {
        return summaries.summary(api.company(company), account, api.asOf(asOf), CollectionsApi.blank(language),
                api.scope());
    }
}
