package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.api.Settlements;
import org.dunwell.server.ledger.CustomersResource.SettlementJson;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Apply a payment or credit note to invoices, or undo a settlement. */
@Path("/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER})
public class SettlementsResource {

    @Inject
    Documents documents;


    @Inject
    CustomerVisibility visibility;

    /**
     * Settle {@code credit} against {@code debits} in that order, or by the company's order when empty:
     * at most {@code maxAmount}, or exactly {@code amount} (refused with 422 when less is open).
     */
    @Schema(description = "Settle credit against debits in that order, or by the company's order when empty: at most maxAmount, or exactly amount (refused with 422 when less is open).",
            example = "{\"credit\":\"PAY-2\",\"debits\":[\"INV-2\"],\"maxAmount\":\"50.00\"}")
    public record SettleInput(@Schema(ref = "Key") String company,
                              @Schema(required = true, ref = "Key") String credit,
                              List<String> debits,
                              @Schema(ref = "Amount") String maxAmount,
                              @Schema(ref = "Amount") String amount,
                              @Schema(ref = "Date") String date) {
    }

    /** Undo a settlement: on which day (default today) and why. */
    @Schema(description = "Undo a settlement: on which day (default today) and why.",
            example = "{\"reason\":\"applied to the wrong invoice\"}")
    public record UndoInput(@Schema(ref = "Date") String date,
                            @Schema(required = true) String reason) {
    }

    @Inject
    Settlements settlements;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
    @Operation(summary = "Settle", description = "Never more than either side has open; partial settlements allowed."
            + " An agent settles only its pools' customers' documents (404 otherwise, named invoices included);"
            + " another visible customer's invoice"
            + " is 422. Without debits the credit goes to the customer's undisputed open debits in the company's"
            + " settlement order; a disputed invoice is settled only when named. dryRun=true answers what would be"
            + " applied (ids 0) and applies nothing.")
    public List<SettlementJson> settle(SettleInput in,
                                       @Parameter(description = "true: answer what would be applied, apply nothing")
                                       @QueryParam("dryRun") Boolean dryRun) {
        if (in == null || in.credit() == null || in.credit().isBlank()) {
            throw InvalidInputException.ofField("credit", "is required");
        }
        if (in.maxAmount() != null && in.amount() != null) {
            throw InvalidInputException.ofField("amount", "give amount (exact) or maxAmount (a cap), not both");
        }
        String company = companies.resolve(in.company());
        DocumentView credit = documents.get(company, in.credit().trim(), visibility.scope());
        // a named invoice the caller cannot see is not found, as one that does not exist (never "another customer's")
        for (String debit : in.debits() == null ? List.<String>of() : in.debits()) {
            if (debit != null && !debit.isBlank()) {
                documents.get(company, debit.trim(), visibility.scope());
            }
        }
        boolean exact = in.amount() != null;
        SettlementRequest request = new SettlementRequest(company, credit.document(),
                in.debits() == null ? List.of() : in.debits(),
                exact ? Amounts.parse("amount", in.amount()) : Amounts.parse("maxAmount", in.maxAmount()),
                Amounts.date("date", in.date()), exact);
        List<SettlementView> applied = Boolean.TRUE.equals(dryRun) ? settlements.preview(request, caller.name())
                : settlements.settle(request, caller.name());
        return applied.stream().map(SettlementJson::of).toList();
    }

    @POST
    @Path("{id}/undo")
    @Operation(summary = "Undo a settlement", description = "The invoice is open again by the amount, from the day given"
            + " (default today); why is required. Administrators, the ERP's integration user and collections managers"
            + " undo settlements; agents and credit roles do not (403).")
    public SettlementJson undo(@PathParam("id") long id, UndoInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return SettlementJson.of(settlements.undo(companies.company(), id, Amounts.date("date", in.date()), in.reason(),
                caller.name()));
    }
}
