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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.collections.api.DisputeDraft;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.collections.api.Disputes;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.dunwell.server.platform.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Disputes of invoices: opened, investigated, resolved (with a credit note, or withdrawn). */
@Path("/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class DisputesResource {

    /** A new dispute: the invoice, the amount (default: all open and undisputed), lines, reason, investigator. */
    @Schema(description = "A new dispute: the invoice, the amount (default: all open and undisputed), lines, reason, investigator.",
            example = "{\"document\":\"INV-1\",\"amount\":\"100.00\",\"reasonCode\":\"PRICE\",\"explanation\":\"10 % off agreed\"}")
    public record DisputeInput(@Schema(ref = "Key") String company,
                               @Schema(required = true, ref = "Key") String document,
                               @Schema(ref = "Amount") String amount,
                               String lines,
                               @Schema(required = true) String reasonCode,
                               String explanation,
                               String investigator) {
    }

    /** The outcome: RESOLVED, CREDIT_ISSUED (with resolutionAmount, optional creditNote) or CUSTOMER_WITHDREW. */
    @Schema(description = "The outcome: RESOLVED, CREDIT_ISSUED (with resolutionAmount, optional creditNote) or CUSTOMER_WITHDREW.",
            example = "{\"status\":\"RESOLVED\",\"note\":\"price confirmed\"}")
    public record ResolutionInput(@Schema(ref = "Key") String company,
                                  @Schema(required = true, implementation = DisputeStatus.class) String status,
                                  @Schema(ref = "Amount") String resolutionAmount,
                                  @Schema(ref = "Key") String creditNote,
                                  String note) {
    }

    @Inject
    Disputes disputes;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a dispute", description = "The invoice becomes DISPUTED: out of the workspace's"
            + " collection lists and out of dunning until the dispute is resolved. More than is open and not yet"
            + " disputed is refused (422).")
    @APIResponse(responseCode = "201", description = "The new dispute (ETag, Location)",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response open(DisputeInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("document", "is required");
        }
        String company = api.company(in.company());
        DisputeView view = disputes.open(company, new DisputeDraft(in.document(), Amounts.parse("amount", in.amount()),
                in.lines(), in.reasonCode(), in.explanation(), in.investigator()), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "disputes", view.id());
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "Disputes of the customers the caller sees", description = "Filters account, document,"
            + " status, investigator (me = the caller); newest first.")
    public Page<DisputeView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                  @QueryParam("document") String document, @QueryParam("status") String status,
                                  @QueryParam("investigator") String investigator, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        String who = "me".equals(investigator) ? api.caller().value() : CollectionsApi.blank(investigator);
        return disputes.list(api.company(company), CollectionsApi.blank(account), CollectionsApi.blank(document),
                CollectionsApi.choice(DisputeStatus.class, "status", status), who, api.scope(),
                PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "One dispute")
    @APIResponse(responseCode = "200", description = "The dispute (ETag: its version)",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        DisputeView view = disputes.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an open dispute (If-Match)", description = "CREDIT_ISSUED posts a credit note of"
            + " resolutionAmount that settles the invoice; every outcome returns the invoice to collections.")
    @APIResponse(responseCode = "200", description = "The resolved dispute",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response resolve(@PathParam("id") long id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ResolutionInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("status", "is required");
        }
        String company = api.company(in.company());
        DisputeView view = disputes.resolve(company, id, version,
                CollectionsApi.choice(DisputeStatus.class, "status", in.status()),
                Amounts.parse("resolutionAmount", in.resolutionAmount()), in.creditNote(), in.note(), api.scope(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
