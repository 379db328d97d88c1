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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dunwell.credit.api.CreditLimitRequests;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit limit requests: a clerk or credit manager asks, someone else approves at the right level. */
@Path("/credit-limit-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class LimitRequestsResource {

    /** A request: permanent, or temporary with an end; amounts as strings in the customer's currency. */
    @Schema(description = "A request: permanent, or temporary with an end; amounts as strings in the customer's currency.",
            example = "{\"account\":\"C1\",\"requestedLimit\":\"1500.00\",\"reason\":\"new framework contract\"}")
    public record RequestInput(@Schema(required = true, ref = "Key") String account,
                               @Schema(ref = "Key") String company,
                               @Schema(required = true, ref = "Amount") String requestedLimit,
                               @Schema(ref = "Currency") String currency,
                               Boolean temporary,
                               @Schema(ref = "Date") String effectiveFrom,
                               @Schema(ref = "Date") String effectiveTo,
                               @Schema(required = true) String reason) {
    }

    /** An approval or rejection note (a rejection needs one). */
    @Schema(name = "LimitRequestDecision", description = "An approval or rejection note (a rejection needs one).",
            example = "{\"note\":\"board minutes 12\"}")
    public record DecisionInput(String note) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditLimitRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Request a new credit limit", description = "Routed to a credit manager up to the company's"
            + " approval threshold, above it to a senior approver.")
    @APIResponse(responseCode = "201", description = "The request, PENDING (ETag, Location)",
            content = @Content(schema = @Schema(implementation = LimitRequestView.class)))
    public Response request(RequestInput in, @Context UriInfo uri) {
        if (in == null || in.account() == null || in.account().isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String code = api.company(in.company());
        CustomerView customer = api.customer(code, in.account());
        LimitRequestView created = requests.request(code, in.account(), CreditApi.money("requestedLimit",
                        in.requestedLimit(), in.currency() != null ? in.currency() : customer.currency()),
                Boolean.TRUE.equals(in.temporary()), Amounts.date("effectiveFrom", in.effectiveFrom()),
                Amounts.date("effectiveTo", in.effectiveTo()), in.reason(), api.scope(), api.caller().name());
        return Created.at(uri, created, created.version(), "credit-limit-requests", created.id());
    }

    @GET
    @Operation(summary = "Requests, newest first", description = "Filters: account, status (PENDING, APPROVED,"
            + " REJECTED, EXPIRED).")
    public Page<LimitRequestView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                       @QueryParam("status") String status, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return requests.list(api.company(company), account == null || account.isBlank() ? null : account.trim(),
                status, PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One limit request")
    @APIResponse(responseCode = "200", description = "The request (ETag: its version)",
            content = @Content(schema = @Schema(implementation = LimitRequestView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        LimitRequestView view = requests.get(api.company(company), id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Approve a request", description = "Not by its requester (403); above the threshold only"
            + " by a senior approver (403); once (409 when already decided); If-Match optional (stale: 412).")
    public LimitRequestView approve(@PathParam("id") long id, @QueryParam("company") String company,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionInput in) {
        return requests.approve(api.company(company), id, CreditApi.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.caller().name(), api.approverLevel());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Reject a request", description = "Needs a note (400); not by its requester (403); above the threshold only by a"
            + " senior approver (403); once (409); If-Match optional (stale: 412).")
    public LimitRequestView reject(@PathParam("id") long id, @QueryParam("company") String company,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionInput in) {
        return requests.reject(api.company(company), id, CreditApi.optionalVersion(ifMatch),
                in == null ? null : in.note(), api.caller().name(), api.approverLevel());
    }
}
