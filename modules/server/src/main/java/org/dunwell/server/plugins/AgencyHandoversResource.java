package org.dunwell.server.plugins;

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
import org.dunwell.integrations.api.AgencyHandovers;
import org.dunwell.integrations.api.AgencyRound;
import org.dunwell.integrations.api.HandoverApplication;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.integrations.api.UnmatchedUpdateView;
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

/**
 * Collection cases handed to the company's collection agency: asked by collections, above the company's approval
 * threshold approved by a senior approver who did not ask; the agency's status, recoveries and fees come back.
 */
@Path("/agency-handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.SENIOR_APPROVER})
public class AgencyHandoversResource {

    /** What to hand over and why. */
    @Schema(name = "HandoverInput", description = "The collection case to hand to the agency (its open invoices, of one"
            + " customer), and why.", example = "{\"caseId\":12,\"reason\":\"three letters and a broken promise\"}")
    public record HandoverInput(@Schema(ref = "Key") String company, @Schema(required = true) Long caseId,
                                @Schema(required = true) String reason) {
    }

    /** A decision's note. */
    @Schema(name = "HandoverDecision", description = "A decision's note (required to reject).",
            example = "{\"note\":\"agreed: no answer since September\"}")
    public record DecisionInput(@Schema(ref = "Key") String company, String note) {
    }

    /** Why a case is taken back from the agency. */
    @Schema(name = "HandoverRecall", description = "Why the case is taken back from the agency.",
            example = "{\"reason\":\"the customer pays us directly under a payment plan\"}")
    public record RecallInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    AgencyHandovers handovers;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "Hand a collection case to the agency", description = "The case's invoices with an open"
            + " amount, of one customer (422 otherwise), go to the company's enabled agency plugin (422 when none):"
            + " at once when their total is within the company's approval threshold (HANDED_OVER, or APPROVED with"
            + " lastError when the agency is down: it is sent again by the next round), else AWAITING_APPROVAL. A case"
            + " already handed over or waiting: 409.")
    @APIResponse(responseCode = "201", description = "The hand-over (ETag, Location)",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public Response request(HandoverInput in, @Context UriInfo uri) {
        String company = api.company(in == null ? null : in.company());
        HandoverView view = handovers.request(company, in == null ? null : new HandoverApplication(in.caseId(),
                in.reason()), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "agency-handovers", view.id());
    }

    @GET
    @Operation(summary = "Hand-overs of the customers the caller sees", description = "Filters account, state"
            + " AWAITING_APPROVAL|REJECTED|APPROVED|HANDED_OVER|CLOSED; newest first.")
    public Page<HandoverView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                   @QueryParam("state") String state, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return handovers.list(api.company(company), CollectionsApi.blank(account),
                CollectionsApi.choice(HandoverState.class, "state", state), api.scope(),
                PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One hand-over, with every update the agency sent")
    @APIResponse(responseCode = "200", description = "The hand-over (ETag: its version)",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        HandoverView view = handovers.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Approve a hand-over and send it", description = "Not by the requester (403); only by a"
            + " senior approver (403); once (409); If-Match optional (stale: 412). The agency is asked at once: the"
            + " answer is HANDED_OVER, or APPROVED with lastError when it is down.")
    @APIResponse(responseCode = "200", description = "The hand-over as it stands",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DecisionInput in) {
        HandoverView view = handovers.approve(api.company(in == null ? null : in.company()), id,
                ETags.optionalVersion(ifMatch), in == null ? null : in.note(), api.scope(), api.caller(),
                api.approverLevel("agency hand-overs"));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Reject a hand-over", description = "Needs a note (400); not by the requester (403); only by"
            + " a senior approver (403); once (409); If-Match optional (stale: 412).")
    @APIResponse(responseCode = "200", description = "The rejected hand-over",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DecisionInput in) {
        HandoverView view = handovers.reject(api.company(in == null ? null : in.company()), id,
                ETags.optionalVersion(ifMatch), in == null ? null : in.note(), api.scope(), api.caller(),
                api.approverLevel("agency hand-overs"));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/send")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "Send an approved hand-over the agency has not taken", description = "409 unless APPROVED;"
            + " 503 when the agency does not answer (sending again is safe: the agency opens one case per case"
            + " number).")
    @APIResponse(responseCode = "200", description = "The hand-over, HANDED_OVER",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response send(@PathParam("id") long id, @QueryParam("company") String company) {
        HandoverView view = handovers.send(api.company(company), id, api.scope(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Take a case back from the agency", description = "Needs a reason (400); 409 unless the"
            + " agency holds the case (HANDED_OVER); the agency is told first: 503 when it does not answer, 422 when it"
            + " does not take the case back (nothing changes then). RECALLED, the case goes on in-house; money the agency"
            + " still reports is booked. If-Match optional (stale: 412).")
    @APIResponse(responseCode = "200", description = "The hand-over, RECALLED",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response recall(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RecallInput in) {
        HandoverView view = handovers.recall(api.company(in == null ? null : in.company()), id,
                ETags.optionalVersion(ifMatch), in == null ? null : in.reason(), api.scope(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("unmatched")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Agency updates kept but not applied", description = "For a case the agency names that no"
            + " hand-over here has, or money in another currency than the case's: kept once each for a person to"
            + " look at, never booked; newest first. For the roles that see every customer.")
    public Page<UnmatchedUpdateView> unmatched(@QueryParam("company") String company, @QueryParam("page") Integer page,
                                               @QueryParam("size") Integer size) {
        return handovers.unmatched(api.company(company), PageRequest.parse(page, size, null));
    }

    @POST
    @Path("poll")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Ask the company's agencies now", description = "What each server also does every"
            + " dunwell.agency.pollMinutes: approved hand-overs the agency has not taken are sent, then its updates"
            + " since the last round are applied, each once. An agency that is down ends its part of the round;"
            + " error says why.")
    @APIResponse(responseCode = "200", description = "What the round did",
            content = @Content(schema = @Schema(implementation = AgencyRound.class)))
    public AgencyRound poll(@QueryParam("company") String company) {
        return handovers.poll(api.company(company), api.caller());
    }
}
