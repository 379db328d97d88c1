package org.dunwell.server.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in: the web workspace shows it and chooses its screens by it. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@AcrossCompanies
public class SignedInUserResource {

    /** The signed-in user, the application roles it holds and whether it sees every customer. */
    @Schema(description = "The signed-in user, the application roles it holds and whether it sees every customer.",
            example = "{\"user\":\"agent1\",\"roles\":[\"collections-agent\"],\"seesAllCustomers\":false}")
    public record Me(@Schema(required = true) String user, @Schema(required = true) List<String> roles,
                     @Schema(required = true) boolean seesAllCustomers) {
    }

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER,
            Roles.CREDIT_CLERK, Roles.COLLECTIONS_AGENT, Roles.INTEGRATION})
    @Operation(summary = "The signed-in user and its roles")
    public Me me() {
        List<String> roles = Roles.ALL.stream().filter(caller::isInRole).toList();
        return new Me(caller.name().value(), roles, CustomerVisibility.seesAllCustomers(caller::isInRole));
    }
}
