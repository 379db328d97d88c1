package org.dunwell.server.collections;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PoolsAndAging agents: the pools each works and its default pool. */
@Path("/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class AgentsResource {

    /** The pools an agent works in the company, its default pool there (required with pools), and why. */
    @Schema(description = "The pools an agent works in the company, its default pool there (required with pools), and"
            + " why. Its pools in other companies stay.",
            example = "{\"pools\":[\"north-usd\"],\"defaultPool\":\"north-usd\",\"reason\":\"covers the north\"}")
    public record AgentInput(@Schema(ref = "Key") String company,
                             @Schema(required = true) List<String> pools,
                             @Schema(ref = "Key") String defaultPool,
                             @Schema(required = true) String reason) {
    }

    @Inject
    PoolsAndAging collections;

    @Inject
    CollectionsApi api;

    @GET
    @AcrossCompanies
    @Operation(summary = "Every collections agent, with the pools it works (of every company) and its default pool")
    public List<AgentView> agents() {
        return collections.agents();
    }

    @GET
    @Path("{user}")
    @AcrossCompanies
    @Operation(summary = "One agent: its pools in every company and its default pool in each", description = "A user"
            + " who works no pool answers with none and version 0 (the If-Match that makes it an agent).")
    @APIResponse(responseCode = "200", description = "The agent (ETag: its version)",
            content = @Content(schema = @Schema(implementation = AgentView.class)))
    public Response agent(@PathParam("user") String user) {
        AgentView agent = collections.agent(UserName.of(user));
        return Response.ok(agent).tag(ETags.of(agent.version())).build();
    }

    @PUT
    @Path("{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Set the pools an agent works in the company and its default pool there", description = "Needs"
            + " If-Match (\"0\" for a user who is no agent yet), pools (an empty list takes the company's pools"
            + " away), defaultPool with pools, and a reason; audited. Pools in other companies stay.")
    @APIResponse(responseCode = "200", description = "The agent (ETag: its version)",
            content = @Content(schema = @Schema(implementation = AgentView.class)))
    public Response assign(@PathParam("user") String user,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AgentInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("pools", "is required");
        }
        AgentView agent = collections.assignAgent(user, api.company(in.company()), in.pools(), in.defaultPool(), version,
                in.reason(), api.caller());
        return Response.ok(agent).tag(ETags.of(agent.version())).build();
    }
}
