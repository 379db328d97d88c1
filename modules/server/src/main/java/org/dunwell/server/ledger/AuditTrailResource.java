package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's audit trail: every change a user or the ERP made, with who, when and why. */
@Path("/audit-trail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_APPROVER, Roles.COLLECTIONS_MANAGER, Roles.CREDIT_MANAGER})
public class AuditTrailResource {

    @Inject
    AuditTrail audit;

    @Inject
    CompanyContext companies;

    @GET
    @Operation(summary = "The company's audit trail, newest first", description = "Every recorded change (limits,"
            + " holds, statuses, promises, disputes, write-offs, master data) with subject, action, field, old and"
            + " new value, reason, actor and time. total counts them.")
    public Page<AuditEntry> trail(@QueryParam("company") String company,
                                  @Parameter(description = "Only this kind of subject (customer, promise, dispute,"
                                          + " write-off, credit-profile, …).") @QueryParam("subjectType")
                                  String subjectType,
                                  @Parameter(description = "Only changes by this user.") @QueryParam("actor")
                                  String actor,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.trail(companies.resolve(company), DocumentsEndpoint.blankToNull(subjectType),
                DocumentsEndpoint.blankToNull(actor), PageRequest.parse(page, size, null));
    }
}
