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
import java.util.List;
import org.dunwell.integrations.api.ClaimApplication;
import org.dunwell.integrations.api.ClaimKind;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.integrations.api.InsuranceClaims;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Overdue invoices notified to the customer's credit insurer and claims filed with it, by the credit roles. */
@Path("/insurance-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class InsuranceClaimsResource {

    /** The customer, its invoices and why. */
    @Schema(name = "ClaimInput", description = "The insured customer, the invoices (its own, open; for a notice,"
            + " overdue) and why.", example = "{\"account\":\"C1\",\"invoices\":[\"INV-1\"],\"reason\":\"90 days"
            + " overdue, no answer\"}")
    public record ClaimInput(@Schema(ref = "Key") String company, @Schema(required = true, ref = "Key") String account,
                             @Schema(required = true) List<String> invoices, @Schema(required = true) String reason) {
    }

    @Inject
    InsuranceClaims claims;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "File a claim with the customer's insurer", description = "Under the customer's credit"
            + " insurance granted through an insurer plugin (422 otherwise), for open invoices of the customer. The"
            + " claim is kept first under a claim number the insurer keeps one claim for: when the insurer is down it"
            + " stays FILING with lastError and a refresh files it again; when it refuses it is REJECTED.")
    @APIResponse(responseCode = "201", description = "The claim (ETag, Location)",
            content = @Content(schema = @Schema(implementation = InsuranceClaimView.class)))
    public Response file(ClaimInput in, @Context UriInfo uri) {
        InsuranceClaimView view = claims.file(api.company(in == null ? null : in.company()), application(in),
                api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "insurance-claims", view.id());
    }

    @POST
    @Path("overdue-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Tell the customer's insurer of overdue invoices", description = "What a credit insurance"
            + " policy asks within a time of the due date. Overdue open invoices of the customer only (400). Recorded"
            + " NOTIFIED with the insurer's reference; nothing is recorded when the insurer is down (503).")
    @APIResponse(responseCode = "201", description = "The notice (ETag, Location)",
            content = @Content(schema = @Schema(implementation = InsuranceClaimView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response notifyOverdue(ClaimInput in, @Context UriInfo uri) {
        InsuranceClaimView view = claims.notifyOverdue(api.company(in == null ? null : in.company()),
                application(in), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "insurance-claims", view.id());
    }

    @GET
    @Operation(summary = "Notices and claims", description = "Filters account, kind NOTICE|CLAIM; newest first.")
    public Page<InsuranceClaimView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                         @QueryParam("kind") String kind, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size) {
        return claims.list(api.company(company), CollectionsApi.blank(account),
                CollectionsApi.choice(ClaimKind.class, "kind", kind), api.scope(), PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One notice or claim")
    @APIResponse(responseCode = "200", description = "The notice or claim (ETag: its version)",
            content = @Content(schema = @Schema(implementation = InsuranceClaimView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        InsuranceClaimView view = claims.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/refresh")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Ask the insurer where it stands on the claim", description = "A claim still FILING is"
            + " filed again under the same number; any other, its state is asked for. 409 for a notice, a REJECTED"
            + " or PAID claim, or one refreshed by someone else at the same moment; 503 when the insurer does not"
            + " answer.")
    @APIResponse(responseCode = "200", description = "The claim as it stands now (ETag: its version)",
            content = @Content(schema = @Schema(implementation = InsuranceClaimView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response refresh(@PathParam("id") long id, @QueryParam("company") String company) {
        InsuranceClaimView view = claims.refresh(api.company(company), id, api.scope(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    private static ClaimApplication application(ClaimInput in) {
        return in == null ? null : new ClaimApplication(in.account(), in.invoices(), in.reason());
    }
}
