package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collection pools: named saved filters over customers (master data and computed figures). */
@Path("/pools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class PoolsResource {

    /** A new pool: a name and its conditions (all must hold). */
    @Schema(description = "A new pool: a name and its conditions (all must hold).",
            example = "{\"name\":\"north-usd\",\"conditions\":[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"NORTH\"}]}")
    public record PoolInput(@Schema(ref = "Key") String company,
                            @Schema(required = true, ref = "Key") String name,
                            @Schema(required = true) List<PoolCondition> conditions) {
    }

    /** New conditions for a pool, and a new name when it is renamed. */
    @Schema(description = "New conditions for a pool, and a new name when it is renamed.",
            example = "{\"conditions\":[{\"field\":\"region\",\"operator\":\"in\",\"value\":\"NORTH,SOUTH\"}]}")
    public record FilterInput(@Schema(ref = "Key") String company,
                              @Schema(ref = "Key", description = "The pool's new name (absent: unchanged)") String name,
                              @Schema(required = true) List<PoolCondition> conditions) {
    }

    /** Hand a pool to {@code to}, from every agent who works it or only {@code from}. */
    @Schema(name = "PoolReassignment", description = "Hand a pool to to, from every agent who works it or only from.",
            example = "{\"to\":\"agent-cover\",\"reason\":\"holiday cover\"}")
    public record ReassignInput(@Schema(ref = "Key") String company,
                                String from,
                                @Schema(required = true) String to,
                                String reason) {
    }

    @Inject
    PoolsAndAging collections;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Pools of the company (an agent: the pools it works)")
    public List<PoolView> pools(@QueryParam("company") String company) {
        String code = api.company(company);
        List<PoolView> all = collections.pools(code);
        if (api.seesAll()) {
            return all;
        }
        List<String> mine = collections.poolsOf(code, api.caller());
        return all.stream().filter(p -> mine.contains(p.name())).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One pool and the agents who work it")
    @APIResponse(responseCode = "200", description = "The pool (ETag: its version)",
            content = @Content(schema = @Schema(implementation = PoolView.class)))
    public Response pool(@PathParam("name") String name, @QueryParam("company") String company) {
        String code = api.company(company);
        collections.scopeOfPool(code, name, api.caller(), api.seesAll());
        PoolView view = collections.pool(code, name);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Create a pool", description = "Conditions: [{field, operator, value}]; fields region, group,"
            + " currency, responsible (=, in), balance, bucket:<name> (amounts: = > >= < <=), oldestOverdueDays,"
            + " riskGroup (=, in), creditHold, overLimit (= true|false). An unknown field or operator is 400.")
    @APIResponse(responseCode = "201", description = "The new pool (ETag, Location)",
            content = @Content(schema = @Schema(implementation = PoolView.class)))
    public Response create(PoolInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("name", "is required");
        }
        PoolView pool = collections.createPool(api.company(in.company()), in.name(), in.conditions(), api.caller());
        return Created.at(uri, pool, pool.version(), "pools", pool.name());
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Replace a pool's conditions and rename it (If-Match)", description = "name renames the"
            + " pool (409 when the company has a pool of that name); its agents keep it.")
    @APIResponse(responseCode = "200", description = "The pool with its new conditions",
            content = @Content(schema = @Schema(implementation = PoolView.class)))
    public Response update(@PathParam("name") String name, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           FilterInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("conditions", "is required");
        }
        PoolView pool = collections.updatePool(api.company(in.company()), name, version, in.name(), in.conditions(),
                api.caller());
        return Response.ok(pool).tag(ETags.of(pool.version())).build();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Delete a pool (If-Match, reason)", description = "A pool an agent still works is 409, naming"
            + " the agents: move them to other pools first.")
    @APIResponse(responseCode = "204", description = "The pool is gone")
    public Response delete(@PathParam("name") String name, @QueryParam("company") String company,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(required = true, description = "Why the pool goes") @QueryParam("reason")
                           String reason) {
        long version = ETags.requireVersion(ifMatch);
        collections.deletePool(api.company(company), name, version, reason, api.caller());
        return Response.noContent().build();
    }

    @POST
    @Path("{name}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Hand a pool to another agent", description = "Every agent who works the pool (or only"
            + " 'from') gives it up and 'to' takes it: the pool's customers follow in the same step.")
    public PoolView reassign(@PathParam("name") String name, ReassignInput in) {
        if (in == null || in.to() == null || in.to().isBlank()) {
            throw InvalidInputException.ofField("to", "is required");
        }
        return collections.reassignPool(api.company(in.company()), name, CollectionsApi.blank(in.from()), in.to().trim(),
                CollectionsApi.blank(in.reason()), api.caller());
    }

    @GET
    @Path("{name}/customers")
    @Operation(summary = "The customers the pool matches today", description = "Evaluated live as of asOf (default"
            + " today): master data and computed figures (aging, credit standing).")
    public Page<CustomerFigures> customers(@PathParam("name") String name, @QueryParam("company") String company,
                                           @QueryParam("asOf") String asOf, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        String code = api.company(company);
        CustomerScope scope = api.scope();
        collections.scopeOfPool(code, name, api.caller(), api.seesAll());
        return collections.poolCustomers(code, name, api.asOf(asOf), scope, PageRequest.parse(page, size, null));
    }
}
