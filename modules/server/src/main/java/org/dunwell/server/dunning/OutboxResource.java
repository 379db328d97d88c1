package org.dunwell.server.dunning;

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
import org.dunwell.dunning.api.Outbox;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The emails waiting, sent, failed (and why) or cancelled; a manager retries or cancels one. */
@Path("/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
public class OutboxResource {

    /** Why an email is cancelled. */
    @Schema(name = "OutboxCancel", description = "Why the email is not to be sent.",
            example = "{\"reason\":\"customer paid by phone\"}")
    public record CancelInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    Outbox outbox;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Emails, newest first (status: PENDING, SENT, FAILED, CANCELLED)")
    public Page<OutboxMessageView> list(@QueryParam("company") String company, @QueryParam("status") String status,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return outbox.list(api.company(company), status, PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One email (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The email",
            content = @Content(schema = @Schema(implementation = OutboxMessageView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        OutboxMessageView message = outbox.get(api.company(company), id);
        return Response.ok(message).tag(ETags.of(message.version())).build();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a failed or waiting email again now (If-Match)")
    public OutboxMessageView retry(@PathParam("id") long id, @QueryParam("company") String company,
                                   @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return outbox.retry(api.company(company), id, ETags.requireVersion(ifMatch), api.caller());
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do not send an email not sent yet (If-Match, reason)")
    public OutboxMessageView cancel(@PathParam("id") long id,
                                    @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    CancelInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return outbox.cancel(api.company(in.company()), id, version, in.reason(), api.caller());
    }
}
