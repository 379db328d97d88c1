package org.dunwell.server.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.integrations.api.PluginConfigurationView;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plugin's configuration in a company, for administrators: secrets write-only. */
@Path("/plugins/{plugin}/configuration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@RolesAllowed(Roles.ADMINISTRATOR)
public class PluginConfigurationResource {

    @Inject
    PluginConfigurations configurations;

    @Inject
    Plugins plugins;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "A plugin's configuration in the company", description = "Enabled or not, its settings and"
            + " the names of its secrets (never their values). A plugin never configured here is disabled, version 0.")
    @APIResponse(responseCode = "200", description = "The configuration (ETag: its version)",
            content = @Content(schema = @Schema(implementation = PluginConfigurationView.class)))
    public Response get(@PathParam("plugin") String plugin, @QueryParam("company") String company) {
        PluginConfigurationView view = configurations.configuration(companies.resolve(company), present(plugin));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable, disable or configure a plugin in the company", description = "Needs If-Match (\"0\""
            + " for a plugin not configured here yet) and a reason. settings, when given, replace every setting;"
            + " each secret named is set (\"\" removes it), the others stay; secrets are kept encrypted and never"
            + " returned. Recorded in the audit trail without the secrets' values.")
    @APIResponse(responseCode = "200", description = "The configuration (ETag: its version)",
            content = @Content(schema = @Schema(implementation = PluginConfigurationView.class)))
    public Response put(@PathParam("plugin") String plugin, @QueryParam("company") String company,
                        @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        PluginConfigurationChange change) {
        long version = ETags.requireVersion(ifMatch);
        if (change == null) {
            throw new InvalidInputException("the change is required in the body");
        }
        PluginConfigurationView view = configurations.configure(companies.resolve(company), present(plugin), change,
                version, caller.name());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** The plugin, if the plugins folder holds it (in any state): a typo is not configured. */
    private String present(String plugin) {
        if (plugins.list().stream().noneMatch(p -> p.id().equals(plugin))) {
            throw new NotFoundException("plugin", plugin);
        }
        return plugin;
    }
}
