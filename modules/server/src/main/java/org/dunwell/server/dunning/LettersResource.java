package org.dunwell.server.dunning;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.Letters;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posted collection letters of the customers the caller sees: read, downloaded as PDF, reprinted, resent. */
@Path("/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class LettersResource {

    /** Why a letter is emailed again. */
    @Schema(name = "LetterResend", description = "Why the letter is emailed again.",
            example = "{\"reason\":\"customer asked for a copy\"}")
    public record ResendInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    Letters letters;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Letters, newest first (account: one customer's)")
    public Page<LetterView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return letters.list(api.company(company), CollectionsApi.blank(account), api.scope(),
                PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One letter")
    public LetterView get(@PathParam("id") long id, @QueryParam("company") String company) {
        return letters.get(api.company(company), id, api.scope());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The letter as PDF, in its language", description = "reprint=true counts a reprint in the"
            + " letter and the customer's history.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") long id, @QueryParam("company") String company,
                        @QueryParam("reprint") Boolean reprint) {
        String code = api.company(company);
        byte[] pdf = letters.pdf(code, id, Boolean.TRUE.equals(reprint), api.scope(), api.caller());
        LetterView letter = letters.get(code, id, api.scope());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\""
                + letter.number() + ".pdf\"").build();
    }

    @POST
    @Path("{id}/resend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Email the letter again to the customer's collections contact (through the outbox)")
    @APIResponse(responseCode = "202", description = "The queued email",
            content = @Content(schema = @Schema(implementation = OutboxMessageView.class)))
    public Response resend(@PathParam("id") long id, ResendInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return Response.accepted(letters.resend(api.company(in.company()), id, in.reason(), api.scope(),
                api.caller())).build();
    }
}
