package org.dunwell.server.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What arrived at the demo's mail server (only where it runs: the demo setup), whichever company sent it. */
@Path("/demo/mailbox")
@AcrossCompanies
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
public class DemoMailboxResource {

    @Inject
    DemoMailServer mail;

    @GET
    @Operation(summary = "The emails the demo's mail server received, oldest first", description = "404 where the"
            + " demo mail server does not run (dunwell.demo.mailServer=false, as in production).")
    public List<DemoMailServer.Received> received() {
        return mail.received().orElseThrow(() -> new NotFoundException("demo mail server", "mailbox"));
    }
}
