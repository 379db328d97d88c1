package org.dunwell.server.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plugins of the server's plugins folder, for administrators. */
@Path("/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@AcrossCompanies
public class PluginsResource {

    @Inject
    Plugins plugins;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The plugins of the server's plugins folder, their state and why one is not started")
    public List<PluginView> list() {
        return plugins.list();
    }
}
