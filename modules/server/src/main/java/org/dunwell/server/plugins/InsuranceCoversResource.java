package org.dunwell.server.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cover requests by id: the insurer's decision, asked again on refresh; those still pending. */
@Path("/insurance-covers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class InsuranceCoversResource {

    @Inject
    InsuranceCovers covers;

    @Inject
    CompanyContext companies;

    @Inject
    CustomerVisibility visibility;

    @Inject
    Caller caller;

    @GET
    @Path("pending")
    @Operation(summary = "Cover requests the insurer has not decided yet, oldest first")
    public Page<CoverRequestView> pending(@QueryParam("company") String company, @QueryParam("page") Integer page,
                                          @QueryParam("size") Integer size) {
        return covers.pending(companies.resolve(company), PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cover request")
    @APIResponse(responseCode = "200", description = "The request (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CoverRequestView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        CoverRequestView view = covers.get(companies.resolve(company), id, visibility.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/refresh")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Ask the insurer where it stands on the request", description = "A new decision is"
            + " recorded and applied to the customer's credit insurance (granted: set; withdrawn: removed); the same"
            + " decision again changes nothing. 409 when the request is REFUSED or WITHDRAWN, or was refreshed by"
            + " someone else at the same moment; 503 when the insurer does not answer.")
    @APIResponse(responseCode = "200", description = "The request as it stands now (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CoverRequestView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response refresh(@PathParam("id") long id, @QueryParam("company") String company) {
        CoverRequestView view = covers.refresh(companies.resolve(company), id, visibility.scope(), caller.name());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
