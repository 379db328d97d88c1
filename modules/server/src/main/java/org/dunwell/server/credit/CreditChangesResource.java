package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditChanges;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credit changes that raise what a customer may owe: they wait here until someone other than the requester,
 * at a level that covers them, approves (the change applies) or rejects them (with a note).
 */
@Path("/credit-changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CreditChangesResource {

    @Inject
    CreditApi api;

    @Inject
    CreditChanges changes;

    @GET
    @Operation(summary = "Credit changes, newest first", description = "status: PENDING, APPROVED or REJECTED.")
    public Page<CreditChangeView> list(@QueryParam("company") String company, @QueryParam("status") String status,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return changes.list(api.company(company), status, PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One credit change")
    @APIResponse(responseCode = "200", description = "The change (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        CreditChangeView view = changes.get(api.company(company), id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Approve a change (not your own; your level must cover it)", description = "The change"
            + " applies now, if the fields it changes still hold the values they held when it was asked (409"
            + " otherwise). If-Match optional.")
    public CreditChangeView approve(@PathParam("id") long id, @QueryParam("company") String company,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    LimitRequestsResource.DecisionInput in) {
        return changes.approve(api.company(company), id, CreditApi.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.caller().name(), api.approverLevel());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Reject a change, with a note", description = "By the same rule as an approval.")
    public CreditChangeView reject(@PathParam("id") long id, @QueryParam("company") String company,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   LimitRequestsResource.DecisionInput in) {
        return changes.reject(api.company(company), id, CreditApi.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.caller().name(), api.approverLevel());
    }
}
