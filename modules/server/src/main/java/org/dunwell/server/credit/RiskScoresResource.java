package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.dunwell.credit.api.RiskScoreView;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.JobStarted;
import org.dunwell.server.jobs.Jobs;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored risk scores, and runs of the scorecard over every customer (a restartable batch job). */
@Path("/risk-scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class RiskScoresResource {

    /** Optional: the date to score as of (default the business date). */
    @Schema(description = "Optional: the date to score as of (default the business date).",
            example = "{\"asOf\":\"2026-11-22\"}")
    public record RunInput(@Schema(ref = "Date") String asOf) {
    }

    @Inject
    CreditApi api;

    @Inject
    Jobs jobs;

    @Inject
    RiskScores scores;

    @Inject
    Customers customers;

    @GET
    @Operation(summary = "Stored scores, lowest first", description = "Filter by riskGroup (A–E).")
    public Page<RiskScoreView> list(@QueryParam("company") String company, @QueryParam("riskGroup") String group,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return scores.list(api.company(company), group == null || group.isBlank() ? null : group.trim(),
                PageRequest.parse(page, size, null));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Score every customer now", description = "Starts the risk-scores batch job; follow it in"
            + " /jobs. A failed run restarts from its last committed page.")
    @APIResponse(responseCode = "202", description = "The scoring job was started; follow it in /jobs",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response run(@QueryParam("company") String company, RunInput in) {
        String code = api.company(company);
        String asOf = api.asOf(in == null ? null : in.asOf()).toString();
        long total = customers.list(new CustomerFilter(code, null, null, null, null, CustomerScope.ALL),
                PageRequest.first(1)).total();
        long execution = jobs.start(JobRequest.of(RiskScoreJob.NAME, code, LocalDate.parse(asOf))
                .with(RiskScoreJob.PAGE_SIZE, Integer.toString(RiskScoreJob.DEFAULT_PAGE_SIZE))
                .ofSize((total + RiskScoreJob.DEFAULT_PAGE_SIZE - 1) / RiskScoreJob.DEFAULT_PAGE_SIZE));
        return Response.accepted(new JobStarted(execution, RiskScoreJob.NAME, LocalDate.parse(asOf))).build();
    }
}
