package org.dunwell.server.ai;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dunwell.ai.api.ReplyTriage;
import org.dunwell.ai.api.TriageView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Triage of customers' replies: a suggested promise or dispute, checked, with the call that records it. */
@Path("/replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ai")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class RepliesResource {

    /** A customer's reply to read. */
    @Schema(name = "ReplyTriageRequest", description = "A customer's reply (its text) to read for a promise to pay or"
            + " a dispute; language default the customer's.",
            example = "{\"account\":\"C00001\",\"text\":\"We will pay INV-1 on 10 December 2026.\"}")
    public record TriageInput(@Schema(ref = "Key") String company, @Schema(required = true) String account,
                              @Schema(required = true) String text, String language) {
    }

    @Inject
    ReplyTriage triage;

    @Inject
    CollectionsApi api;

    @POST
    @Path("triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a customer's reply: a suggested promise or dispute and the call that records it",
            description = "Nothing is recorded: the agent confirms by sending confirm. Every figure of the suggestion"
                    + " is one of the customer's open invoices or written in the reply (verification).")
    public TriageView triage(TriageInput in) {
        if (in == null || in.account() == null || in.account().isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        return triage.triage(api.company(in.company()), in.account().strip(), in.text(),
                CollectionsApi.blank(in.language()), api.scope());
    }
}
