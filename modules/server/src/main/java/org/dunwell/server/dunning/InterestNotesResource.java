package org.dunwell.server.dunning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dunwell.dunning.api.InterestNoteView;
import org.dunwell.dunning.api.InterestNotes;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.collections.CollectionsApi;
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
 * Interest notes of the customers the caller sees: previewed, posted, waived (within the user's limit at once,
 * above it through a second person: credit managers and senior approvers read the notes they decide), reinstated
 * and reversed.
 */
@Path("/interest-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.SENIOR_APPROVER})
public class InterestNotesResource {

    /** Whose interest, by which code, as of which day (default today). */
    @Schema(name = "InterestNoteInput", description = "The customer, the interest code, as of which day (default"
            + " today).", example = "{\"account\":\"C00004\",\"interestCode\":\"STAT\",\"asOf\":\"2026-12-03\"}")
    public record NoteInput(@Schema(ref = "Key") String company, @Schema(required = true, ref = "Key") String account,
                            @Schema(required = true, ref = "Key") String interestCode,
                            @Schema(ref = "Date") String asOf) {
    }

    /** Why a note is waived, reinstated or reversed; or the note of a waiver's decision. */
    @Schema(name = "InterestNoteStep", description = "Why (reason), or a decision's note (a rejection needs one).",
            example = "{\"reason\":\"goodwill: long-standing customer\"}")
    public record StepInput(@Schema(ref = "Key") String company, String reason, String note) {
    }

    /** How much a user may waive on one note alone. */
    @Schema(name = "WaiveLimitInput", description = "How much the user may waive on one note without a second"
            + " person, and why.", example = "{\"limit\":\"50.00\",\"reason\":\"team lead\"}")
    public record LimitInput(@Schema(ref = "Key") String company, @Schema(required = true, ref = "Amount") String limit,
                             @Schema(required = true) String reason) {
    }

    @Inject
    InterestNotes notes;

    @Inject
    CollectionsApi api;

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "What a note would charge (nothing is written)")
    public InterestNoteView preview(NoteInput in) {
        NoteInput input = required(in);
        return notes.preview(api.company(input.company()), input.account(), input.interestCode(),
                Amounts.date("asOf", input.asOf()), api.scope());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Post an interest note", description = "An interest document per invoice in the ledger,"
            + " for the periods not charged yet (422 when that is nothing).")
    @APIResponse(responseCode = "201", description = "The note (ETag, Location)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response post(NoteInput in, @Context UriInfo uri) {
        NoteInput input = required(in);
        InterestNoteView note = notes.post(api.company(input.company()), input.account(), input.interestCode(),
                Amounts.date("asOf", input.asOf()), api.scope(), api.caller());
        return Created.at(uri, note, note.version(), "interest-notes", note.id());
    }

    private static NoteInput required(NoteInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        return in;
    }

    @GET
    @Operation(summary = "Interest notes, newest first (account: one customer's)")
    public List<InterestNoteView> list(@QueryParam("company") String company, @QueryParam("account") String account) {
        return notes.list(api.company(company), CollectionsApi.blank(account), api.scope());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interest note (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The note",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        InterestNoteView note = notes.get(api.company(company), id, api.scope());
        return Response.ok(note).tag(ETags.of(note.version())).build();
    }

    @POST
    @Path("{id}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "Waive a posted note (If-Match, reason)", description = "Within the caller's waive limit"
            + " at once; above it the note waits (WAIVER_REQUESTED) for someone else to approve.")
    @APIResponse(responseCode = "200", description = "The note (ETag)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response waive(@PathParam("id") long id,
                          @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          StepInput in) {
        StepInput step = step(in);
        return tagged(notes.waive(api.company(step.company()), id, ETags.requireVersion(ifMatch), step.reason(),
                api.scope(), api.caller()));
    }

    @POST
    @Path("{id}/waiver/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Approve a requested waiver (If-Match): never the requester, at the level the amount needs")
    @APIResponse(responseCode = "200", description = "The note (ETag)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response approve(@PathParam("id") long id,
                            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            StepInput in) {
        StepInput step = step(in);
        return tagged(notes.decideWaiver(api.company(step.company()), id, ETags.requireVersion(ifMatch), true,
                step.note(), api.scope(), api.caller(), api.approverLevel("interest waivers")));
    }

    @POST
    @Path("{id}/waiver/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER})
    @Operation(summary = "Reject a requested waiver (If-Match, note): the note stays posted")
    @APIResponse(responseCode = "200", description = "The note (ETag)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response reject(@PathParam("id") long id,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           StepInput in) {
        StepInput step = step(in);
        return tagged(notes.decideWaiver(api.company(step.company()), id, ETags.requireVersion(ifMatch), false,
                step.note(), api.scope(), api.caller(), api.approverLevel("interest waivers")));
    }

    @POST
    @Path("{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Charge a waived note again (If-Match, reason)")
    @APIResponse(responseCode = "200", description = "The note (ETag)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response reinstate(@PathParam("id") long id,
                              @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              StepInput in) {
        StepInput step = step(in);
        return tagged(notes.reinstate(api.company(step.company()), id, ETags.requireVersion(ifMatch), step.reason(),
                api.scope(), api.caller()));
    }

    @POST
    @Path("{id}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Reverse a posted note (If-Match, reason): credit notes of what is open; its periods may be"
            + " charged again")
    @APIResponse(responseCode = "200", description = "The note (ETag)",
            content = @Content(schema = @Schema(implementation = InterestNoteView.class)))
    public Response reverse(@PathParam("id") long id,
                            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            StepInput in) {
        StepInput step = step(in);
        return tagged(notes.reverse(api.company(step.company()), id, ETags.requireVersion(ifMatch), step.reason(),
                api.scope(), api.caller()));
    }

    @PUT
    @Path("waive-limits/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Set how much a user may waive on one note alone (audited with the reason)")
    public Map<String, String> waiveLimit(@PathParam("user") String user, LimitInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("limit", "is required");
        }
        BigDecimal limit = notes.putWaiveLimit(api.company(in.company()), user, Amounts.parse("limit", in.limit()),
                in.reason(), api.caller());
        return Map.of("user", user, "limit", limit.toPlainString());
    }

    private static StepInput step(StepInput in) {
        return in == null ? new StepInput(null, null, null) : in;
    }

    private static Response tagged(InterestNoteView note) {
        return Response.ok(note).tag(ETags.of(note.version())).build();
    }
}
