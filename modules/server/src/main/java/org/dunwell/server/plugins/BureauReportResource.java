package org.dunwell.server.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.integrations.api.BureauReportRequest;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.api.BureauReports;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit bureau reports: asked through the company's enabled bureau plugin. */
@Path("/customers/{account}/bureau-report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class BureauReportResource {

    @Inject
    BureauReports reports;

    @Inject
    CompanyContext companies;

    @Inject
    CustomerVisibility visibility;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK})
    @Operation(summary = "Ask the credit bureau about the customer", description = "Through the company's enabled"
            + " bureau plugin. The bureau's score feeds the scorecard through the credit profile (a higher score waits"
            + " for a second person); a recommended limit that differs from the customer's becomes a limit request"
            + " made by you, never a direct change. 503 when the bureau or its plugin does not answer (nothing is"
            + " changed); 422 when no bureau plugin is enabled or the bureau refuses.")
    @APIResponse(responseCode = "201", description = "The report and what it led to",
            content = @Content(schema = @Schema(implementation = BureauReportView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response request(@PathParam("account") String account, @QueryParam("company") String company,
                            BureauReportRequest request) {
        BureauReportView report = reports.request(companies.resolve(company), account, request, visibility.scope(),
                caller.name());
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @GET
    @Operation(summary = "The customer's bureau reports, newest first")
    public Page<BureauReportView> list(@PathParam("account") String account, @QueryParam("company") String company,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reports.reports(companies.resolve(company), account, visibility.scope(),
                PageRequest.parse(page, size, null));
    }
}
