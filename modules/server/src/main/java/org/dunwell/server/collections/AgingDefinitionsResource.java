package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.AgingDefinitions;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Aging period definitions, which every {@code definition=} names: the server's, shared by its companies.
 * {@code standard} is read-only; a change of a definition a snapshot aged by makes its next revision.
 */
@Path("/aging-definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@AcrossCompanies
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class AgingDefinitionsResource {

    /** A definition: its name (on creation), basis, unit and buckets, and why (on a change). */
    @Schema(name = "AgingDefinitionInput", description = "A definition: name (on creation), basis DUE_DATE or"
            + " DOCUMENT_DATE, unit DAYS or MONTHS, buckets in order (the first with no from, the last with no to,"
            + " each from the day or month after the one before), and a reason on a change.",
            example = "{\"name\":\"monthly\",\"basis\":\"DUE_DATE\",\"unit\":\"MONTHS\",\"buckets\":[{\"name\":\"current\","
                    + "\"to\":0},{\"name\":\"1 month\",\"from\":1,\"to\":1},{\"name\":\"2 months\",\"from\":2,\"to\":2},"
                    + "{\"name\":\"older\",\"from\":3}],\"reason\":\"monthly review\"}")
    public record DefinitionInput(@Schema(ref = "Key") String name,
                                  @Schema(required = true, implementation = AgingBasis.Basis.class) String basis,
                                  @Schema(required = true, implementation = AgingBasis.Unit.class) String unit,
                                  @Schema(required = true) List<AgingBucketSpec> buckets,
                                  String reason) {
    }

    @Inject
    AgingDefinitions definitions;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Every aging definition (its current revision)")
    public List<AgingDefinitionView> list() {
        return definitions.definitions();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One aging definition (its current revision)")
    @APIResponse(responseCode = "200", description = "The definition (ETag: its version)",
            content = @Content(schema = @Schema(implementation = AgingDefinitionView.class)))
    public Response get(@PathParam("name") String name) {
        AgingDefinitionView view = definitions.definitions().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("aging definition", name));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Create an aging definition", description = "A name already taken is 409.")
    @APIResponse(responseCode = "201", description = "The definition (ETag, Location)",
            content = @Content(schema = @Schema(implementation = AgingDefinitionView.class)))
    public Response create(DefinitionInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("name", "is required");
        }
        AgingDefinitionView view = definitions.create(in.name(), basis(in), in.buckets(), api.caller());
        return Created.at(uri, view, view.version(), "aging-definitions", view.name());
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Change an aging definition (If-Match, reason)", description = "standard is read-only"
            + " (409). When a snapshot aged by the current revision, the change is the next revision and the"
            + " snapshot keeps its own.")
    @APIResponse(responseCode = "200", description = "The changed definition (ETag: its version)",
            content = @Content(schema = @Schema(implementation = AgingDefinitionView.class)))
    public Response change(@PathParam("name") String name,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DefinitionInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("buckets", "is required");
        }
        AgingDefinitionView view = definitions.change(name, version, basis(in), in.buckets(), in.reason(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    private static AgingBasis basis(DefinitionInput in) {
        return new AgingBasis(CollectionsApi.choice(AgingBasis.Basis.class, "basis", in.basis()),
                CollectionsApi.choice(AgingBasis.Unit.class, "unit", in.unit()));
    }
}
