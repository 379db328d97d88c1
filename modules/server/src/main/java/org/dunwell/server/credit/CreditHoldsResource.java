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
import java.util.Locale;
import org.dunwell.credit.api.CreditCheckView;
import org.dunwell.credit.api.CreditChecks;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** The credit hold list: REVIEW and BLOCKED orders wait here until credit releases, rejects or re-evaluates them. */
@Path("/credit-holds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
public class CreditHoldsResource {

    /** A decision on a held order. */
    @Schema(name = "HoldDecision", description = "A decision on a held order.",
            example = "{\"reason\":\"prepayment received\"}")
    public record DecisionInput(@Schema(required = true) String reason) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditChecks checks;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
            Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "The credit hold list", description = "status OPEN (default), RELEASED or REJECTED;"
            + " account: one customer's; oldest first, with the customers' names.")
    public Page<CreditCheckView> holds(@QueryParam("company") String company, @QueryParam("status") String status,
                                       @QueryParam("account") String account,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return checks.holds(api.company(company), status(status), account, PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
            Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "One held order")
    @APIResponse(responseCode = "200", description = "The held order's check (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CreditCheckView.class)))
    public Response hold(@PathParam("id") long id, @QueryParam("company") String company) {
        CreditCheckView view = checks.get(api.company(company), id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Release a held order", description = "Needs a reason; If-Match is optional (stale: 412).")
    public CreditCheckView release(@PathParam("id") long id, @QueryParam("company") String company,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionInput in) {
        return checks.release(api.company(company), id, CreditApi.optionalVersion(ifMatch), reason(in),
                api.caller().name());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Reject a held order", description = "Needs a reason; If-Match is optional (stale: 412).")
    public CreditCheckView reject(@PathParam("id") long id, @QueryParam("company") String company,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionInput in) {
        return checks.reject(api.company(company), id, CreditApi.optionalVersion(ifMatch), reason(in),
                api.caller().name());
    }

    @POST
    @Path("{id}/re-evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Check a held order again with today's figures", description = "Released by itself if"
            + " it now passes.")
    public CreditCheckView reevaluate(@PathParam("id") long id, @QueryParam("company") String company,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionInput in) {
        return checks.reevaluate(api.company(company), id, CreditApi.optionalVersion(ifMatch), reason(in),
                api.caller().name());
    }

    private static String reason(DecisionInput in) {
        return in == null ? null : in.reason();
    }

    private static HoldStatus status(String value) {
        if (value == null || value.isBlank()) {
            return HoldStatus.OPEN;
        }
        try {
            return HoldStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("status", "one of OPEN, RELEASED, REJECTED");
        }
    }
}
