package org.dunwell.server.collections;

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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dunwell.collections.api.TimelineEntry;
import org.dunwell.collections.api.Timelines;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.dunwell.server.platform.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** A customer's timeline of the last 365 days, and notes on the customer. */
@Path("/customers/{account}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class TimelineResource {

    /** A note on the customer. */
    @Schema(name = "CustomerNote", description = "A note on the customer.",
            example = "{\"text\":\"prefers e-mail\"}")
    public record NoteInput(@Schema(ref = "Key") String company,
                            @Schema(required = true) String text) {
    }

    @Inject
    Timelines timelines;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "Invoices, payments, credit notes, letters, activities and notes, newest first",
            description = "The 365 days up to asOf (default today); type=INVOICE,PAYMENT,... filters.")
    public Page<TimelineEntry> timeline(@PathParam("account") String account, @QueryParam("company") String company,
                                        @QueryParam("asOf") String asOf, @QueryParam("type") String type,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String code = api.company(company);
        Set<String> types = type == null || type.isBlank() ? Set.of() : Arrays.stream(type.split(","))
                .map(t -> t.trim().toUpperCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return timelines.timeline(code, account, api.asOf(asOf), types, api.scope(),
                PageRequest.parse(page, size, null));
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "Write a note on the customer (shown on the timeline)")
    @APIResponse(responseCode = "201", description = "The note as the timeline shows it (Location: the customer's timeline)",
            content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response note(@PathParam("account") String account, NoteInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("text", "is required");
        }
        String code = api.company(in.company());
        // a note has no address of its own: it lives on the customer's timeline
        return Created.at(uri, timelines.addNote(code, account, in.text(), api.scope(), api.caller()), null, "customers", account,
                "timeline");
    }
}
