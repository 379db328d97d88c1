package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.LimitGroupView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit limit groups: customers that share one limit (members join through their credit profile). */
@Path("/credit-limit-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class LimitGroupsResource {

    /** The group's limit, as a string in its currency, and why. */
    @Schema(description = "The group's limit, as a string in its currency, and why.",
            example = "{\"creditLimit\":\"10000.00\",\"currency\":\"USD\",\"reason\":\"one limit for the group\"}")
    public record GroupInput(@Schema(required = true, ref = "Amount") String creditLimit,
                             @Schema(required = true, ref = "Currency") String currency,
                             @Schema(required = true) String reason) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditProfiles profiles;

    @GET
    @Operation(summary = "The company's limit groups, with their exposure as of a date")
    public List<LimitGroupView> list(@QueryParam("company") String company, @QueryParam("asOf") String asOf) {
        return profiles.groups(api.company(company), api.asOf(asOf));
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One limit group, its members and exposure as of a date")
    public LimitGroupView get(@PathParam("name") String name, @QueryParam("company") String company,
                              @QueryParam("asOf") String asOf) {
        return profiles.group(api.company(company), name, api.asOf(asOf));
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Create a group or change its limit", description = "If-Match optional (stale: 412). A new"
            + " group and a lower limit apply at once; a higher limit waits for a second person (202 with the credit"
            + " change, routed by the amount like a limit request).")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = LimitGroupView.class)))
    @APIResponse(responseCode = "202", description = "The higher limit waits for approval (Location: the credit change)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response put(@PathParam("name") String name, @QueryParam("company") String company,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GroupInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("creditLimit, currency and reason are required in the body");
        }
        return ChangeAnswers.of(profiles.putGroup(api.company(company), name, CreditApi.money("creditLimit",
                in.creditLimit(), in.currency()), CreditApi.optionalVersion(ifMatch), api.caller().name(),
                in.reason()), uri, LimitGroupView::version);
    }
}
