package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.PostingEntry;
import org.dunwell.ledger.api.Postings;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What goes back to the ERP: every money movement made in Dunwell (fees, interest notes, write-offs, credit notes,
 * settlements and their undoing, payment reversals), in order, read with a cursor.
 */
@Path("/postings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
public class PostingsResource {

    @Inject
    Postings postings;

    @Inject
    CompanyContext companies;

    @GET
    @Operation(summary = "Money movements made in Dunwell after a cursor", description = "after: the next of the"
            + " previous read (0: from the first); limit 1 to 1000 (default 500). Each entry once, in order; an ERP"
            + " document of the same movement that carries its reconciliationKey as reference is matched on import,"
            + " not applied again.")
    public PostingEntry.Feed read(@QueryParam("company") String company, @QueryParam("after") String after,
                                  @QueryParam("limit") Integer limit) {
        long cursor;
        try {
            cursor = after == null || after.isBlank() ? 0 : Long.parseLong(after.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.ofField("after", "must be a whole number (the next of the previous read)");
        }
        return postings.read(companies.resolve(company), cursor, limit == null ? 500 : limit);
    }
}
