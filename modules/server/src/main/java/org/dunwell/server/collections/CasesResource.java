package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.dunwell.server.platform.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Collection cases: envelopes of transactions with a status, an owner and a log. */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class CasesResource {

    /** A new case over documents. */
    @Schema(description = "A new case over documents.",
            example = "{\"title\":\"Slow payer\",\"category\":\"GENERAL\",\"owner\":\"manager\",\"documents\":[\"INV-1\"]}")
    public record CaseInput(@Schema(ref = "Key") String company,
                            @Schema(required = true) String title,
                            String category,
                            String owner,
                            String description,
                            List<String> documents) {
    }

    /** Documents to add. */
    @Schema(description = "Documents to add.",
            example = "{\"documents\":[\"INV-2\"]}")
    public record DocumentsInput(@Schema(ref = "Key") String company,
                                 @Schema(required = true) List<String> documents) {
    }

    /** A status change or a new owner, with the reason. */
    @Schema(description = "A status change or a new owner, with the reason.",
            example = "{\"status\":\"IN_PROGRESS\",\"owner\":\"manager\",\"reason\":\"working on it\"}")
    public record ChangeInput(@Schema(ref = "Key") String company,
                              @Schema(enumeration = {"OPEN", "IN_PROGRESS", "CLOSED"}) String status,
                              String owner,
                              String reason) {
    }

    /** A note for the log. */
    @Schema(name = "CaseNote", description = "A note for the log.",
            example = "{\"text\":\"called, no answer\"}")
    public record NoteInput(@Schema(ref = "Key") String company,
                            @Schema(required = true) String text) {
    }

    @Inject
    Cases cases;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case over documents of one or more customers")
    @APIResponse(responseCode = "201", description = "The new case (ETag, Location)",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response open(CaseInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("title", "is required");
        }
        String company = api.company(in.company());
        CaseView view = cases.open(company, in.title(), in.category(), in.owner(), in.description(), in.documents(),
                api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "cases", view.id());
    }

    @GET
    @Operation(summary = "Cases whose every customer the caller sees, newest first")
    public Page<CaseView> list(@QueryParam("company") String company, @QueryParam("status") String status,
                               @QueryParam("owner") String owner, @QueryParam("account") String account,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cases.list(api.company(company), CollectionsApi.blank(status) == null ? null : status.trim().toUpperCase(Locale.ROOT),
                CollectionsApi.blank(owner), CollectionsApi.blank(account), api.scope(), PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case with its transactions, activities and log")
    @APIResponse(responseCode = "200", description = "The case (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        String code = api.company(company);
        CaseView view = cases.get(code, id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add documents to a case (If-Match)")
    @APIResponse(responseCode = "200", description = "The case with the documents added",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response add(@PathParam("id") long id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        DocumentsInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("documents", "is required");
        }
        String company = api.company(in.company());
        return ok(cases.addTransactions(company, id, version, in.documents(), api.scope(), api.caller()));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to OPEN, IN_PROGRESS or CLOSED (If-Match; closing and reopening need a reason)")
    @APIResponse(responseCode = "200", description = "The case in its new status",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response status(@PathParam("id") long id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ChangeInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null || in.status() == null) {
            throw InvalidInputException.ofField("status", "is required");
        }
        String company = api.company(in.company());
        return ok(cases.changeStatus(company, id, version, in.status().trim().toUpperCase(Locale.ROOT), in.reason(),
                api.scope(), api.caller()));
    }

    @POST
    @Path("{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a case to another owner (If-Match)")
    @APIResponse(responseCode = "200", description = "The case with its new owner",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response owner(@PathParam("id") long id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ChangeInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("owner", "is required");
        }
        String company = api.company(in.company());
        return ok(cases.reassign(company, id, version, in.owner(), in.reason(), api.scope(), api.caller()));
    }

    @POST
    @Path("{id}/log")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append a note to the case's log")
    @APIResponse(responseCode = "200", description = "The case with the note in its log",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response note(@PathParam("id") long id, NoteInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("text", "is required");
        }
        String company = api.company(in.company());
        return ok(cases.note(company, id, in.text(), api.scope(), api.caller()));
    }

    private static Response ok(CaseView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
