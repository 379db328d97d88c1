package org.dunwell.server.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every batch run (aging snapshots, risk scores, dunning, automation): kind, status, progress, times. */
@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class JobsResource {

    @Inject
    JobRuns runs;

    @Inject
    CompanyContext companies;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.CREDIT_MANAGER})
    @Operation(summary = "List the company's batch runs, newest first", description = "Each with the company and day"
            + " it ran for and what it ran on (an aging snapshot's id). Filter by kind (job name) and status.")
    public Page<JobRunView> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @QueryParam("sort") String sort) {
        return runs.list(companies.company(), Optional.ofNullable(kind).filter(k -> !k.isBlank()),
                Optional.ofNullable(status).filter(s -> !s.isBlank()), PageRequest.parse(page, size, sort));
    }
}
