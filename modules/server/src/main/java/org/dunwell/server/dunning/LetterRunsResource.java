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
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Letter runs: a proposal computed as of a date by a batch job (followed here and in /jobs), reviewed and edited,
 * then posted by another run of the job: letters, fees and interest in the ledger, emails in the outbox. Agents
 * compute and read proposals for the customers of their pools; managers and administrators edit and post.
 */
@Path("/letter-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class LetterRunsResource {

    /** As of which day the proposal is computed (default today). */
    @Schema(name = "LetterRunInput", description = "As of which day the proposal is computed (default today).",
            example = "{\"asOf\":\"2026-12-03\"}")
    public record RunInput(@Schema(ref = "Key") String company, @Schema(ref = "Date") String asOf) {
    }

    /** What a reviewer does to a line, and why. */
    @Schema(name = "LineEditInput", description = "DROP or HOLD a line (no letter this run), or INCLUDE it again; reason"
            + " required.", example = "{\"action\":\"HOLD\",\"reason\":\"key account, call first\"}")
    public record EditInput(@Schema(ref = "Key") String company,
                            @Schema(required = true, implementation = LetterRuns.LineEdit.class) String action,
                            @Schema(required = true) String reason) {
    }

    /** Why a run is cancelled. */
    @Schema(name = "LetterRunCancel", description = "Why the run is cancelled.", example = "{\"reason\":\"wrong date\"}")
    public record CancelInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    LetterRuns runs;

    @Inject
    LetterRunStarter starter;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute a proposal", description = "Creates a run PROPOSING and starts its batch job"
            + " (202); it is PROPOSED when every customer is done. Restart a failed job: POST {id}/restart.")
    @APIResponse(responseCode = "202", description = "The run, PROPOSING",
            content = @Content(schema = @Schema(implementation = LetterRunView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response create(RunInput in) {
        RunInput input = in == null ? new RunInput(null, null) : in;
        LetterRunView run = starter.propose(api.company(input.company()), api.asOf(input.asOf()), api.caller());
        return Response.accepted(run).tag(ETags.of(run.version())).build();
    }

    @GET
    @Operation(summary = "Letter runs, newest first")
    public Page<LetterRunView> list(@QueryParam("company") String company, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return runs.list(api.company(company), PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One letter run (ETag: its version, which posting names)")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(implementation = LetterRunView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        LetterRunView run = runs.get(api.company(company), id);
        Response.ResponseBuilder answer = Response.ok(run).tag(ETags.of(run.version()));
        String job = starter.jobStatus(run);
        return (job == null ? answer : answer.header("Dunwell-Job-Status", job)).build();
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The proposal's lines for the customers the caller sees", description = "status (PROPOSED,"
            + " EXCLUDED, DROPPED, HELD, POSTED, SKIPPED) and account filter; each line says why it is there.")
    public Page<ProposalLineView> lines(@PathParam("id") long id, @QueryParam("company") String company,
                                        @QueryParam("status") String status, @QueryParam("account") String account,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return runs.lines(api.company(company), id, CollectionsApi.choice(LineStatus.class, "status", status),
                CollectionsApi.blank(account), api.scope(), PageRequest.parse(page, size, null));
    }

    @POST
    @Path("{id}/lines/{line}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Drop, hold or include a line of a PROPOSED run", description = "Audited in the customer's"
            + " history with the reason.")
    public ProposalLineView edit(@PathParam("id") long id, @PathParam("line") int line, EditInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("action", "is required: DROP, HOLD or INCLUDE");
        }
        String company = api.company(in.company());
        runs.lines(company, id, null, null, api.scope(), PageRequest.first(1));
        return runs.edit(company, id, line, CollectionsApi.choice(LetterRuns.LineEdit.class, "action", in.action()),
                in.reason(), api.caller());
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Post a PROPOSED run (If-Match: the version reviewed)", description = "Starts the posting"
            + " job (202): each line one transaction, a line posted once; a restarted job goes on where it stopped.")
    @APIResponse(responseCode = "202", description = "The run, POSTING",
            content = @Content(schema = @Schema(implementation = LetterRunView.class)))
    public Response post(@PathParam("id") long id, @QueryParam("company") String company,
                         @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = ETags.requireVersion(ifMatch);
        LetterRunView run = starter.post(api.company(company), id, version, api.caller());
        return Response.accepted(run).tag(ETags.of(run.version())).build();
    }

    @POST
    @Path("{id}/restart")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Restart the failed or stopped job of a run still PROPOSING or POSTING")
    @APIResponse(responseCode = "202", description = "The run",
            content = @Content(schema = @Schema(implementation = LetterRunView.class)))
    public Response restart(@PathParam("id") long id, @QueryParam("company") String company) {
        return Response.accepted(starter.restart(api.company(company), id)).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Cancel a run not posted (If-Match, reason)")
    public LetterRunView cancel(@PathParam("id") long id,
                                @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                CancelInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return runs.cancel(api.company(in.company()), id, version, in.reason(), api.caller());
    }
}
