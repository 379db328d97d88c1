package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.api.Workspace;
import org.dunwell.collections.api.WorkspaceView;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collections coordinator workspace: the caller's lists, and one customer on one page. */
@Path("/workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class WorkspaceResource {

    @Inject
    Workspace workspace;

    @Inject
    PoolsAndAging collections;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "My open activities, reminders due, top customers by balance and by most-aged balance",
            description = "pool=NAME narrows the lists to one pool; an agent without pool sees all of its pools.")
    public WorkspaceView overview(@QueryParam("company") String company, @QueryParam("pool") String pool) {
        String code = api.company(company);
        CustomerScope scope = api.scope();
        List<String> pools = new ArrayList<>();
        if (pool != null && !pool.isBlank()) {
            collections.scopeOfPool(code, pool.trim(), api.caller(), api.seesAll());
            pools.add(pool.trim());
        } else if (!api.seesAll()) {
            pools.addAll(collections.poolsOf(code, api.caller()));
        }
        if (!api.seesAll() && pools.isEmpty()) {
            scope = CustomerScope.NONE;
        }
        return workspace.overview(code, api.caller(), pools, scope);
    }

    @GET
    @Path("customers/{account}")
    @Operation(summary = "One customer: header figures, aging chart, open / disputed / promised transactions,"
            + " unsettled payments, contacts, open activities", description = "openTransactions are the debits to"
            + " collect: disputed ones are listed apart, under disputed, until the dispute is resolved.")
    public CustomerWorkspaceView customer(@PathParam("account") String account, @QueryParam("company") String company,
                                          @QueryParam("asOf") String asOf) {
        String code = api.company(company);
        return workspace.customer(code, account, api.asOf(asOf), api.scope());
    }
}
