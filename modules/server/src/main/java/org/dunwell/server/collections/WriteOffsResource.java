package org.dunwell.server.collections;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.collections.api.WriteOffView;
import org.dunwell.collections.api.WriteOffs;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Write-offs: requested by collections or a credit clerk; approved up to the company threshold by
 * a credit manager, above it by a senior approver, never by the requester.
 */
@Path("/write-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class WriteOffsResource {

    /** A request: the invoice, the amount (default all that is open), the reason code and a note. */
    @Schema(description = "A request: the invoice, the amount (default all that is open), the reason code and a note.",
            example = "{\"document\":\"INV-4\",\"amount\":\"5.00\",\"reasonCode\":\"SMALL_BALANCE\",\"note\":\"residue\"}")
    public record WriteOffInput(@Schema(ref = "Key") String company,
                                @Schema(required = true, ref = "Key") String document,
                                @Schema(ref = "Amount") String amount,
                                @Schema(required = true) String reasonCode,
                                String note) {
    }

    /** A decision's note. */
    @Schema(name = "WriteOffDecision", description = "A decision's note.",
            example = "{\"note\":\"agreed\"}")
    public record DecisionInput(@Schema(ref = "Key") String company,
                                String note) {
    }

    @Inject
    WriteOffs writeOffs;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK})
    @Operation(summary = "Request a write-off", description = "Of the invoice's open amount or a residue of it;"
            + " routed to a credit manager up to the company's approval threshold, to a senior approver above it."
            + " More than is open is refused (422).")
    @APIResponse(responseCode = "201", description = "The write-off request, PENDING (ETag, Location)",
            content = @Content(schema = @Schema(implementation = WriteOffView.class)))
    public Response request(WriteOffInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("document", "is required");
        }
        String company = api.company(in.company());
        WriteOffView view = writeOffs.request(company, in.document(), Amounts.parse("amount", in.amount()),
                in.reasonCode(), in.note(), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "write-offs", view.id());
    }

    @GET
    @Operation(summary = "Write-off requests of the customers the caller sees", description = "Filters account,"
            + " status PENDING|APPROVED|REJECTED; newest first.")
    public Page<WriteOffView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                   @QueryParam("status") String status, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return writeOffs.list(api.company(company), CollectionsApi.blank(account),
                CollectionsApi.choice(WriteOffStatus.class, "status", status), api.scope(),
                PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One write-off request")
    @APIResponse(responseCode = "200", description = "The request (ETag: its version)",
            content = @Content(schema = @Schema(implementation = WriteOffView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        WriteOffView view = writeOffs.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Approve and post the write-off", description = "Not by the requester (403); above the"
            + " threshold only by a senior approver (403); once (409); If-Match optional (stale: 412); more than the"
            + " invoice still has open: 422.")
    @APIResponse(responseCode = "200", description = "The approved and posted write-off",
            content = @Content(schema = @Schema(implementation = WriteOffView.class)))
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DecisionInput in) {
        String company = api.company(in == null ? null : in.company());
        WriteOffView view = writeOffs.approve(company, id, ETags.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.scope(), api.caller(), api.approverLevel("write-offs"));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Reject a write-off request", description = "Needs a note (400); not by the requester (403); above the"
            + " threshold only by a senior approver (403); once (409); If-Match optional (stale: 412).")
    @APIResponse(responseCode = "200", description = "The rejected request",
            content = @Content(schema = @Schema(implementation = WriteOffView.class)))
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DecisionInput in) {
        String company = api.company(in == null ? null : in.company());
        WriteOffView view = writeOffs.reject(company, id, ETags.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.scope(), api.caller(), api.approverLevel("write-offs"));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
