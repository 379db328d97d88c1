package org.dunwell.server.collections;

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
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.PromiseDraft;
import org.dunwell.collections.api.PromisePerformance;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.Promises;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.JobStarted;
import org.dunwell.server.jobs.Jobs;
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

/** Payment promises: recorded, cancelled, evaluated daily (or as of any date), measured per customer and agent. */
@Path("/promises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class PromisesResource {

    /** A new promise: amount in the customer's currency, the date, the invoices it covers, who promised. */
    @Schema(description = "A new promise: amount in the customer's currency, the date, the invoices it covers, who promised.",
            example = "{\"account\":\"C1\",\"amount\":\"250.50\",\"promisedOn\":\"2030-01-31\",\"documents\":[\"INV-2\"],\"contact\":\"Ann Payer\"}")
    public record PromiseInput(@Schema(ref = "Key") String company,
                               @Schema(required = true, ref = "Key") String account,
                               @Schema(required = true, ref = "Amount") String amount,
                               @Schema(ref = "Currency") String currency,
                               @Schema(required = true, ref = "Date") String promisedOn,
                               List<String> documents,
                               String contact,
                               String agent,
                               String notes) {
    }

    /** Why a promise is cancelled. */
    @Schema(description = "Why a promise is cancelled.",
            example = "{\"reason\":\"the customer withdrew the promise\"}")
    public record CancelInput(@Schema(ref = "Key") String company,
                              @Schema(required = true) String reason) {
    }

    /** The day to evaluate as of (default: the business date). */
    @Schema(description = "The day to evaluate as of (default: the business date).",
            example = "{\"asOf\":\"2026-11-22\"}")
    public record EvaluationInput(@Schema(ref = "Key") String company,
                                  @Schema(ref = "Date") String asOf) {
    }

    /** Grace days after the promised date. */
    @Schema(name = "PromiseSettingsInput", description = "Grace days after the promised date.",
            example = "{\"graceDays\":3}")
    public record SettingsInput(@Schema(ref = "Key") String company,
                                @Schema(required = true) Integer graceDays) {
    }

    /** The company's promise settings: days of grace after a promised date before a promise is broken. */
    @Schema(description = "The company's promise settings: days of grace after a promised date before a promise is"
            + " broken.")
    public record PromiseSettings(@Schema(required = true) int graceDays) {
    }

    @Inject
    Promises promises;

    @Inject
    CollectionsApi api;

    @Inject
    Jobs jobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment promise", description = "The invoices become PROMISED until the promise"
            + " is kept, broken or cancelled. A date in the past, a paid or disputed invoice, or more than the"
            + " invoices have open is refused.")
    @APIResponse(responseCode = "201", description = "The new promise (ETag, Location)",
            content = @Content(schema = @Schema(implementation = PromiseView.class)))
    public Response create(PromiseInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String company = api.company(in.company());
        PromiseView view = promises.create(company, new PromiseDraft(in.account(), Amounts.parse("amount", in.amount()),
                in.currency(), Amounts.date("promisedOn", in.promisedOn()), in.documents(), in.contact(), in.agent(),
                in.notes()), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "promises", view.id());
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "Promises of the customers the caller sees", description = "Filters account, agent (me ="
            + " the caller), status OPEN|KEPT|BROKEN|CANCELLED; earliest promised date first (sort=promisedOn,desc).")
    public Page<PromiseView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                  @QueryParam("agent") String agent, @QueryParam("status") String status,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                  @QueryParam("sort") String sort) {
        String who = "me".equals(agent) ? api.caller().value() : CollectionsApi.blank(agent);
        return promises.list(api.company(company), CollectionsApi.blank(account), who,
                CollectionsApi.choice(PromiseStatus.class, "status", status), api.scope(),
                PageRequest.parse(page, size, sort));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "One promise")
    @APIResponse(responseCode = "200", description = "The promise (ETag: its version)",
            content = @Content(schema = @Schema(implementation = PromiseView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        PromiseView view = promises.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an open promise (If-Match, with a reason)")
    @APIResponse(responseCode = "200", description = "The cancelled promise",
            content = @Content(schema = @Schema(implementation = PromiseView.class)))
    public Response cancel(@PathParam("id") long id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CancelInput in) {
        long version = ETags.requireVersion(ifMatch);
        String company = api.company(in == null ? null : in.company());
        PromiseView view = promises.cancel(company, id, version, in == null ? null : in.reason(), api.scope(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Evaluate open promises as of a date", description = "Starts the promise-evaluation batch"
            + " job (follow it in /jobs); the same evaluation runs every day by itself. Running it twice decides"
            + " nothing twice.")
    @APIResponse(responseCode = "202", description = "The evaluation job was started; follow it in /jobs",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response evaluate(EvaluationInput in) {
        String company = api.company(in == null ? null : in.company());
        String asOf = api.asOf(in == null ? null : in.asOf()).toString();
        long execution = jobs.start(JobRequest.of(PromiseEvaluationJob.NAME, company, LocalDate.parse(asOf))
                .with(PromiseEvaluationJob.ACTOR, api.caller().value()));
        return Response.accepted(new JobStarted(execution, PromiseEvaluationJob.NAME, LocalDate.parse(asOf))).build();
    }

    @GET
    @Path("performance")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "Promises made, kept, broken and open, per currency", description = "Of one customer"
            + " (account), one agent (agent; me = the caller), or every customer the caller sees.")
    public List<PromisePerformance> performance(@QueryParam("company") String company,
                                                @QueryParam("account") String account,
                                                @QueryParam("agent") String agent) {
        String code = api.company(company);
        String customer = CollectionsApi.blank(account);
        String who = "me".equals(agent) ? api.caller().value() : CollectionsApi.blank(agent);
        return promises.performance(code, customer, who, api.scope());
    }

    @GET
    @Path("settings")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
            Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
    @Operation(summary = "The company's grace days after a promised date")
    public PromiseSettings settings(@QueryParam("company") String company) {
        return new PromiseSettings(promises.graceDays(api.company(company)));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Set the grace days after a promised date (0 to 90)")
    public PromiseSettings putSettings(SettingsInput in) {
        if (in == null || in.graceDays() == null) {
            throw InvalidInputException.ofField("graceDays", "is required");
        }
        return new PromiseSettings(promises.setGraceDays(api.company(in.company()), in.graceDays(), api.caller()));
    }
}
