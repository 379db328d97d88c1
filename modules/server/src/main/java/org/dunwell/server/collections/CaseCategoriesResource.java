package org.dunwell.server.collections;

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
import java.util.List;
import org.dunwell.collections.api.CaseCategoryView;
import org.dunwell.collections.api.Cases;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Case categories as reference data: a category may keep the invoices of its open cases out of letters. */
@Path("/case-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class CaseCategoriesResource {

    /** A category's meaning and whether it stops dunning, and why it is set. */
    @Schema(name = "CaseCategoryInput", description = "What the category means, whether the invoices of its open"
            + " cases stay out of letters; reason required; changing one needs If-Match.",
            example = "{\"description\":\"with our lawyers\",\"excludesDunning\":true,\"reason\":\"legal cases\"}")
    public record CategoryInput(@Schema(ref = "Key") String company, String description, Boolean excludesDunning,
                                @Schema(required = true) String reason) {
    }

    @Inject
    Cases cases;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "The company's case categories")
    public List<CaseCategoryView> list(@QueryParam("company") String company) {
        return cases.categories(api.company(company));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Define a case category or change it (If-Match)")
    @APIResponse(responseCode = "200", description = "The category (ETag)",
            content = @Content(schema = @Schema(implementation = CaseCategoryView.class)))
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        CategoryInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        CaseCategoryView view = cases.putCategory(api.company(in.company()), code, in.description(),
                Boolean.TRUE.equals(in.excludesDunning()), ifMatch == null ? null : ETags.requireVersion(ifMatch),
                in.reason(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
