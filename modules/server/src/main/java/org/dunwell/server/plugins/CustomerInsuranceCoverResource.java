package org.dunwell.server.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dunwell.integrations.api.CoverApplication;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.Created;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit insurance cover, asked of the company's enabled insurer plugin. */
@Path("/customers/{account}/insurance-cover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class CustomerInsuranceCoverResource {

    @Inject
    InsuranceCovers covers;

    @Inject
    CompanyContext companies;

    @Inject
    CustomerVisibility visibility;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Ask the insurer to cover the customer", description = "Through the company's enabled"
            + " insurance plugin; a cover the customer holds from the same insurer is named as the one to change."
            + " Insurers often decide later: the request stays PENDING until a refresh finds the decision. Granted"
            + " cover becomes the customer's credit insurance (insured limit, coverage, validity). 503 when the"
            + " insurer or its plugin does not answer (nothing is recorded); 422 when no insurer plugin is enabled or"
            + " the insurer refuses the request as made.")
    @APIResponse(responseCode = "201", description = "The request and the insurer's first answer (ETag, Location)",
            content = @Content(schema = @Schema(implementation = CoverRequestView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response request(@PathParam("account") String account, @QueryParam("company") String company,
                            CoverApplication application, @Context UriInfo uri) {
        CoverRequestView created = covers.request(companies.resolve(company), account, application,
                visibility.scope(), caller.name());
        return Created.at(uri, created, created.version(), "insurance-covers", created.id());
    }

    @GET
    @Operation(summary = "The customer's cover requests, newest first")
    public Page<CoverRequestView> list(@PathParam("account") String account, @QueryParam("company") String company,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return covers.covers(companies.resolve(company), account, visibility.scope(),
                PageRequest.parse(page, size, null));
    }
}
