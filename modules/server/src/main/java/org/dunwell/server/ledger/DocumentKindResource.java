package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.dunwell.kernel.api.Page;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Listing and reading one kind of financial document, shared by {@code /invoices},
 * {@code /credit-notes} and {@code /payments} (the subclasses add what differs: posting and
 * corrections).
 */
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public abstract class DocumentKindResource {

    @Inject
    DocumentsEndpoint endpoint;

    /** The kind of document this resource serves. */
    protected abstract DocumentKind kind();

    @GET
    @Operation(summary = "List documents of this kind", description = "Filters: account, from / to (document"
            + " date), open (something left open), status (POSTED, CANCELLED, REVERSED). Only customers the caller"
            + " may see.")
    public Page<DocumentJson> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("open") Boolean open, @QueryParam("status") String status,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("sort") String sort) {
        return endpoint.list(kind(), company, account, from, to, open, status, page, size, sort);
    }

    @GET
    @Path("{document}")
    public Response get(@PathParam("document") String document, @QueryParam("company") String company) {
        return endpoint.get(kind(), company, document);
    }
}
