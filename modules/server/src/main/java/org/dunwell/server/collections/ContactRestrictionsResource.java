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
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Do not contact, hardship and pauses of customers or invoices: set and lifted from collections with a reason;
 * letters, reminder drafts and automation ask before they send anything.
 */
@Path("/contact-restrictions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class ContactRestrictionsResource {

    /** A restriction: the customer, for a pause optionally one invoice, the kind, why, and its dates. */
    @Schema(description = "A restriction: the customer, for a pause optionally one invoice, the kind, why, from"
            + " (default today) and until (a pause needs it).",
            example = "{\"account\":\"C1\",\"kind\":\"PAUSED\",\"reason\":\"payment plan agreed\",\"until\":\"2027-01-31\"}")
    public record RestrictionInput(@Schema(ref = "Key") String company,
                                   @Schema(required = true, ref = "Key") String account,
                                   @Schema(ref = "Key") String document,
                                   @Schema(required = true, implementation = RestrictionKind.class) String kind,
                                   @Schema(required = true) String reason,
                                   @Schema(ref = "Date") String from,
                                   @Schema(ref = "Date") String until) {
    }

    /** Why a restriction is lifted. */
    @Schema(name = "RestrictionLift", description = "Why a restriction is lifted.",
            example = "{\"reason\":\"customer back in contact\"}")
    public record LiftInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    ContactRestrictions restrictions;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a customer do not contact or in hardship, or pause it or one of its invoices",
            description = "From the day given (default today); a pause needs an end date. Audited in the customer's"
                    + " collections history.")
    @APIResponse(responseCode = "201", description = "The restriction (ETag, Location)",
            content = @Content(schema = @Schema(implementation = RestrictionView.class)))
    public Response restrict(RestrictionInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String company = api.company(in.company());
        RestrictionView view = restrictions.restrict(company, in.account(), CollectionsApi.blank(in.document()),
                CollectionsApi.choice(RestrictionKind.class, "kind", in.kind()), in.reason(),
                Amounts.date("from", in.from()), Amounts.date("until", in.until()), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "contact-restrictions", view.id());
    }

    @GET
    @Operation(summary = "Restrictions of the customers the caller sees", description = "account: one customer's;"
            + " active=true: only those in force today; newest first.")
    public Page<RestrictionView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                      @QueryParam("active") Boolean active, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return restrictions.list(api.company(company), CollectionsApi.blank(account), Boolean.TRUE.equals(active),
                api.scope(), PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One restriction")
    @APIResponse(responseCode = "200", description = "The restriction (ETag: its version)",
            content = @Content(schema = @Schema(implementation = RestrictionView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        RestrictionView view = restrictions.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift a restriction before its end (If-Match, reason)")
    @APIResponse(responseCode = "200", description = "The lifted restriction",
            content = @Content(schema = @Schema(implementation = RestrictionView.class)))
    public Response lift(@PathParam("id") long id,
                         @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LiftInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        RestrictionView view = restrictions.lift(api.company(in.company()), id, version, in.reason(), api.scope(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("permission")
    @Operation(summary = "What may be sent to a customer today", description = "mayContact false while it is do not"
            + " contact, in hardship or paused; pausedDocuments are left out of whatever is sent.")
    public ContactPermission permission(@QueryParam("company") String company,
                                        @Parameter(required = true) @QueryParam("account") String account) {
        return restrictions.permission(api.company(company), account, api.asOf(null), api.scope());
    }
}
