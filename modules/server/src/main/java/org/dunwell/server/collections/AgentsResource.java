package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PoolsAndAging agents: the pools each works and its default pool. */
@Path("/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class AgentsResource {

    /** The pools an agent works, and its default pool. */
    @Schema(description = "The pools an agent works, and its default pool.",
            example = "{\"pools\":[\"north-usd\"],\"defaultPool\":\"north-usd\"}")
    public record AgentInput(@Schema(ref = "Key") String company,
                             @Schema(required = true) List<String> pools,
                             @Schema(ref = "Key") String defaultPool) {
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

    @PUT
    @Path("{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Set the pools an agent works and its default pool")
    public AgentView assign(@PathParam("user") String user, AgentInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("pools", "is required");
        }
        return collections.assignAgent(user, api.company(in.company()), in.pools(), in.defaultPool(), api.caller());
    }
}
