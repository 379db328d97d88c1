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
import org.dunwell.collections.api.Timelines;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's collections history: every promise, dispute, write-off, NSF and status change, with who, when, why. */
@Path("/customers/{account}/collections-history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CollectionsHistoryResource {

    @Inject
    Timelines timelines;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Newest first", description = "action, subject (field), from (oldValue), to (newValue),"
            + " reason, actor, occurredAt. The timeline shows the same entries as type ACTION.")
    public Page<AuditEntry> history(@PathParam("account") String account, @QueryParam("company") String company,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String code = api.company(company);
        return timelines.history(code, account, api.scope(), PageRequest.parse(page, size, null));
    }
}
