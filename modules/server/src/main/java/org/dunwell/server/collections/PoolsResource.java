package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.Collections;
import org.dunwell.collections.api.PoolView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collection pools (saved filters over customers) and the agents who work them. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class PoolsResource {

    /** A new pool: a name and its filter (null: any value). */
    public record PoolInput(String company, String name, String region, String group, String currency) {
    }

    /** The pools an agent works, and its default pool. */
    public record AgentInput(String company, List<String> pools, String defaultPool) {
    }

    @Inject
    Collections collections;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @GET
    @Path("pools")
    public List<PoolView> pools(@QueryParam("company") String company) {
        return collections.pools(companies.resolve(company));
    }

    @POST
    @Path("pools")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    public Response create(PoolInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("name", "is required");
        }
        PoolView pool = collections.createPool(companies.resolve(in.company()), in.name(), in.region(), in.group(),
                in.currency(), caller.name());
        return Response.status(201).entity(pool).build();
    }

    @GET
    @Path("agents")
    public List<AgentView> agents() {
        return collections.agents();
    }

    @PUT
    @Path("agents/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    public AgentView assign(@PathParam("user") String user, AgentInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("pools", "is required");
        }
        return collections.assignAgent(user, companies.resolve(in.company()), in.pools(), in.defaultPool(),
                caller.name());
    }
}
