package org.dunwell.server.ai;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dunwell.ai.api.DraftKind;
import org.dunwell.ai.api.DraftStatus;
import org.dunwell.ai.api.DraftView;
import org.dunwell.ai.api.Drafts;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.collections.CollectionsApi;
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
 * Reminder email drafts: an agent asks for one, edits it (verified again), approves it (the agent's own review;
 * each violation the verifier finds must be acknowledged) and the outbox sends it once; or discards it. Agents
 * work on the customers of their pools.
 */
@Path("/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ai")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class DraftsResource {

    /** What to draft. */
    @Schema(name = "DraftRequest", description = "What to draft: for which customer, what kind (REMINDER_EMAIL) and"
            + " in which language (default the customer's).",
            example = "{\"account\":\"C00001\",\"kind\":\"REMINDER_EMAIL\",\"language\":\"de\"}")
    public record DraftInput(@Schema(ref = "Key") String company, @Schema(required = true) String account,
                             @Schema(required = true) String kind, String language) {
    }

    /** An edited text. */
    @Schema(name = "DraftEdit", description = "The draft's new subject and body (either may be left out: unchanged).",
            example = "{\"subject\":\"Payment reminder\",\"body\":\"Dear Ms Berg, ...\"}")
    public record EditInput(@Schema(ref = "Key") String company, String subject, String body) {
    }

    /** An approval. */
    @Schema(name = "DraftApproval", description = "The approver's acknowledgement of each violation the verifier"
            + " finds in the current text (their texts); none needed when it passes.",
            example = "{\"acknowledged\":[]}")
    public record ApproveInput(@Schema(ref = "Key") String company, List<String> acknowledged) {
    }

    /** Why a draft is discarded. */
    @Schema(name = "DraftDiscard", description = "Why the draft is not sent.",
            example = "{\"reason\":\"customer called, paying today\"}")
    public record DiscardInput(@Schema(ref = "Key") String company, @Schema(required = true) String reason) {
    }

    @Inject
    Drafts drafts;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a reminder email from the customer's facts (201, Location, ETag)",
            description = "source MODEL or TEMPLATE; fallbackReason says why the template wrote it when a model is"
                    + " configured; verification describes the current text.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    public Response create(DraftInput in, @Context UriInfo uri) {
        if (in == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        if (in.account() == null || in.account().isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        DraftKind kind = CollectionsApi.choice(DraftKind.class, "kind", in.kind());
        DraftView draft = drafts.create(api.company(in.company()), in.account().strip(), kind,
                CollectionsApi.blank(in.language()), api.scope(), api.caller());
        return Created.at(uri, draft, draft.version(), "drafts", draft.id());
    }

    @GET
    @Operation(summary = "Drafts, newest first (account, status DRAFT, APPROVED, DISCARDED)")
    public Page<DraftView> list(@QueryParam("company") String company, @QueryParam("account") String account,
                                @QueryParam("status") String status, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size) {
        DraftStatus wanted = CollectionsApi.blank(status) == null ? null
                : CollectionsApi.choice(DraftStatus.class, "status", status);
        return drafts.list(api.company(company), CollectionsApi.blank(account), wanted, api.scope(),
                PageRequest.parse(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One draft (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        DraftView draft = drafts.get(api.company(company), id, api.scope());
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit the draft's text (If-Match); the verifier runs again on it")
    @APIResponse(responseCode = "200", description = "The draft as edited",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    public Response edit(@PathParam("id") long id,
                         @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         EditInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null || (in.subject() == null && in.body() == null)) {
            throw InvalidInputException.ofField("body", "subject or body is required");
        }
        DraftView draft = drafts.edit(api.company(in.company()), id, version, in.subject(), in.body(), api.scope(),
                api.caller());
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the draft and queue it in the outbox (If-Match)",
            description = "The agent's own review. A text the verifier does not pass is sent only with each"
                    + " violation's text in acknowledged; the acknowledgement is kept. A customer not to be contacted"
                    + " or in hardship gets nothing (409).")
    @APIResponse(responseCode = "200", description = "The approved draft with its outbox message",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    public Response approve(@PathParam("id") long id,
                            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ApproveInput in) {
        long version = ETags.requireVersion(ifMatch);
        DraftView draft = drafts.approve(api.company(in == null ? null : in.company()), id, version,
                in == null ? List.of() : in.acknowledged(), api.scope(), api.caller());
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard the draft (If-Match, reason)")
    @APIResponse(responseCode = "200", description = "The discarded draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    public Response discard(@PathParam("id") long id,
                            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DiscardInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        DraftView draft = drafts.discard(api.company(in.company()), id, version, in.reason(), api.scope(),
                api.caller());
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }
}
